/**
 * The words a newcomer may not know, explained once: the glossary on /start-here/ lists them, and
 * badges and labels elsewhere carry the same sentence as their `title` and link to it. Terms
 * that depend on the library's settings (the severity scale, the recurrence rule) say what the
 * settings make them.
 */
import { plural } from './format';
import type { Settings } from './schema';

export type TermId =
  | 'severity'
  | 'near-miss'
  | 'recurring-cause'
  | 'recurring-chain'
  | 'fixes-held'
  | 'hot-cause'
  | 'root-cause-category'
  | 'contributing-factor'
  | 'incident-type'
  | 'time-to-impact'
  | 'time-to-detect'
  | 'time-to-mitigate'
  | 'time-to-resolve'
  | 'impact-duration'
  | 'missed-signal'
  | 'action'
  | 'overdue'
  | 'horizon'
  | 'follow-up-review'
  | 'detection'
  | 'tier'
  | 'median';

export interface GlossaryTerm {
  id: TermId;
  term: string;
  /** A phrase, for a badge's tooltip and a table's legend. */
  short: string;
  /** One or two plain sentences. */
  definition: string;
}

type GlossarySettings = Pick<Settings, 'severities' | 'recurrence'>;

const glossaries = new WeakMap<GlossarySettings, GlossaryTerm[]>();

/** Every term, in the order a newcomer meets them reading an incident page. */
export function glossary(settings: GlossarySettings): GlossaryTerm[] {
  let terms = glossaries.get(settings);
  if (!terms) {
    terms = termsFor(settings);
    glossaries.set(settings, terms);
  }
  return terms;
}

function termsFor(settings: GlossarySettings): GlossaryTerm[] {
  const { threshold, windowDays } = settings.recurrence;
  const scale = settings.severities.map((level) => level.id);
  const scaleText = scale.length > 1 ? `from ${scale[0]} (the worst) to ${scale.at(-1)}` : `${scale[0]}`;
  return [
    { id: 'severity', term: 'Severity', short: `how bad the impact was, ${scaleText}`, definition: `How bad the impact was, on the scale ${scaleText}. Each badge's tooltip says what its level means here.` },
    { id: 'near-miss', term: 'Near miss', short: 'no customer impact, though there could have been', definition: 'Something went wrong but no customer was affected, though one could have been. Near misses are written up like incidents; more of them reported means people are looking, which is good news.' },
    { id: 'incident-type', term: 'Type', short: 'what set it off: a deployment, an integration, a provider, a process', definition: 'What set the incident off, broadly: a deployment, an integration between systems, an external provider, a process, or other.' },
    { id: 'root-cause-category', term: 'Root cause', short: 'the condition that allowed the failure, filed under a category', definition: 'The condition in the system that allowed the failure, never a person. Each write-up files it under one category from the library\'s list, so that incidents with the same cause can be counted together.' },
    { id: 'contributing-factor', term: 'Contributing factor', short: 'a condition that made it likelier or worse', definition: 'A condition that made the incident more likely or worse without causing it on its own: technical, process, communication or environmental.' },
    { id: 'recurring-cause', term: 'Recurring cause', short: `${threshold} or more incidents of one root cause within ${windowDays} days`, definition: `An incident is recurring when, counting itself, at least ${plural(threshold, 'incident')} with its root cause happened within ${windowDays} days up to its date. Its page lists the earlier ones and whether their actions were done.` },
    { id: 'recurring-chain', term: 'Recurring chain', short: `the incidents that made a root cause recur`, definition: `The incidents of one root cause that made it recur: each within ${windowDays} days of the ones before it.` },
    { id: 'fixes-held', term: 'Did the fixes hold?', short: 'were the earlier actions done before it happened again?', definition: 'For a recurring incident: were the earlier incidents\' actions done before it happened again? If they were not, the actions are not done yet; if they were, the fixes did not hold and the earlier analysis may have stopped too early.' },
    { id: 'hot-cause', term: 'Hot cause', short: `${threshold} or more incidents of one root cause in a quarter`, definition: `A root cause with ${plural(threshold, 'incident')} or more in one quarter.` },
    { id: 'time-to-impact', term: 'Time to impact', short: 'first trigger to first impact', definition: 'From the first trigger to the first impact: how long the problem lay latent.' },
    { id: 'time-to-detect', term: 'Time to detect', short: 'first impact to detection', definition: 'From the first impact to the moment the organisation knew something was wrong. The gap is where the system stayed silent.' },
    { id: 'time-to-mitigate', term: 'Time to mitigate', short: 'detection to mitigation', definition: 'From detection to the moment the impact stopped growing or was worked around.' },
    { id: 'time-to-resolve', term: 'Time to resolve', short: 'detection to resolution', definition: 'From detection to the end of the incident.' },
    { id: 'impact-duration', term: 'Impact duration', short: 'first impact to resolution', definition: 'From the first impact to the end of the incident: how long someone was affected.' },
    { id: 'missed-signal', term: 'Missed signal', short: 'a signal that existed and went unnoticed', definition: 'A signal that existed (or should have) and went unnoticed, marked ✗ in a timeline; a noticed signal is marked ✓. Missed signals show where the system could have spoken up.' },
    { id: 'detection', term: 'Detected by', short: 'how we first learned of it', definition: 'How we first learned of an incident: our own monitoring or synthetic checks, a customer, a colleague, a vendor, or a review or audit.' },
    { id: 'action', term: 'Action', short: 'an owned, dated change to the system', definition: 'A change to the system that a write-up commits to, with one owner and a due date. It is open, in progress, done or dropped.' },
    { id: 'overdue', term: 'Overdue', short: 'still open after its due date', definition: 'An action that is open or in progress after its due date; a follow-up review whose date has passed with actions still open.' },
    { id: 'horizon', term: 'Horizon', short: 'short-term stops the bleeding, long-term prevents the class', definition: 'Short-term actions stop the bleeding; long-term actions prevent the whole class of failure.' },
    { id: 'follow-up-review', term: 'Follow-up review', short: 'the date the team checks the actions again', definition: 'The date the team meets again to check the actions of a write-up.' },
    { id: 'tier', term: 'Tier', short: 'how critical a service is: tier 1 is the most critical', definition: 'How critical a service is: tier 1 is the most critical.' },
    { id: 'median', term: 'Median and p90', short: 'the middle value, and the one nine in ten stay under', definition: 'The middle value, and the value nine in ten stay under. The site never shows averages: one long outage would pull an average far from the usual case. n is how many incidents a figure counts.' },
  ];
}

/** A term, for the tooltip or legend of the badge or label that uses it. */
export function glossaryTerm(settings: GlossarySettings, id: TermId): GlossaryTerm {
  return glossary(settings).find((term) => term.id === id)!;
}

/** The glossary entry's anchor on /start-here/. */
export const termAnchor = (id: TermId) => `term-${id}`;
