import { describe, expect, it } from 'vitest';
import {
  previousQuarter,
  quarterAxis,
  quarterDays,
  quarterLabel,
  quarterRange,
  quarterSlug,
  quarterSpan,
} from './quarters';

describe('quarterRange', () => {
  it('lists every quarter between two, across a year end, with no gaps', () => {
    expect(quarterRange('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it('is one quarter when both ends are the same, and empty when the end is earlier', () => {
    expect(quarterRange('2025-Q1', '2025-Q1')).toEqual(['2025-Q1']);
    expect(quarterRange('2025-Q2', '2025-Q1')).toEqual([]);
  });

  it('rejects text that is not a quarter', () => {
    expect(() => quarterRange('2025-Q5', '2025-Q1')).toThrow(/not a quarter/);
  });
});

describe('quarterSpan', () => {
  it('covers the earliest to the latest day, including quarters with no day in them', () => {
    expect(quarterSpan(['2025-02-11', '2024-11-29', '2025-07-22'])).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3']);
  });

  it('is empty for no days', () => {
    expect(quarterSpan([])).toEqual([]);
  });
});

describe('previousQuarter', () => {
  it('steps back within a year and across a year end', () => {
    expect(previousQuarter('2025-Q3')).toBe('2025-Q2');
    expect(previousQuarter('2025-Q1')).toBe('2024-Q4');
  });
});

describe('labels and slugs', () => {
  it('reads 2024-Q1 as "Q1 2024"', () => {
    expect(quarterLabel('2024-Q1')).toBe('Q1 2024');
  });

  it('turns a quarter into a lower-case path segment', () => {
    expect(quarterSlug('2025-Q4')).toBe('2025-q4');
    expect(() => quarterSlug('2025-q4')).toThrow(/not a quarter/);
  });
});

describe('quarterDays', () => {
  it('gives the first and last day of each quarter', () => {
    expect(quarterDays('2024-Q1')).toEqual({ first: '2024-01-01', last: '2024-03-31' });
    expect(quarterDays('2024-Q2')).toEqual({ first: '2024-04-01', last: '2024-06-30' });
    expect(quarterDays('2024-Q3')).toEqual({ first: '2024-07-01', last: '2024-09-30' });
    expect(quarterDays('2024-Q4')).toEqual({ first: '2024-10-01', last: '2024-12-31' });
  });
});

describe('quarterAxis', () => {
  it('finds the position of a day’s quarter, or -1 outside the axis', () => {
    const axis = quarterAxis(['2024-Q4', '2025-Q1']);
    expect(axis.indexOf('2024-10-01')).toBe(0);
    expect(axis.indexOf('2025-03-31')).toBe(1);
    expect(axis.indexOf('2025-04-01')).toBe(-1);
  });
});
