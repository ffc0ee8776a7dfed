import { describe, expect, it } from 'vitest';
import { DEFAULT_LOG_SORT, logCaption, readLogState, writeLogState, type LogState } from './log-table';

const read = (query: string) => readLogState(new URLSearchParams(query));
const written = (state: LogState, query = '') => {
  const params = new URLSearchParams(query);
  writeLogState(params, state);
  return params.toString();
};

describe('readLogState', () => {
  it('is every incident, newest first, for an empty query', () => {
    expect(read('')).toEqual({ show: [], sort: DEFAULT_LOG_SORT });
  });

  it('reads filters and a sort, filters in the page\'s order whatever the URL\'s', () => {
    expect(read('show=near-miss&show=recurring&sort=date-asc')).toEqual({ show: ['recurring', 'near-miss'], sort: { column: 'date', direction: 'asc' } });
    expect(read('sort=severity-desc').sort).toEqual({ column: 'severity', direction: 'desc' });
  });

  it('leaves out what it does not know, and a filter given twice counts once', () => {
    expect(read('show=everything&show=overdue&show=overdue&sort=colour-asc')).toEqual({ show: ['overdue'], sort: DEFAULT_LOG_SORT });
    expect(read('sort=date').sort).toEqual(DEFAULT_LOG_SORT);
    expect(read('sort=constructor-asc').sort).toEqual(DEFAULT_LOG_SORT);
  });
});

describe('writeLogState', () => {
  it('writes filters and any sort but the page\'s own, and reads back the same', () => {
    const state: LogState = { show: ['recurring', 'near-miss'], sort: { column: 'date', direction: 'asc' } };
    expect(written(state)).toBe('show=recurring&show=near-miss&sort=date-asc');
    expect(read(written(state))).toEqual(state);
  });

  it('writes nothing for the default, and keeps other parameters', () => {
    expect(written({ show: [], sort: DEFAULT_LOG_SORT })).toBe('');
    expect(written({ show: ['overdue'], sort: DEFAULT_LOG_SORT }, 'q=disk&show=recurring&sort=type-asc')).toBe('q=disk&show=overdue');
  });
});

describe('logCaption', () => {
  const all = { shown: 22, total: 22 };

  it('says how many and in what order', () => {
    expect(logCaption({ show: [], sort: DEFAULT_LOG_SORT }, all)).toBe('22 incidents, newest first');
    expect(logCaption({ show: [], sort: { column: 'severity', direction: 'asc' } }, { shown: 1, total: 1 })).toBe('1 incident, most severe first');
  });

  it('says how many of how many match which filters', () => {
    expect(logCaption({ show: ['near-miss'], sort: { column: 'date', direction: 'asc' } }, { shown: 2, total: 22 })).toBe('2 of 22 incidents: near misses, oldest first');
    expect(logCaption({ show: ['recurring', 'overdue', 'near-miss'], sort: DEFAULT_LOG_SORT }, { shown: 0, total: 22 })).toBe(
      '0 of 22 incidents: recurring causes, with overdue actions and near misses, newest first',
    );
  });

  it('puts the scope after the count', () => {
    expect(logCaption({ show: [], sort: DEFAULT_LOG_SORT }, { shown: 5, total: 5 }, 'in Q3 2024')).toBe('5 incidents in Q3 2024, newest first');
    expect(logCaption({ show: ['overdue'], sort: DEFAULT_LOG_SORT }, { shown: 2, total: 5 }, 'in Q3 2024')).toBe('2 of 5 incidents in Q3 2024: with overdue actions, newest first');
  });
});
