import { describe, expect, it } from 'vitest';
import { IMPORT_COMMIT_DAYS, IMPORT_INCIDENT_DAYS, learningLatencyDays, learningLatencySeries, writeUpImport } from './learning-latency';
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
      points: [[0, 5], [0, 10], [0, 30], [2, 1], [2, 3]],
      withoutHistory: 1,
    });
  });
});

describe('writeUpImport', () => {
  const incidents = [
    { id: 'a', data: { date: '2024-01-23' } },
    { id: 'b', data: { date: '2025-06-01' } },
    { id: 'c', data: { date: '2026-07-14' } },
    { id: 'd', data: { date: '2026-08-01' } }, // no history
  ];
  const committed = (days: Record<string, string>) => new Map(Object.entries(days).map(([id, day]) => [id, { firstCommitted: `${day}T10:00:00+01:00` }]));

  it('finds an import: every write-up first committed within a week, for incidents 2½ years apart', () => {
    expect(IMPORT_COMMIT_DAYS).toBe(7);
    expect(IMPORT_INCIDENT_DAYS).toBe(90);
    expect(writeUpImport(incidents, committed({ a: '2026-11-22', b: '2026-11-29', c: '2026-11-22' }))).toEqual({
      writeUps: 3,
      committed: { first: '2026-11-22', last: '2026-11-29' },
      incidents: { first: '2024-01-23', last: '2026-07-14' },
    });
  });

  it('is no import when the first commits span more than a week (22 Nov to 30 Nov is 8 days)', () => {
    expect(writeUpImport(incidents, committed({ a: '2026-11-22', b: '2026-11-30', c: '2026-11-22' }))).toBeUndefined();
  });

  it('is no import when the incidents themselves fall within 90 days (89 here)', () => {
    const close = [
      { id: 'a', data: { date: '2026-01-01' } },
      { id: 'b', data: { date: '2026-03-31' } },
    ];
    expect(writeUpImport(close, committed({ a: '2026-04-02', b: '2026-04-03' }))).toBeUndefined();
    const apart = [close[0]!, { id: 'b', data: { date: '2026-04-01' } }];
    expect(writeUpImport(apart, committed({ a: '2026-04-02', b: '2026-04-03' }))?.writeUps).toBe(2);
  });

  it('cannot tell from one write-up with history, or none', () => {
    expect(writeUpImport(incidents, committed({ a: '2026-11-22' }))).toBeUndefined();
    expect(writeUpImport(incidents, new Map())).toBeUndefined();
  });
});
