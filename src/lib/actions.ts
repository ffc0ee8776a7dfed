/**
 * The state of a write-up's actions: what is open, what is overdue, and whether the follow-up
 * is still to come. "Today" is always passed in (the build date or POSTMORTEMS_TODAY) so that
 * builds can be reproduced.
 *
 * Days are `YYYY-MM-DD` strings, which compare correctly as text.
 */
import type { Action, ActionStatus, WriteUp } from './schema';

export interface ActionCounts {
  /** Every action, dropped ones included: the exports' `total`. */
  allWithDropped: number;
  /** Every action but the dropped ones: what "done of" is counted against. */
  allButDropped: number;
  done: number;
  /** `open` and `in-progress`. */
  open: number;
  /** Open actions whose due date has passed (a subset of `open`). */
  overdue: number;
  dropped: number;
}

export type FollowUpState = 'closed' | 'upcoming' | 'overdue';

/** Work still to do: `open` or `in-progress`. */
export function isOpenStatus(status: ActionStatus): boolean {
  return status === 'open' || status === 'in-progress';
}

/** Still open and due before today (due today is not overdue yet). */
export function isOverdue(action: Pick<Action, 'status' | 'due'>, today: string): boolean {
  return isOpenStatus(action.status) && action.due < today;
}

export function actionCounts(actions: readonly Pick<Action, 'status' | 'due'>[], today: string): ActionCounts {
  const counts: ActionCounts = { allWithDropped: actions.length, allButDropped: 0, done: 0, open: 0, overdue: 0, dropped: 0 };
  for (const action of actions) {
    if (action.status === 'done') counts.done += 1;
    else if (action.status === 'dropped') counts.dropped += 1;
    else counts.open += 1;
    if (isOverdue(action, today)) counts.overdue += 1;
  }
  counts.allButDropped = counts.allWithDropped - counts.dropped;
  return counts;
}

/**
 * Whether an action was still open on a given day: open or in progress now, or done only
 * after that day. A dropped action was a decision not to do it, so it is never counted open.
 */
export function wasOpenAt(action: Pick<Action, 'status' | 'completed'>, day: string): boolean {
  if (isOpenStatus(action.status)) return true;
  return action.status === 'done' && action.completed !== undefined && action.completed > day;
}

/** Whether an action was overdue on a given day: due before it and still open on it. */
export function wasOverdueAt(action: Pick<Action, 'due' | 'status' | 'completed'>, day: string): boolean {
  return action.due < day && wasOpenAt(action, day);
}

/**
 * Where a write-up's follow-up stands: nothing left open, a check still to come (including
 * today), or a check date that has passed with actions still open.
 */
export function followUpState(writeUp: Pick<WriteUp, 'followUp' | 'actions'>, today: string): FollowUpState {
  if (!writeUp.actions.some((action) => isOpenStatus(action.status))) return 'closed';
  return writeUp.followUp >= today ? 'upcoming' : 'overdue';
}
