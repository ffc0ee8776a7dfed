/**
 * The search page's state as it lives in the URL (`?q=…&sort=…&severity=SEV1&service=…`), so a
 * search can be shared, reloaded and gone back to; and how that state reads as a sentence, as
 * removable chips and as Pagefind's filter and sort options. Within one facet, ticked values are
 * alternatives (any); across facets, all must hold.
 */
import { plural } from './format';
import { NO, SEARCH_FACETS, YES, type FacetKey } from './search-facets';

export const SORTS = {
  'date-desc': { label: 'newest first', pagefind: { date: 'desc' } },
  'date-asc': { label: 'oldest first', pagefind: { date: 'asc' } },
  'severity-asc': { label: 'most severe first', pagefind: { severity: 'asc' } },
} as const satisfies Record<string, { label: string; pagefind: Record<string, 'asc' | 'desc'> }>;

export type SortKey = keyof typeof SORTS;

export interface SearchState {
  query: string;
  /** Empty for the default: best match for a query, newest first for the whole library. */
  sort: SortKey | '';
  /** Ticked values per facet, in the order they were ticked; a facet with none is absent. */
  filters: Partial<Record<FacetKey, string[]>>;
}

export interface ActiveFilter {
  facet: FacetKey;
  value: string;
  /** What its chip says: "Severity: SEV2", "Near miss". */
  label: string;
}

const isSortKey = (value: string): value is SortKey => Object.hasOwn(SORTS, value);

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key } of SEARCH_FACETS) {
    const values = [...new Set(params.getAll(key).map((value) => value.trim()).filter((value) => value !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort') ?? '';
  return { query: (params.get('q') ?? '').trim(), sort: isSortKey(sort) ? sort : '', filters };
}

/** The URL's parameters: the query, the sort, then each facet in the page's order. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  if (state.sort !== '') params.set('sort', state.sort);
  for (const { key } of SEARCH_FACETS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

/** The yes-or-no facets say what they mean rather than "Near miss: Yes". */
const FLAG_LABELS: Partial<Record<FacetKey, Record<string, string>>> = {
  'near-miss': { [YES]: 'Near miss', [NO]: 'Not a near miss' },
  recurring: { [YES]: 'Recurring cause', [NO]: 'Cause not recurring' },
};

export function activeFilters(state: SearchState): ActiveFilter[] {
  return SEARCH_FACETS.flatMap(({ key, label }) =>
    (state.filters[key] ?? []).map((value) => ({ facet: key, value, label: FLAG_LABELS[key]?.[value] ?? `${label}: ${value}` })),
  );
}

export function withoutFilter(state: SearchState, facet: FacetKey, value: string): SearchState {
  const rest = (state.filters[facet] ?? []).filter((ticked) => ticked !== value);
  const filters = { ...state.filters };
  if (rest.length > 0) filters[facet] = rest;
  else delete filters[facet];
  return { ...state, filters };
}

export const withoutFilters = (state: SearchState): SearchState => ({ ...state, filters: {} });

/** Pagefind's `filters` option; `skip` leaves out one facet (to count what its other values would give). */
export function pagefindFilters(state: SearchState, skip?: FacetKey): Record<string, { any: string[] }> {
  return Object.fromEntries(
    SEARCH_FACETS.filter(({ key }) => key !== skip && state.filters[key] !== undefined).map(({ key }) => [key, { any: state.filters[key]! }]),
  );
}

/** Pagefind's `sort` option: none (best match) for a query, newest first for the whole library. */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort !== '') return SORTS[state.sort].pagefind;
  return state.query === '' ? SORTS['date-desc'].pagefind : undefined;
}

const either = (values: readonly string[]) =>
  values.length === 1 ? values[0]! : `${values.slice(0, -1).join(', ')} or ${values.at(-1)!}`;

/** How each facet's ticked values narrow the sentence: "in SEV1 or SEV2", "affecting Checkout". */
const FACET_PHRASES: Record<FacetKey, (values: readonly string[]) => string> = {
  severity: (values) => `in ${either(values)}`,
  type: (values) => `of type ${either(values)}`,
  cause: (values) => `with root cause ${either(values)}`,
  service: (values) => `affecting ${either(values)}`,
  team: (values) => `owned by ${either(values)}`,
  year: (values) => `from ${either(values)}`,
  'near-miss': (values) => (values.includes(YES) ? 'that were near misses' : 'that were not near misses'),
  recurring: (values) => (values.includes(YES) ? 'with a recurring cause' : 'without a recurring cause'),
};

/** The filters as words: "in SEV2, affecting Checkout", or nothing. */
export function describeFilters(state: SearchState): string {
  return SEARCH_FACETS.flatMap(({ key }) => {
    const values = state.filters[key] ?? [];
    // Both answers of a yes-or-no facet ticked is no restriction at all.
    const both = FLAG_LABELS[key] !== undefined && values.includes(YES) && values.includes(NO);
    return values.length === 0 || both ? [] : [FACET_PHRASES[key](values)];
  }).join(', ');
}

/**
 * The status line: how many write-ups, for what query, with which filters, in which order.
 * "3 write-ups match “certificate” in SEV2", "All 22 write-ups, newest first".
 */
export function describeResults(count: number, state: SearchState, total: number): string {
  const filters = describeFilters(state);
  const order = state.sort !== '' ? SORTS[state.sort].label : state.query === '' ? SORTS['date-desc'].label : '';
  let subject: string;
  if (state.query !== '') {
    const verb = count === 1 ? 'matches' : 'match';
    subject = `${count === 0 ? 'No write-ups' : plural(count, 'write-up')} ${count === 0 ? 'match' : verb} “${state.query}”`;
  } else if (filters === '') {
    subject = count === total ? `All ${plural(count, 'write-up')}` : plural(count, 'write-up');
  } else {
    subject = count === 0 ? 'No write-ups' : plural(count, 'write-up');
  }
  return [[subject, filters].filter((part) => part !== '').join(' '), count > 1 ? order : ''].filter((part) => part !== '').join(', ');
}
