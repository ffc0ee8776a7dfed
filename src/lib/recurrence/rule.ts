/**
 * Recurring causes: the contract's rule for when one root-cause category keeps coming back,
 * and the earlier incidents a review should look at first.
 *
 * Every function groups incidents by category and walks each group in date order, so the work
 * for one incident is proportional to the incidents in its window, never to the whole library.
 * Days are `YYYY-MM-DD` strings, which compare correctly as text.
 */
import type { Action } from '../schema';
import { wasOpenAt } from '../actions';
import { addDays, quarterOf } from '../days';
import { newestFirst, oldestFirst } from '../order';
import { fixesHeld, type FixesHeld } from './fixes-held';

export interface RecurrenceInput {
  id: string;
  date: string;
  /** `rootCause.category`. */
  category: string;
  actions: readonly Pick<Action, 'status' | 'completed'>[];
}

export interface RecurrenceRule {
  /** Incidents of one category, counting the latest, that make it recurring. */
  threshold: number;
  /** How many days back from an incident its earlier incidents count. */
  windowDays: number;
}

export interface Recurrence {
  recurring: boolean;
  /** The other incidents counted, newest first; empty when not recurring. */
  chain: string[];
  /** Whether the fixes of the chain held, on this incident's date; only for a recurring incident, else null. */
  fixesHeld: FixesHeld | null;
}

export interface EarlierIncident {
  id: string;
  date: string;
  /** Actions still open on the later incident's date. */
  actionsOpenThen: number;
  /** Actions done on or before the later incident's date. */
  actionsDoneThen: number;
  /** Every action except dropped ones. */
  actionsWithoutDropped: number;
}

/** Incidents of each category, oldest first. */
function categoryGroups(incidents: readonly RecurrenceInput[]): RecurrenceInput[][] {
  const groups = new Map<string, RecurrenceInput[]>();
  const seen = new Set<string>();
  for (const incident of incidents) {
    // Results are keyed by id; a duplicate would silently overwrite another incident's result.
    if (seen.has(incident.id)) throw new Error(`The write-up id "${incident.id}" appears twice; ids must be unique.`);
    seen.add(incident.id);
    const group = groups.get(incident.category);
    if (group) group.push(incident);
    else groups.set(incident.category, [incident]);
  }
  return [...groups.values()].map((group) => group.sort(oldestFirst));
}

/** Results in the order the incidents were given, whatever order they were computed in. */
function inInputOrder<T>(incidents: readonly RecurrenceInput[], computed: Map<string, T>): Map<string, T> {
  return new Map(incidents.map((incident) => [incident.id, computed.get(incident.id) as T]));
}

const NOT_RECURRING = (): Recurrence => ({ recurring: false, chain: [], fixesHeld: null });

/**
 * Applies the recurring-cause rule to every incident: counting itself, at least `threshold`
 * incidents of its category dated from `windowDays` days before it up to its own date.
 * Same-day incidents count for each other; later incidents never count.
 */
export function recurrenceByIncident(
  incidents: readonly RecurrenceInput[],
  rule: RecurrenceRule,
): Map<string, Recurrence> {
  const computed = new Map<string, Recurrence>();
  for (const group of categoryGroups(incidents)) {
    // The window [start, end) only ever moves forward, because the group is sorted by date.
    let start = 0;
    let end = 0;
    group.forEach((incident, index) => {
      const earliest = addDays(incident.date, -rule.windowDays);
      while (start < index && group[start]!.date < earliest) start += 1;
      while (end < group.length && group[end]!.date <= incident.date) end += 1;
      if (end - start < rule.threshold) {
        computed.set(incident.id, NOT_RECURRING());
        return;
      }
      const chain = group.slice(start, end).filter((other) => other !== incident).sort(newestFirst);
      computed.set(incident.id, {
        recurring: true,
        chain: chain.map((earlier) => earlier.id),
        fixesHeld: fixesHeld(chain, incident.date),
      });
    });
  }
  return inInputOrder(incidents, computed);
}

/** An earlier incident with the state of its actions on a later incident's date, `day`. */
export function earlierIncidentAt(earlier: RecurrenceInput, day: string): EarlierIncident {
  let actionsOpenThen = 0;
  let actionsDoneThen = 0;
  let actionsWithoutDropped = 0;
  for (const action of earlier.actions) {
    if (action.status === 'dropped') continue;
    actionsWithoutDropped += 1;
    if (wasOpenAt(action, day)) actionsOpenThen += 1;
    else if (action.status === 'done' && action.completed !== undefined && action.completed <= day) actionsDoneThen += 1;
  }
  return { id: earlier.id, date: earlier.date, actionsOpenThen, actionsDoneThen, actionsWithoutDropped };
}

/**
 * For every incident, the last `count` earlier incidents of its category at any time, newest
 * first, with the state of their actions on its date: a review starts by asking whether last
 * time's actions were done. Same-day incidents count as earlier for each other, as in the rule.
 */
export function earlierInCategory(incidents: readonly RecurrenceInput[], count = 2): Map<string, EarlierIncident[]> {
  const computed = new Map<string, EarlierIncident[]>();
  for (const group of categoryGroups(incidents)) {
    // Where each day's run of incidents starts, so a day can be read in id order from the back.
    const dayStart: number[] = [];
    group.forEach((incident, index) => {
      dayStart.push(index > 0 && group[index - 1]!.date === incident.date ? dayStart[index - 1]! : index);
    });
    let end = 0;
    group.forEach((incident, index) => {
      while (end < group.length && group[end]!.date <= incident.date) end += 1;
      const earlier: EarlierIncident[] = [];
      // Walk back one day at a time; within a day, ids ascending (the newest-first order).
      let dayEnd = end;
      while (earlier.length < count && dayEnd > 0) {
        const first = dayStart[dayEnd - 1]!;
        for (let other = first; other < dayEnd && earlier.length < count; other += 1) {
          if (other !== index) earlier.push(earlierIncidentAt(group[other]!, incident.date));
        }
        dayEnd = first;
      }
      computed.set(incident.id, earlier);
    });
  }
  return inInputOrder(incidents, computed);
}

/**
 * The hot categories of each quarter: at least `threshold` incidents in that quarter, most
 * incidents first, then by category id. Quarters come oldest first; a quarter with no hot
 * category is left out.
 */
export function hotCategories(
  incidents: readonly Pick<RecurrenceInput, 'date' | 'category'>[],
  threshold: number,
): Map<string, string[]> {
  const byQuarter = new Map<string, Map<string, number>>();
  for (const incident of incidents) {
    const quarter = quarterOf(incident.date);
    const counts = byQuarter.get(quarter) ?? new Map<string, number>();
    counts.set(incident.category, (counts.get(incident.category) ?? 0) + 1);
    byQuarter.set(quarter, counts);
  }
  const hot = new Map<string, string[]>();
  for (const quarter of [...byQuarter.keys()].sort()) {
    const counts = [...byQuarter.get(quarter)!].filter(([, n]) => n >= threshold);
    if (counts.length === 0) continue;
    counts.sort(([a, na], [b, nb]) => nb - na || (a < b ? -1 : a > b ? 1 : 0));
    hot.set(quarter, counts.map(([category]) => category));
  }
  return hot;
}
