/** The incident log: every incident, newest first, with its figures and flags. */
import { formatDay, plural } from '../format';
import { logRows, type LogRow, type PageContext } from './parts';

export interface LogPage {
  /** "22 incidents, 4 recurring-cause incidents, 14 overdue actions as of 22 Nov 2026". */
  summary: string;
  rows: LogRow[];
  caption: string;
  exports: { csv: string; json: string };
}

export function logPage(context: PageContext): LogPage {
  const { library, links } = context;
  const { incidents } = library;
  const recurring = incidents.filter((incident) => incident.recurrence.recurring).length;
  const overdue = incidents.reduce((sum, incident) => sum + incident.actionCounts.overdue, 0);
  return {
    summary: `${plural(incidents.length, 'incident')}, ${plural(recurring, 'recurring-cause incident')}, ${plural(overdue, 'overdue action')} as of ${formatDay(library.today)}`,
    rows: logRows(context, incidents),
    caption: `${plural(incidents.length, 'incident')}, newest first. Actions done counts done of all actions not dropped.`,
    exports: { csv: links.to('incident-log.csv'), json: links.to('incidents.json') },
  };
}
