/** The search page: the facets readers filter by, with every value and its count. */
import { plural } from '../format';
import { facetValues, SEARCH_FACETS, type FacetKey } from '../search-facets';
import type { PageContext } from './parts';

export interface SearchPage {
  /** "Search 22 write-ups". */
  label: string;
  facets: { key: FacetKey; label: string; values: { value: string; count: number }[] }[];
  links: { pagefind: string; log: string; search: string };
}

export function searchPage(context: PageContext): SearchPage {
  const { library, links } = context;
  const values = facetValues(library.incidents, library, library.settings.severities.map((level) => level.id));
  return {
    label: `Search ${plural(library.incidents.length, 'write-up')}`,
    facets: SEARCH_FACETS.filter(({ key }) => values[key].length > 0).map(({ key, label }) => ({ key, label, values: values[key] })),
    links: { pagefind: links.to('pagefind/pagefind.js'), log: links.to('log/'), search: links.to('search/') },
  };
}
