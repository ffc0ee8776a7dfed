import { describe, expect, it } from 'vitest';
import { quarterAxis } from '../quarters';
import { incidentsOf, trendSample, writeUp, action, TREND_SAMPLE_TODAY } from '../test-fixtures';
import {
  actionSeries,
  categoryKeys,
  categorySeries,
  changeSeries,
  countsByQuarter,
  detectionSeries,
  durationSeries,
  incidentsByQuarter,
  nearMissSeries,
  OTHER_CATEGORIES,
  timeToDetectBySource,
  topCategories,
  trendsAxis,
} from './series';

const incidents = trendSample();
const axis = quarterAxis(['2025-Q1', '2025-Q2', '2025-Q3']);

describe('trendsAxis', () => {
  it('runs from the first incident’s quarter to today’s with no gap (Q2 has no incident, Q4 is running)', () => {
    expect(trendsAxis(incidents, TREND_SAMPLE_TODAY).quarters).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(trendsAxis(incidents, '2025-09-30').quarters).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
  });

  it('stretches to a later quarter in which an action was completed', () => {
    const log = incidentsOf([writeUp('2025-01-10-a', { actions: [action('priya', '2025-02-01', 'done', '2025-05-02')] })], '2025-03-01');
    expect(trendsAxis(log, '2025-03-01').quarters).toEqual(['2025-Q1', '2025-Q2']);
  });

  it('is empty for an empty library', () => {
    expect(trendsAxis([], TREND_SAMPLE_TODAY).quarters).toEqual([]);
  });
});

/**
 * | date       | detection  | detect | near miss | change |
 * | 2025-01-05 | monitoring | 10     |           | yes    |
 * | 2025-02-05 | customer   | 120    |           |        |
 * | 2025-03-05 | customer   | 60     |           |        |
 * | 2025-03-10 | (not said) | 30     | yes       |        |
 * | 2025-07-01 | synthetic  | 20     | yes       | yes    |
 * | 2025-08-01 | audit      | 300    |           |        |
 */
describe('who told us first, changes and near misses per quarter', () => {
  const pr = (number: number) => [`https://github.com/acme/shop/pull/${number}`];
  const log = incidentsOf(
    [
      writeUp('2025-01-05-a', { detection: 'monitoring', changes: pr(1) }, { detect: 10 }),
      writeUp('2025-02-05-b', { detection: 'customer' }, { detect: 120 }),
      writeUp('2025-03-05-c', { detection: 'customer' }, { detect: 60 }),
      writeUp('2025-03-10-d', { nearMiss: true }, { detect: 30 }),
      writeUp('2025-07-01-e', { detection: 'synthetic', nearMiss: true, changes: pr(2) }, { detect: 20 }),
      writeUp('2025-08-01-f', { detection: 'audit' }, { detect: 300 }),
    ],
    TREND_SAMPLE_TODAY,
  );
  const byQuarter = incidentsByQuarter(log, axis);

  it('groups incidents by quarter of the axis', () => {
    expect(byQuarter.map((list) => list.map((incident) => incident.id.slice(11)).sort())).toEqual([['a', 'b', 'c', 'd'], [], ['e', 'f']]);
  });

  it('counts near misses reported', () => {
    expect(nearMissSeries(byQuarter)).toEqual([1, 0, 1]);
  });

  it('counts who told us first in the three groups, and those that do not say', () => {
    expect(detectionSeries(byQuarter)).toEqual({
      counts: { 'our-monitoring': [1, 0, 1], customers: [2, 0, 0], others: [0, 0, 1] },
      notRecorded: [1, 0, 0],
    });
  });

  it('counts incidents and near misses started by a change, of all', () => {
    expect(changeSeries(byQuarter)).toEqual({ started: [1, 0, 1], all: [4, 0, 2] });
  });

  it('gives time to detect per group: median, p90 and n per quarter and overall', () => {
    // Customers in Q1: 60, 120 → median 90, p90 rank ⌈1.8⌉ = 2 → 120. d says no source: left out.
    expect(timeToDetectBySource(log, byQuarter)).toEqual({
      quarters: {
        'our-monitoring': { median: [10, null, 20], p90: [10, null, 20], measured: [1, 0, 1] },
        customers: { median: [90, null, null], p90: [120, null, null], measured: [2, 0, 0] },
        others: { median: [null, null, 300], p90: [null, null, 300], measured: [0, 0, 1] },
      },
      overall: {
        // 10, 20 → 15; p90 rank ⌈1.8⌉ = 2 → 20.
        'our-monitoring': { median: 15, p90: 20, n: 2 },
        customers: { median: 90, p90: 120, n: 2 },
        others: { median: 300, p90: 300, n: 1 },
      },
    });
  });
});

describe('categories', () => {
  it('takes the most frequent categories first (capacity 3, configuration 1)', () => {
    expect(topCategories(incidents)).toEqual(['capacity-planning', 'config-change']);
    expect(categoryKeys(incidents)).toEqual(['capacity-planning', 'config-change']);
  });

  it('adds "other" only when a category falls outside the top ones', () => {
    expect(topCategories(incidents, 1)).toEqual(['capacity-planning']);
    expect(categorySeries(incidents, axis, ['capacity-planning', OTHER_CATEGORIES])).toEqual([
      { key: 'capacity-planning', counts: [2, 0, 1] },
      { key: OTHER_CATEGORIES, counts: [1, 0, 0] },
    ]);
  });

  it('counts incidents per quarter and category', () => {
    expect(categorySeries(incidents, axis, categoryKeys(incidents))).toEqual([
      { key: 'capacity-planning', counts: [2, 0, 1] },
      { key: 'config-change', counts: [1, 0, 0] },
    ]);
  });
});

describe('countsByQuarter', () => {
  it('gives every key a series, zero where nothing happened', () => {
    expect(countsByQuarter(incidents, axis, ['SEV1', 'SEV2', 'SEV3', 'SEV4'], (incident) => incident.data.severity)).toEqual([
      { key: 'SEV1', counts: [1, 0, 0] },
      { key: 'SEV2', counts: [1, 0, 0] },
      { key: 'SEV3', counts: [1, 0, 1] },
      { key: 'SEV4', counts: [0, 0, 0] },
    ]);
  });

  it('leaves out incidents whose key is not listed or undefined', () => {
    expect(countsByQuarter(incidents, axis, ['process'], (incident) => (incident.data.type === 'process' ? 'process' : undefined))).toEqual([
      { key: 'process', counts: [0, 0, 1] },
    ]);
  });
});

describe('durationSeries', () => {
  it('gives median, nearest-rank p90 and every point per quarter (time to detect)', () => {
    // Q1: 10, 30, 90 → median 30, p90 rank ⌈2.7⌉ = 3 → 90. Q2: none. Q3: 20.
    expect(durationSeries(incidents, axis, (incident) => incident.figures.timeToDetectMinutes)).toEqual({
      median: [30, null, 20],
      p90: [90, null, 20],
      measured: [3, 0, 1],
      points: [
        [0, 10],
        [0, 30],
        [0, 90],
        [2, 20],
      ],
    });
  });

  it('leaves out incidents without the figure (time to resolve: c has no resolution)', () => {
    // Q1: 60, 120 → median 90, p90 rank ⌈1.8⌉ = 2 → 120. Q3: 40.
    expect(durationSeries(incidents, axis, (incident) => incident.figures.timeToResolveMinutes)).toEqual({
      median: [90, null, 40],
      p90: [120, null, 40],
      measured: [2, 0, 1],
      points: [
        [0, 60],
        [0, 120],
        [2, 40],
      ],
    });
  });
});

describe('actionSeries', () => {
  it('counts created by incident date and completed by completion date, with open and overdue today', () => {
    expect(actionSeries(incidents, axis)).toEqual({
      // Q1: a 1 + b 2 + c 1 (dropped still counts as created); Q3: d 2.
      created: [4, 0, 2],
      // a on 01-20 (10 days), b on 04-15 (59 days), d on 07-10 (5 days).
      completed: [1, 1, 1],
      medianDaysToComplete: [10, 59, 5],
      // b's open action (due 03-01, overdue) and d's in-progress one (due 12-01).
      openNow: 2,
      overdueNow: 1,
      // 5, 10, 59 → 10.
      medianDaysToCompleteOverall: 10,
    });
  });

  it('leaves completions outside the axis out of the quarters but not out of the overall median', () => {
    const narrow = quarterAxis(['2025-Q1']);
    const result = actionSeries(incidents, narrow);
    expect(result.completed).toEqual([1]);
    expect(result.medianDaysToCompleteOverall).toBe(10);
  });
});
