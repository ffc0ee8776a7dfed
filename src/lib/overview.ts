/** The home page's figures: what the library holds and which causes are recurring now. */
import { addDays } from './days';
import type { Incident } from './incident-log';
import type { RecurrenceRule } from './recurrence/rule';

export interface Headline {
  incidents: number;
  /** Incidents dated within the last 365 days, today included. */
  lastYear: number;
  nearMisses: number;
  openActions: number;
  overdueActions: number;
}

export function headline(incidents: readonly Incident[], today: string): Headline {
  const yearAgo = addDays(today, -365);
  return {
    incidents: incidents.length,
    lastYear: incidents.filter((incident) => incident.data.date > yearAgo && incident.data.date <= today).length,
    nearMisses: incidents.filter((incident) => incident.data.nearMiss).length,
    openActions: incidents.reduce((sum, incident) => sum + incident.actionCounts.open, 0),
    overdueActions: incidents.reduce((sum, incident) => sum + incident.actionCounts.overdue, 0),
  };
}

export interface RecurringCause {
  category: string;
  /** The category's incidents in the window, newest first. */
  incidents: Incident[];
  /** Date of the newest of them. */
  latest: string;
}

/**
 * Categories that meet the recurrence rule in the window ending today: at least `threshold`
 * incidents dated from `today − windowDays` to today. Most incidents first.
 */
export function recurringCausesNow(incidents: readonly Incident[], rule: RecurrenceRule, today: string): RecurringCause[] {
  const from = addDays(today, -rule.windowDays);
  return groupRecurring(incidents.filter((incident) => incident.data.date >= from && incident.data.date <= today), rule.threshold);
}

/**
 * Every category that has ever met the rule, with the incidents of its chains, newest
 * recurrence first: what the home page shows when nothing is recurring right now.
 */
export function recurringCausesEver(incidents: readonly Incident[]): RecurringCause[] {
  const chained = new Set<string>();
  for (const incident of incidents) {
    if (!incident.recurrence.recurring) continue;
    chained.add(incident.id);
    for (const id of incident.recurrence.chain) chained.add(id);
  }
  const byCategory = new Map<string, Incident[]>();
  for (const incident of incidents) {
    if (!chained.has(incident.id)) continue;
    const category = incident.data.rootCause.category;
    const members = byCategory.get(category);
    if (members) members.push(incident);
    else byCategory.set(category, [incident]);
  }
  return [...byCategory]
    .map(([category, members]) => ({ category, incidents: members, latest: members[0]!.data.date }))
    .sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : a.category.localeCompare(b.category)));
}

function groupRecurring(incidents: readonly Incident[], threshold: number): RecurringCause[] {
  const byCategory = new Map<string, Incident[]>();
  for (const incident of incidents) {
    const category = incident.data.rootCause.category;
    const members = byCategory.get(category);
    if (members) members.push(incident);
    else byCategory.set(category, [incident]);
  }
  return [...byCategory]
    .filter(([, members]) => members.length >= threshold)
    .map(([category, members]) => ({ category, incidents: members, latest: members[0]!.data.date }))
    .sort((a, b) => b.incidents.length - a.incidents.length || a.category.localeCompare(b.category));
}
