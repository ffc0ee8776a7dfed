/**
 * The trend page's selector: every team and every service that has incidents, each with the
 * incidents it narrows to. A team's incidents are those touching any service it owns.
 */
import type { Incident } from '../incident-log';
import { serviceName, teamName, teamsOf, type Registries } from '../registries';

/** The selector's value, and dataset key, for every incident (no filter). */
export const ALL_INCIDENTS = 'all';

export interface TrendFilter {
  /** `team:<id>` or `service:<id>`; the selector's value. */
  key: string;
  kind: 'team' | 'service';
  label: string;
  incidents: number;
}

interface FilterGroup {
  filter: TrendFilter;
  incidents: Incident[];
}

/**
 * Teams first, then services, each by name. One pass over the incidents and their services;
 * filters without incidents are left out so the page carries no empty datasets.
 */
export function incidentFilters(incidents: readonly Incident[], registries: Pick<Registries, 'services' | 'teams'>): FilterGroup[] {
  const groups = new Map<string, FilterGroup>();
  const add = (kind: TrendFilter['kind'], id: string, label: string, incident: Incident) => {
    const key = `${kind}:${id}`;
    const group = groups.get(key) ?? { filter: { key, kind, label, incidents: 0 }, incidents: [] };
    group.incidents.push(incident);
    group.filter.incidents += 1;
    groups.set(key, group);
  };
  for (const incident of incidents) {
    for (const id of new Set(incident.data.services)) add('service', id, serviceName(registries, id), incident);
    // An incident touching two services of one team counts once for that team.
    for (const id of teamsOf(incident.data.services, registries)) add('team', id, teamName(registries, id), incident);
  }
  return [...groups.values()].sort(
    (a, b) => (a.filter.kind === b.filter.kind ? a.filter.label.localeCompare(b.filter.label, 'en') : a.filter.kind === 'team' ? -1 : 1),
  );
}
