/**
 * What an incident page tells the search index besides its text: Pagefind's filters, sort keys
 * and the fields a result card shows. The search page reads the same keys back.
 */
import { formatDay } from '../format';
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
      { key: 'dateLabel', value: formatDay(incident.data.date) },
      { key: 'severity', value: incident.data.severity },
      { key: 'summary', value: incident.data.summary },
    ],
  };
}
