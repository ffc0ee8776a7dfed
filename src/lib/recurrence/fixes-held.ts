/**
 * "Did the fixes hold?": when an incident makes its root cause recurring, whether the actions of
 * the earlier incidents of its chain were done by its date. Done, and it came back anyway: the
 * fixes did not hold. Any still open: last time's actions were not done. One verdict, one
 * sentence for it (the contract's), for every page that shows a recurrence.
 */
import { wasOpenAt } from '../actions';
import type { Action } from '../schema';

export type FixesHeld = 'actions-not-done' | 'fixes-did-not-hold';

/** The verdict on `day` for earlier incidents with these actions. */
export function fixesHeld(earlier: readonly { actions: readonly Pick<Action, 'status' | 'completed'>[] }[], day: string): FixesHeld {
  return earlier.some((incident) => incident.actions.some((action) => wasOpenAt(action, day))) ? 'actions-not-done' : 'fixes-did-not-hold';
}

/** The contract's sentence for a verdict, starting in lower case to follow "At the time of this incident,". */
export function describeFixesHeld(verdict: FixesHeld): string {
  return verdict === 'actions-not-done'
    ? 'the actions from last time are not done yet'
    : 'the fixes did not hold; the earlier analysis may have stopped too early';
}
