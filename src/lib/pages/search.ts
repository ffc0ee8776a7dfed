/**
 * The search page: the facets readers filter by, with every value and its count; the sort
 * orders; what a result card's badges say; and where to browse when a search finds nothing.
 */
import { plural } from '../format';
import { glossaryTerm } from '../glossary';
import { facetValues, SEARCH_FACETS, type FacetKey } from '../search-facets';
import { SORTS, type SortKey } from '../search-state';
import { severityView, type PageContext } from './parts';

export interface SearchPage {
  /** "Search 22 write-ups". */
  label: string;
  total: number;
  facets: { key: FacetKey; label: string; values: { value: string; count: number }[] }[];
  /** The sort menu; the empty value is the default: best match, or newest first without a query. */
  sorts: { value: SortKey | ''; label: string }[];
  /** What the default is called while there is no query. */
  defaultSortWithoutQuery: string;
  /** Each badge's tooltip, as on the incident pages. */
  badges: { severity: Record<string, string>; nearMiss: string; recurring: string };
  /** The browse pages, for a search that finds nothing. */
  browse: { href: string; text: string; detail: string }[];
  links: { pagefind: string; words: string; log: string; search: string };
}

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

export function searchPage(context: PageContext): SearchPage {
  const { library, links } = context;
  const values = facetValues(library.incidents, library, library.settings.severities.map((level) => level.id));
  const tags = new Set(library.incidents.flatMap((incident) => incident.data.tags));
  return {
    label: `Search ${plural(library.incidents.length, 'write-up')}`,
    total: library.incidents.length,
    facets: SEARCH_FACETS.filter(({ key }) => values[key].length > 0).map(({ key, label }) => ({ key, label, values: values[key] })),
    sorts: [{ value: '', label: 'Best match' }, ...Object.entries(SORTS).map(([value, sort]) => ({ value: value as SortKey, label: capitalised(sort.label) }))],
    defaultSortWithoutQuery: capitalised(SORTS['date-desc'].label),
    badges: {
      severity: Object.fromEntries(
        library.settings.severities.map(({ id }) => [id, severityView(library, id).description]).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
      nearMiss: capitalised(glossaryTerm(library.settings, 'near-miss').short),
      recurring: capitalised(glossaryTerm(library.settings, 'recurring-cause').short),
    },
    browse: [
      { href: links.to('causes/'), text: 'Root causes', detail: plural(values.cause.length, 'root cause') },
      { href: links.to('services/'), text: 'Services', detail: plural(values.service.length, 'service') },
      { href: links.to('teams/'), text: 'Teams', detail: plural(values.team.length, 'team') },
      { href: links.to('tags/'), text: 'Tags', detail: plural(tags.size, 'tag') },
      { href: links.to('log/'), text: 'Incident log', detail: `every write-up, newest first` },
    ],
    links: { pagefind: links.to('pagefind/pagefind.js'), words: links.to('search/words.json'), log: links.to('log/'), search: links.to('search/') },
  };
}
