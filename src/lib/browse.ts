/** Grouping the incident log for the browse pages: by cause, service, team and tag. */
import { isOpenStatus } from './actions';
import type { Incident } from './incident-log';
import { teamsOf, type Registries } from './registries';
import type { Action } from './schema';

export interface IncidentGroup {
  key: string;
  /** Newest first, as in the log. */
  incidents: Incident[];
  /** Dates of the oldest and newest incident. */
  first: string;
  last: string;
}

/** Groups incidents (given newest first) under every key `keysOf` returns for them. One pass. */
export function groupIncidents(incidents: readonly Incident[], keysOf: (incident: Incident) => readonly string[]): Map<string, IncidentGroup> {
  const groups = new Map<string, IncidentGroup>();
  for (const incident of incidents) {
    for (const key of new Set(keysOf(incident))) {
      const group = groups.get(key);
      if (group) {
        group.incidents.push(incident);
        if (incident.data.date < group.first) group.first = incident.data.date;
        if (incident.data.date > group.last) group.last = incident.data.date;
      } else {
        groups.set(key, { key, incidents: [incident], first: incident.data.date, last: incident.data.date });
      }
    }
  }
  return groups;
}

export const byCause = (incident: Incident) => [incident.data.rootCause.category];
export const byService = (incident: Incident) => incident.data.services;
export const byTag = (incident: Incident) => incident.data.tags;
/** The teams that own the services an incident affected. */
export const byTeam = (registries: Pick<Registries, 'services'>) => (incident: Incident) => teamsOf(incident.data.services, registries);

export interface OpenAction {
  incident: Incident;
  action: Action;
}

/** Actions still open (open or in progress) across the given incidents, soonest due first. */
export function openActions(incidents: readonly Incident[]): OpenAction[] {
  return incidents
    .flatMap((incident) => incident.data.actions.filter((action) => isOpenStatus(action.status)).map((action) => ({ incident, action })))
    .sort((a, b) => a.action.due.localeCompare(b.action.due) || a.incident.id.localeCompare(b.incident.id));
}

/** How often each root cause appears among the incidents, most frequent first. */
export function causeCounts(incidents: readonly Incident[]): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const incident of incidents) counts.set(incident.data.rootCause.category, (counts.get(incident.data.rootCause.category) ?? 0) + 1);
  return [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}
