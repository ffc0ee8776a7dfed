import { describe, expect, it } from 'vitest';
import { recurringChains } from '../recurrence/chains';
import { incidentsOf, SAMPLE_CAUSES, SAMPLE_SERVICES, SAMPLE_TEAMS, TREND_SAMPLE_TODAY, trendSample, writeUp } from '../test-fixtures';
import { ALL_INCIDENTS } from './filters';
import { splitTrendDatasets, trendDatasets } from './datasets';

const incidents = trendSample();
const history = new Map([
  ['2025-01-10-a', { firstCommitted: '2025-01-20T09:00:00Z' }], // 10 days
  ['2025-02-15-b', { firstCommitted: '2025-02-25T09:00:00Z' }], // 10 days
  ['2025-07-05-d', { firstCommitted: '2025-07-06T09:00:00Z' }], // 1 day; c has none
]);
const input = {
  today: TREND_SAMPLE_TODAY,
  incidents,
  chains: recurringChains(incidents),
  severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  history,
  services: SAMPLE_SERVICES,
  teams: SAMPLE_TEAMS,
  causes: SAMPLE_CAUSES,
};
const page = trendDatasets(input);

describe('trendDatasets', () => {
  it('runs to today’s quarter, named "so far", and reads the latest complete one', () => {
    expect(page.quarters).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(page.quarterLabels).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025 (so far)']);
    expect(page.readAt).toBe(2);
    expect(page.asOf).toBe('1 Oct 2025');
  });

  it('shares one quarter axis and one set of keys across every dataset', () => {
    expect(page.keys).toEqual({
      categories: ['capacity-planning', 'config-change'],
      types: ['deployment', 'integration', 'external', 'process', 'other'],
      severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      recurring: ['capacity-planning'],
    });
    expect(page.labels.categories).toEqual({ 'capacity-planning': 'Capacity', 'config-change': 'Configuration change' });
  });

  it('has a dataset for all incidents and for each filter with incidents, and no other', () => {
    expect(Object.keys(page.datasets)).toEqual([
      ALL_INCIDENTS,
      'team:customer-apps',
      'team:payments',
      'service:checkout',
      'service:payments-gateway',
      'service:website',
    ]);
  });

  it('counts incidents in recurring chains per category (a, c and d are the capacity chain)', () => {
    expect(page.datasets[ALL_INCIDENTS]!.recurring).toEqual([{ key: 'capacity-planning', counts: [2, 0, 1, 0] }]);
    expect(page.datasets['service:website']!.recurring).toEqual([{ key: 'capacity-planning', counts: [1, 0, 0, 0] }]);
  });

  it('narrows every series to the filter’s incidents (customer apps: b and c)', () => {
    const apps = page.datasets['team:customer-apps']!;
    expect(apps.incidents).toBe(2);
    expect(apps.byCategory).toEqual([
      { key: 'capacity-planning', counts: [1, 0, 0, 0] },
      { key: 'config-change', counts: [1, 0, 0, 0] },
    ]);
    // b 10 and c 90 → median 50, p90 rank ⌈1.8⌉ = 2 → 90.
    expect(apps.timeToDetect.median).toEqual([50, null, null, null]);
    expect(apps.timeToDetect.p90).toEqual([90, null, null, null]);
    // b's two and c's one created in Q1; b's done on 04-15 (59 days); b's open one is overdue.
    expect(apps.actions).toMatchObject({ created: [3, 0, 0, 0], completed: [0, 1, 0, 0], openNow: 1, overdueNow: 1, medianDaysToCompleteOverall: 59 });
  });

  it('measures learning latency from the first commit, leaving out write-ups without history', () => {
    // Q1: a 10, b 10 (c without history) → 10. Q3: d 1.
    expect(page.datasets[ALL_INCIDENTS]!.learningLatency).toEqual({
      medianDays: [10, null, 1, null],
      measured: [2, 0, 1, 0],
      points: [[0, 10], [0, 10], [2, 1]],
      withoutHistory: 1,
    });
    // First commits from 20 Jan to 6 Jul: written up as they happened, not imported.
    expect(page.writeUpImport).toBeUndefined();
  });

  it('notices a library imported at once, from the whole library', () => {
    const imported = new Map(incidents.map((incident) => [incident.id, { firstCommitted: '2025-09-29T12:00:00Z' }]));
    expect(trendDatasets({ ...input, history: imported }).writeUpImport).toEqual({
      writeUps: 4,
      committed: { first: '2025-09-29', last: '2025-09-29' },
      incidents: { first: '2025-01-10', last: '2025-07-05' },
    });
  });

  it('leaves near misses out of the incident counts and counts them apart', () => {
    const log = incidentsOf(
      [writeUp('2025-01-10-a', { severity: 'SEV2' }), writeUp('2025-02-10-b', { severity: 'SEV2', nearMiss: true }), writeUp('2025-08-10-c', { nearMiss: true, rootCause: { summary: 'Scheduled load.', category: 'capacity-planning' } })],
      TREND_SAMPLE_TODAY,
    );
    const datasets = trendDatasets({ ...input, incidents: log, chains: [] });
    const data = datasets.datasets[ALL_INCIDENTS]!;
    // Capacity has only a near miss: no column of its own on the incident charts.
    expect(datasets.keys.categories).toEqual(['config-change']);
    expect(data.incidents).toBe(1);
    expect(data.nearMisses).toBe(2);
    expect(data.bySeverity.find((series) => series.key === 'SEV2')!.counts).toEqual([1, 0, 0, 0]);
    expect(data.byCategory).toEqual([{ key: 'config-change', counts: [1, 0, 0, 0] }]);
    expect(data.nearMissesReported).toEqual([1, 0, 1, 0]);
    // Who told us first and changes are of every write-up, as on the quarter pages.
    expect(data.startedByChange.all).toEqual([2, 0, 1, 0]);
  });
});

describe('splitTrendDatasets', () => {
  it('keeps the all-incidents dataset in the page and moves every filter’s to its own part', () => {
    const { embedded, byFilter } = splitTrendDatasets(page);
    expect(Object.keys(embedded.datasets)).toEqual([ALL_INCIDENTS]);
    expect(embedded.datasets[ALL_INCIDENTS]).toBe(page.datasets[ALL_INCIDENTS]);
    expect(Object.keys(byFilter)).toEqual(page.filters.map((filter) => filter.key));
    expect({ ...embedded.datasets, ...byFilter }).toEqual(page.datasets);
    expect(embedded.filters).toEqual(page.filters);
  });
});
