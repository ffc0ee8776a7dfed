/**
 * What the search index knows about each write-up besides its text: the facets readers filter
 * by, the sort keys and the fields shown in results. One function, so the incident pages (which
 * carry the annotations) and the search page (which lists the facets) agree.
 */
import type { Incident } from './incident-log';
import { causeLabel, serviceName, teamName, teamsOf, type Registries } from './registries';
import { TYPE_LABELS } from './format';

/** Facet keys, in the order the search page shows them; each is also its URL parameter. */
export const SEARCH_FACETS = [
  { key: 'severity', label: 'Severity' },
  { key: 'type', label: 'Type' },
  { key: 'cause', label: 'Root cause' },
  { key: 'service', label: 'Service' },
  { key: 'team', label: 'Team' },
  { key: 'year', label: 'Year' },
  { key: 'near-miss', label: 'Near miss' },
  { key: 'recurring', label: 'Recurring cause' },
] as const;

export type FacetKey = (typeof SEARCH_FACETS)[number]['key'];

/** The values of the yes-or-no facets (near miss, recurring cause). */
export const YES = 'Yes';
export const NO = 'No';

export type SearchRegistries = Pick<Registries, 'services' | 'teams' | 'causes'>;

export function incidentFacets(incident: Incident, registries: SearchRegistries): Record<FacetKey, string[]> {
  const { data } = incident;
  return {
    severity: [data.severity],
    type: [TYPE_LABELS[data.type]],
    cause: [causeLabel(registries, data.rootCause.category)],
    service: data.services.map((id) => serviceName(registries, id)),
    team: teamsOf(data.services, registries).map((id) => teamName(registries, id)).sort(),
    year: [data.date.slice(0, 4)],
    'near-miss': [data.nearMiss ? YES : NO],
    recurring: [incident.recurrence.recurring ? YES : NO],
  };
}

/** Every value of every facet across the library, with counts, in a stable reading order. */
export function facetValues(
  incidents: readonly Incident[],
  registries: SearchRegistries,
  severityOrder: readonly string[],
): Record<FacetKey, { value: string; count: number }[]> {
  const counts = Object.fromEntries(SEARCH_FACETS.map(({ key }) => [key, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
  for (const incident of incidents) {
    const facets = incidentFacets(incident, registries);
    for (const { key } of SEARCH_FACETS) {
      for (const value of facets[key]) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  const order = (key: FacetKey) => (a: string, b: string) => {
    if (key === 'severity') return severityOrder.indexOf(a) - severityOrder.indexOf(b);
    if (key === 'year') return b.localeCompare(a);
    if (key === 'near-miss' || key === 'recurring') return a === YES ? -1 : b === YES ? 1 : 0;
    return a.localeCompare(b);
  };
  return Object.fromEntries(
    SEARCH_FACETS.map(({ key }) => [
      key,
      [...counts[key].keys()].sort(order(key)).map((value) => ({ value, count: counts[key].get(value)! })),
    ]),
  ) as Record<FacetKey, { value: string; count: number }[]>;
}
