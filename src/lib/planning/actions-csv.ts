/**
 * Every action of the library as one CSV file (`actions.csv`), for the follow-up meeting and
 * planning: who owns it and their team, where it stands, and for an open one how long it has
 * been overdue and in which age bucket, so the backlog by team can be recomputed in a sheet.
 */
import { toCsv, type CsvCell } from '../csv';
import type { Incident } from '../incident-log';
import { isOpenStatus } from '../actions';
import { backlogAgeOf, daysOverdue } from './backlog';

export const ACTIONS_CSV_COLUMNS = [
  'incident_id',
  'incident_date',
  'action',
  'owner',
  'owner_team',
  'due',
  'status',
  'completed',
  'horizon',
  'ticket',
  'open',
  'days_overdue',
  'age',
] as const;

/** One row per action, in the incidents' order (newest first) and the write-up's order within each. */
export function actionsCsv(incidents: readonly Incident[], teamOfOwner: (owner: string) => string | undefined, today: string): string {
  const rows = incidents.flatMap((incident) =>
    incident.data.actions.map((action): CsvCell[] => {
      const open = isOpenStatus(action.status);
      return [
        incident.id,
        incident.data.date,
        action.action,
        action.owner,
        teamOfOwner(action.owner) ?? null,
        action.due,
        action.status,
        action.completed ?? null,
        action.horizon ?? null,
        action.ticket ?? null,
        open,
        open ? daysOverdue(action.due, today) : null,
        open ? backlogAgeOf(action.due, today) : null,
      ];
    }),
  );
  return toCsv(ACTIONS_CSV_COLUMNS, rows);
}
