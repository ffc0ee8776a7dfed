import { describe, expect, it } from 'vitest';
import { learningLatencyDays, learningLatencySeries } from './learning-latency';
import { quarterAxis } from '../quarters';

describe('learningLatencyDays', () => {
  it('counts calendar days from the incident to the commit’s own day', () => {
    // 2024-03-06 → 2024-03-20 is 14 days; the commit's time and offset do not shift it.
    expect(learningLatencyDays('2024-03-06', '2024-03-20T23:30:00-05:00')).toBe(14);
    expect(learningLatencyDays('2024-03-06', '2024-03-06T08:00:00+00:00')).toBe(0);
  });
});

describe('learningLatencySeries', () => {
  const axis = quarterAxis(['2024-Q1', '2024-Q2', '2024-Q3']);
  const incidents = [
    { id: 'a', data: { date: '2024-01-10' } }, // 10 days
    { id: 'b', data: { date: '2024-02-01' } }, // 30 days
    { id: 'c', data: { date: '2024-03-01' } }, // 5 days
    { id: 'd', data: { date: '2024-05-01' } }, // no history
    { id: 'e', data: { date: '2024-08-01' } }, // 1 day
    { id: 'f', data: { date: '2024-09-01' } }, // 3 days
  ];
  const history = new Map([
    ['a', { firstCommitted: '2024-01-20T10:00:00Z' }],
    ['b', { firstCommitted: '2024-03-02T10:00:00Z' }],
    ['c', { firstCommitted: '2024-03-06T10:00:00Z' }],
    ['e', { firstCommitted: '2024-08-02T10:00:00Z' }],
    ['f', { firstCommitted: '2024-09-04T10:00:00Z' }],
  ]);

  it('gives the median per quarter, null where nothing was measured, and counts what was left out', () => {
    expect(learningLatencySeries(incidents, history, axis)).toEqual({
      // Q1: 5, 10, 30 → 10. Q2: only d, without history. Q3: 1, 3 → 2.
      medianDays: [10, null, 2],
      measured: [3, 0, 2],
      withoutHistory: 1,
    });
  });
});
