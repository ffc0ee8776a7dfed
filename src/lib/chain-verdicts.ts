/**
 * "Did the fixes hold?": for each incident that made a chain recurring, whether the earlier
 * incidents' actions had been done by its date. Done and it came back anyway: the fixes did not
 * hold. Not done: last time's actions were not done. The states come from `earlierIncidentAt`
 * (as the incident log computed them) and `wasOpenAt`, the contract's one definition of "open then".
 */
import { wasOpenAt } from './actions';
import type { Incident } from './incident-log';
import type { EarlierIncident } from './recurrence';
import type { RecurringChain } from './recurring-chains';
import type { Action } from './schema';

export type FixVerdict = 'fixes-did-not-hold' | 'actions-not-done';

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
  verdict: FixVerdict;
  /** The earlier incidents of its chain, newest first. */
  earlier: EarlierAtRecurrence[];
}

/** One verdict per recurring incident of the chain, oldest first. */
export function chainVerdicts(chain: RecurringChain): ChainVerdict[] {
  const byId = new Map(chain.incidents.map((incident) => [incident.id, incident]));
  return chain.recurrences.map((incident) => {
    const earlier = incident.recurrenceChain.map((state) => {
      const earlierIncident = byId.get(state.id)!;
      return {
        incident: earlierIncident,
        state,
        openActions: earlierIncident.data.actions.filter((action) => wasOpenAt(action, incident.data.date)),
      };
    });
    const anyOpen = earlier.some((item) => item.state.actionsOpenThen > 0);
    return { incident, verdict: anyOpen ? 'actions-not-done' : 'fixes-did-not-hold', earlier };
  });
}

/** The verdict in words, as the quarter and cause pages show it. */
export function describeVerdict(verdict: FixVerdict): string {
  return verdict === 'fixes-did-not-hold'
    ? 'The fixes did not hold: every earlier action was done, and it happened again.'
    : 'Last time’s actions were not done when it happened again.';
}
