/**
 * A recurring chain's verdicts, for the cause and quarter pages: for each incident that made the
 * cause recur, the verdict the rule gave it (see fixes-held.ts), and the earlier incidents of its
 * chain with their actions as they stood on its date, naming those still open.
 */
import { wasOpenAt } from '../actions';
import type { Incident } from '../incident-log';
import type { Action } from '../schema';
import type { RecurringChain } from './chains';
import type { FixesHeld } from './fixes-held';
import type { EarlierIncident } from './rule';

export interface EarlierAtRecurrence {
  incident: Incident;
  /** Its actions as they stood on the later incident's date. */
  state: EarlierIncident;
  /** The actions still open then, to name in the review. */
  openActions: Action[];
}

export interface ChainVerdict {
  /** The later incident. */
  incident: Incident;
  verdict: FixesHeld;
  /** The earlier incidents of its chain, newest first. */
  earlier: EarlierAtRecurrence[];
}

/**
 * One verdict per recurring incident of the chain, oldest first; only for `recurrences` when
 * given (a quarter shows a few of a long chain's, and each verdict walks its whole chain).
 */
export function chainVerdicts(chain: RecurringChain, recurrences: readonly Incident[] = chain.recurrences): ChainVerdict[] {
  const byId = new Map(chain.incidents.map((incident) => [incident.id, incident]));
  const wanted = new Set(recurrences);
  return chain.recurrences.filter((incident) => wanted.has(incident)).map((incident) => ({
    incident,
    verdict: incident.recurrence.fixesHeld!,
    earlier: incident.recurrenceChain.map((state) => {
      const earlierIncident = byId.get(state.id)!;
      return {
        incident: earlierIncident,
        state,
        openActions: earlierIncident.data.actions.filter((action) => wasOpenAt(action, incident.data.date)),
      };
    }),
  }));
}
