/**
 * The incident log: every write-up with the figures derived from it. This is the one place
 * derived data is assembled, so every page, chart and export shows the same numbers.
 */
import type { Action, WriteUp } from './schema';
import { actionCounts, followUpState, isOverdue, type ActionCounts, type FollowUpState } from './actions';
import { quarterOf } from './days';
import { timelineFigures, type TimelineFigures } from './metrics';
import { entriesNewestFirst } from './order';
import {
  earlierIncidentAt,
  earlierInCategory,
  recurrenceByIncident,
  type EarlierIncident,
  type Recurrence,
  type RecurrenceInput,
  type RecurrenceRule,
} from './recurrence/rule';

export interface WriteUpEntry {
  id: string;
  data: WriteUp;
  filePath?: string;
}

export interface Incident extends WriteUpEntry {
  figures: TimelineFigures;
  /** As of today. */
  actionCounts: ActionCounts;
  /** As of today. */
  overdueActions: Action[];
  followUp: FollowUpState;
  recurrence: Recurrence;
  /** The chain's incidents, newest first, with their actions as they stood on this incident's date. */
  recurrenceChain: EarlierIncident[];
  /** The last two earlier incidents of the same root-cause category, any time. */
  earlierInCategory: EarlierIncident[];
  /** Like `2024-Q1`. */
  quarter: string;
}

/**
 * Builds the incident log, newest first. Recurrence is computed once for the whole list, since
 * each incident's flags depend on the others. `today` is the build's day, `YYYY-MM-DD`.
 */
export function buildIncidentLog(
  entries: readonly WriteUpEntry[],
  rule: RecurrenceRule,
  today: string,
): Incident[] {
  const sorted = [...entries].sort(entriesNewestFirst);
  const inputs: RecurrenceInput[] = sorted.map((entry) => ({
    id: entry.id,
    date: entry.data.date,
    category: entry.data.rootCause.category,
    actions: entry.data.actions,
  }));
  const inputById = new Map(inputs.map((input) => [input.id, input]));
  const recurrence = recurrenceByIncident(inputs, rule);
  const earlier = earlierInCategory(inputs, 2);
  return sorted.map((entry) => {
    const own = recurrence.get(entry.id)!;
    return {
      ...entry,
      figures: timelineFigures(entry.data.timeline),
      actionCounts: actionCounts(entry.data.actions, today),
      overdueActions: entry.data.actions.filter((action) => isOverdue(action, today)),
      followUp: followUpState(entry.data, today),
      recurrence: own,
      // The page lists the chain with what had been done about it by then.
      recurrenceChain: own.chain.map((id) => earlierIncidentAt(inputById.get(id)!, entry.data.date)),
      earlierInCategory: earlier.get(entry.id)!,
      quarter: quarterOf(entry.data.date),
    };
  });
}
