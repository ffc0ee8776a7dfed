import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  describeResults,
  pagefindFilters,
  pagefindSort,
  readSearchState,
  searchParams,
  withoutFilter,
  withoutFilters,
  type SearchState,
} from './search-state';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('readSearchState and searchParams', () => {
  it('reads the query, the sort and each facet’s values from the URL', () => {
    expect(read('q=+billing+&sort=date-asc&severity=SEV2&severity=SEV3&service=Checkout')).toEqual({
      query: 'billing',
      sort: 'date-asc',
      filters: { severity: ['SEV2', 'SEV3'], service: ['Checkout'] },
    });
  });

  it('ignores an unknown sort, unknown parameters, empty and repeated values', () => {
    expect(read('sort=loudest&colour=red&severity=&severity=SEV1&severity=SEV1')).toEqual({ query: '', sort: '', filters: { severity: ['SEV1'] } });
  });

  it('writes the parameters in one order whatever the order of ticking, so equal searches have equal URLs', () => {
    const state: SearchState = { query: 'db', sort: '', filters: { service: ['Checkout'], severity: ['SEV1'] } };
    expect(searchParams(state).toString()).toBe('q=db&severity=SEV1&service=Checkout');
    expect(readSearchState(searchParams(state))).toEqual(state);
  });

  it('leaves out what is empty', () => {
    expect(searchParams({ query: '  ', sort: '', filters: {} }).toString()).toBe('');
  });
});

describe('activeFilters, withoutFilter and withoutFilters', () => {
  const state = read('q=x&severity=SEV2&cause=Configuration+change&near-miss=Yes&recurring=No');

  it('names each ticked value as its chip says it, in the facets’ order', () => {
    expect(activeFilters(state).map((filter) => filter.label)).toEqual(['Severity: SEV2', 'Root cause: Configuration change', 'Near miss', 'Cause not recurring']);
  });

  it('removes one value, dropping its facet when it was the last', () => {
    expect(withoutFilter(state, 'severity', 'SEV2').filters).toEqual({ cause: ['Configuration change'], 'near-miss': ['Yes'], recurring: ['No'] });
    expect(withoutFilter(read('severity=SEV1&severity=SEV2'), 'severity', 'SEV1').filters).toEqual({ severity: ['SEV2'] });
    expect(withoutFilters(state)).toEqual({ query: 'x', sort: '', filters: {} });
  });
});

describe('pagefindFilters and pagefindSort', () => {
  it('gives each facet its values as alternatives, and can leave one facet out', () => {
    const state = read('severity=SEV1&severity=SEV2&service=Checkout');
    expect(pagefindFilters(state)).toEqual({ severity: { any: ['SEV1', 'SEV2'] }, service: { any: ['Checkout'] } });
    expect(pagefindFilters(state, 'severity')).toEqual({ service: { any: ['Checkout'] } });
  });

  it('sorts a query by best match and the whole library newest first, unless a sort is chosen', () => {
    expect(pagefindSort(read('q=db'))).toBeUndefined();
    expect(pagefindSort(read(''))).toEqual({ date: 'desc' });
    expect(pagefindSort(read('q=db&sort=severity-asc'))).toEqual({ severity: 'asc' });
  });
});

describe('describeResults', () => {
  it('states the count, the query and the filters', () => {
    expect(describeResults(3, read('q=certificate&severity=SEV2'), 22)).toBe('3 write-ups match “certificate” in SEV2');
    expect(describeResults(1, read('q=billing'), 22)).toBe('1 write-up matches “billing”');
    expect(describeResults(0, read('q=certifcate&severity=SEV1&severity=SEV2'), 22)).toBe('No write-ups match “certifcate” in SEV1 or SEV2');
  });

  it('reads every facet as words, and a yes-or-no facet with both ticked as no restriction', () => {
    const state = read('type=Process&cause=Alerting+gaps&service=Checkout&service=Website&service=Search&team=Web+squad&year=2025&near-miss=Yes&recurring=No');
    expect(describeResults(2, state, 22)).toBe(
      '2 write-ups of type Process, with root cause Alerting gaps, affecting Checkout, Website or Search, owned by Web squad, from 2025, that were near misses, without a recurring cause, newest first',
    );
    expect(describeResults(5, read('near-miss=Yes&near-miss=No'), 22)).toBe('5 write-ups, newest first');
  });

  it('says the order when it is not the best match', () => {
    expect(describeResults(22, read(''), 22)).toBe('All 22 write-ups, newest first');
    expect(describeResults(4, read('q=db&sort=date-asc'), 22)).toBe('4 write-ups match “db”, oldest first');
    expect(describeResults(0, read('severity=SEV1&year=2020'), 22)).toBe('No write-ups in SEV1, from 2020');
  });
});
