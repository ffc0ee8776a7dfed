/**
 * Recurring chains: the runs of incidents that made one root-cause category recurring. Each
 * recurring incident brings its rule chain (recurrence.ts); chains that share an incident are
 * one run, so "capacity again, and again" reads as one story, not three overlapping ones.
 */
import type { Incident } from '../incident-log';
import { entriesOldestFirst } from '../order';

export interface RecurringChain {
  /** Stable across builds: the category and the first incident's id. */
  id: string;
  category: string;
  /** Every incident of the run, oldest first. */
  incidents: Incident[];
  /** The incidents that met the rule, each with earlier incidents before it, oldest first. */
  recurrences: Incident[];
}

/**
 * Every recurring chain of the library, the most recently grown first. Union–find over the
 * rule's chains, so the work is the total length of those chains, never incidents squared.
 */
export function recurringChains(incidents: readonly Incident[]): RecurringChain[] {
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top)!;
    // Path compression keeps later look-ups short.
    for (let node = id; node !== top; ) {
      const next = parent.get(node)!;
      parent.set(node, top);
      node = next;
    }
    return top;
  };
  for (const incident of incidents) {
    if (!incident.recurrence.recurring) continue;
    for (const id of [incident.id, ...incident.recurrence.chain]) if (!parent.has(id)) parent.set(id, id);
    for (const id of incident.recurrence.chain) parent.set(root(id), root(incident.id));
  }
  const runs = new Map<string, Incident[]>();
  for (const id of parent.keys()) {
    const incident = byId.get(id);
    if (!incident) continue;
    const run = runs.get(root(id));
    if (run) run.push(incident);
    else runs.set(root(id), [incident]);
  }
  return [...runs.values()]
    .map((run) => {
      run.sort(entriesOldestFirst);
      const first = run[0]!;
      return {
        id: `${first.data.rootCause.category}:${first.id}`,
        category: first.data.rootCause.category,
        incidents: run,
        recurrences: run.filter((incident) => incident.recurrence.recurring),
      };
    })
    .sort((a, b) => entriesOldestFirst(b.recurrences.at(-1)!, a.recurrences.at(-1)!));
}
