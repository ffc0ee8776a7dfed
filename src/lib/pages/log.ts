/** The incident log: every incident, newest first, with its figures and flags. */
import { formatDay, plural } from '../format';
import { logTable, type Link, type LogTable, type PageContext } from './parts';

export interface LogPage {
  /** "22 incidents, 4 recurring-cause incidents, 14 overdue actions as of 22 Nov 2026". */
  summary: string;
  /** Said when the library has no incident yet, instead of an empty table. */
  empty: string;
  table: LogTable;
  /** The log as files, each with what it is for. */
  downloads: (Link & { note: string | undefined })[];
}

export function logPage(context: PageContext): LogPage {
  const { library, links } = context;
  const { incidents } = library;
  const recurring = incidents.filter((incident) => incident.recurrence.recurring).length;
  const overdue = incidents.reduce((sum, incident) => sum + incident.actionCounts.overdue, 0);
  return {
    summary: `${plural(incidents.length, 'incident')}, ${plural(recurring, 'recurring-cause incident')}, ${plural(overdue, 'overdue action')} as of ${formatDay(library.today)}`,
    empty: 'No incident has been written up yet.',
    table: logTable(context, incidents),
    downloads: [
      { href: links.to('incident-log.csv'), text: 'incident-log.csv', note: 'opens in a spreadsheet' },
      { href: links.to('incidents.json'), text: 'incidents.json', note: 'for tools' },
    ],
  };
}
