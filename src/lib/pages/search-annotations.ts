/**
 * What an incident page tells the search index besides its text: Pagefind's filters, sort keys
 * and the fields a result card shows. The search page reads the same keys back.
 *
 * Pagefind sends a result's filters with it, so a card takes its severity, cause, services and
 * near-miss and recurring flags from there; meta carries only what no filter has (the title comes
 * from the page's h1). Every key here is repeated on every page and in every result fragment.
 */
import type { Incident } from '../incident-log';
import { incidentFacets, SEARCH_FACETS } from '../search-facets';
import { severityView, type PageContext } from './parts';

export interface SearchAnnotations {
  filters: { facet: string; value: string }[];
  sortDate: string;
  /** The severity's rank, zero-padded so that it sorts as text. */
  sortSeverity: string;
  meta: { key: string; value: string }[];
}

export function searchAnnotations(context: PageContext, incident: Incident): SearchAnnotations {
  const facets = incidentFacets(incident, context.library);
  const severity = severityView(context.library, incident.data.severity);
  return {
    filters: SEARCH_FACETS.flatMap(({ key }) => facets[key].map((value) => ({ facet: key, value }))),
    sortDate: incident.data.date,
    sortSeverity: String(severity.rank).padStart(2, '0'),
    meta: [
      { key: 'date', value: incident.data.date },
      { key: 'summary', value: incident.data.summary },
    ],
  };
}
