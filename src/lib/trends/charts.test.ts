import { describe, expect, it } from 'vitest';
import { recurringChains } from '../recurrence/chains';
import { SAMPLE_CAUSES, SAMPLE_SERVICES, SAMPLE_TEAMS, TREND_SAMPLE_TODAY, trendSample } from '../test-fixtures';
import { CHART_IDS, filterStatus, importSentence, incidentsAndNearMisses, trendCharts, trendsSummary } from './charts';
import { ALL_INCIDENTS } from './filters';
import { trendDatasets } from './datasets';
import type { TrendsData } from './series';

const incidents = trendSample();
const page = trendDatasets({
  today: TREND_SAMPLE_TODAY,
  incidents,
  chains: recurringChains(incidents),
  severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  history: new Map(),
  services: SAMPLE_SERVICES,
  teams: SAMPLE_TEAMS,
  causes: SAMPLE_CAUSES,
});
const all = page.datasets[ALL_INCIDENTS]!;
const chartsOf = (data: TrendsData, of = page) => new Map(trendCharts(of, data).map((chart) => [chart.id, chart]));
const charts = chartsOf(all);

describe('trendCharts', () => {
  it('has every chart, in order, each with a name for the section menu', () => {
    expect([...charts.keys()]).toEqual([...CHART_IDS]);
    expect([...charts.values()].every((chart) => chart.menu.length > 0 && chart.menu.length <= 16)).toBe(true);
  });

  it('gives a stacked chart one column per segment plus a total, one row per quarter, the running one "so far"', () => {
    const table = charts.get('by-category')!.table;
    expect(table.columns.map((column) => column.label)).toEqual(['Capacity', 'Configuration change', 'Total']);
    expect(table.columns.every((column) => column.numeric)).toBe(true);
    expect(table.rows.map((row) => [row.quarter, ...row.cells.map((cell) => cell.value)])).toEqual([
      ['Q1 2025', 2, 1, 3],
      ['Q2 2025', 0, 0, 0],
      ['Q3 2025', 1, 0, 1],
      ['Q4 2025 (so far)', 0, 0, 0],
    ]);
  });

  it('reads the latest complete quarter (Q3 2025) against the ones before, and calls no change on so few', () => {
    const readings = Object.fromEntries([...charts].map(([id, chart]) => [id, chart.reading.replaceAll('n\u00a0=\u00a0', 'n = ')]));
    expect(readings).toEqual({
      // Totals 3, 0 before → usual 1.5; now 1: too few either side.
      'by-category': 'Incidents in Q3 2025: too few to call a change (n = 1).',
      'by-type': 'Incidents in Q3 2025: too few to call a change (n = 1).',
      'by-severity': 'Incidents in Q3 2025: too few to call a change (n = 1).',
      'near-misses': 'No near miss has been reported here. Near misses are the cheapest lessons: none at all may mean they go unwritten.',
      detection: 'Share detected by our own monitoring in Q3 2025: no figure to compare (n = 0).',
      // Only Q1 before has a time to detect: one quarter is no usual level.
      'time-to-detect': 'Median time to detect in Q3 2025, 20\u00a0min: no usual level yet (under 2 quarters before), n = 1.',
      'detect-by-source': 'No write-up here says who told us first.',
      'changes': 'Share started by a change in Q3 2025, 0%: no usual level yet (under 2 quarters before), n = 1.',
      'time-to-resolve': 'Median time to resolve in Q3 2025, 40\u00a0min: no usual level yet (under 2 quarters before), n = 1.',
      actions: 'Actions completed in Q3 2025: too few to call a change (n = 1). 2 actions are open now, 1 overdue.',
      recurring: 'Incidents in recurring chains in Q3 2025: too few to call a change (n = 1).',
      'learning-latency': 'No write-up here has git history, so the time to write it up is not known.',
    });
  });

  it('states a change when the rule calls one: capacity doubling to 6', () => {
    const capacity = { ...all, byCategory: [{ key: 'capacity-planning', counts: [3, 3, 6, 0] }, { key: 'config-change', counts: [1, 1, 1, 0] }] };
    expect(chartsOf(capacity).get('by-category')!.reading.replaceAll('\u00a0', ' ')).toBe(
      'Capacity incidents in Q3 2025 were higher than usual: 6 against a usual 3 over 2 quarters (n = 6).',
    );
  });

  it('gives every chart its sample size', () => {
    const sizes = Object.fromEntries([...charts].map(([id, chart]) => [id, chart.n]));
    expect(sizes).toEqual({
      'by-category': 'n = 4 incidents',
      'by-type': 'n = 4 incidents',
      'by-severity': 'n = 4 incidents',
      'near-misses': 'n = 0 near misses',
      detection: 'n = 4 incidents, 0 of which say who told us first',
      'time-to-detect': 'n = 4 measured, of 4 incidents',
      'detect-by-source': 'n = 0 measured that say who told us first',
      changes: 'n = 4 incidents',
      // c has no resolution.
      'time-to-resolve': 'n = 3 measured, of 4 incidents',
      actions: 'n = 6 actions',
      recurring: 'n = 3 incidents in recurring chains',
      'learning-latency': 'n = 0 write-ups with git history',
    });
    expect(charts.get('by-category')!.note).toMatch(/^Near misses are left out/);
    expect(charts.get('near-misses')!.note).toMatch(/More of them reported means people are looking/);
  });

  it('writes durations in words and keeps the minutes as values', () => {
    const { columns, rows } = charts.get('time-to-detect')!.table;
    expect(columns.map((column) => column.numeric)).toEqual([true, true, true, false]);
    const [q1, q2] = rows;
    expect(q1!.cells).toEqual([
      { text: '3', value: 3 },
      { text: '30 min', value: 30 },
      { text: '1 h 30 min', value: 90 },
      { text: '10\u00a0min, 30\u00a0min, 1\u00a0h\u00a030\u00a0min', value: null },
    ]);
    expect(q2!.cells.map((cell) => cell.text)).toEqual(['0', '—', '—', '—']);
  });

  it('says in the caption when a figure cannot be drawn on the log time axis', () => {
    expect(charts.get('time-to-detect')!.table.caption).not.toMatch(/not on the chart/);
    const early = { ...all, timeToDetect: { median: [-5, null, null, null], p90: [-5, null, null, null], measured: [1, 0, 0, 0], points: [[0, -5]] as [number, number][] } };
    const detect = chartsOf(early).get('time-to-detect')!;
    expect(detect.table.caption).toMatch(/zero or less \(detected before impact\) are in this table but not on the chart\.$/);
    expect(detect.table.rows[0]!.cells[3]!.text).toBe('\u2212' + '5\u00a0min');
  });

  it('gives the actions chart its figures for today', () => {
    expect(charts.get('actions')!.figures).toEqual([
      { label: 'Open now', text: '2', value: 2 },
      { label: 'Overdue now', text: '1', value: 1 },
      { label: 'Median days, incident to done', text: '10 days', value: 10 },
    ]);
    expect(charts.get('actions')!.table.rows[1]!.cells.map((cell) => cell.text)).toEqual(['0', '1', '59 days']);
  });
});

describe('who told us first, time to detect by source, and changes', () => {
  // Q1: monitoring 2, customers 1, others 0, 1 not said; Q3: monitoring 1, customers 1.
  const told: TrendsData = {
    ...all,
    incidents: 6,
    detection: { counts: { 'our-monitoring': [2, 0, 1, 0], customers: [1, 0, 1, 0], others: [0, 0, 0, 0] }, notRecorded: [1, 0, 0, 0] },
    startedByChange: { started: [1, 0, 2, 0], all: [4, 0, 2, 0] },
    timeToDetectBySource: {
      quarters: {
        'our-monitoring': { median: [15, null, 5, null], p90: [20, null, 5, null], measured: [2, 0, 1, 0] },
        customers: { median: [240, null, 90, null], p90: [240, null, 90, null], measured: [1, 0, 1, 0] },
        others: { median: [null, null, null, null], p90: [null, null, null, null], measured: [0, 0, 0, 0] },
      },
      overall: {
        'our-monitoring': { median: 10, p90: 20, n: 3 },
        customers: { median: 165, p90: 240, n: 2 },
        others: { median: null, p90: null, n: 0 },
      },
    },
  };
  const models = chartsOf(told);

  it('tables the groups with their share of those that say, the unsaid and the total', () => {
    const { columns, rows } = models.get('detection')!.table;
    expect(columns.map((column) => column.label)).toEqual(['Our monitoring', 'Customers', 'Colleagues, vendors and reviews', 'Not recorded', 'Total']);
    // Q1: 2 of 3 that say = 67%, 1 of 3 = 33%.
    expect(rows[0]!.cells.map((cell) => cell.text)).toEqual(['2 (67%)', '1 (33%)', '0 (0%)', '1', '4']);
    expect(rows[1]!.cells.map((cell) => cell.text)).toEqual(['0', '0', '0', '0', '0']);
    expect(models.get('detection')!.n).toBe('n = 6 incidents, 5 of which say who told us first');
  });

  it('reads near misses against the usual when there are some, never as bad news', () => {
    const reported = chartsOf({ ...told, nearMisses: 2, nearMissesReported: [1, 0, 1, 0] }).get('near-misses')!;
    expect(reported.reading.replaceAll('\u00a0', ' ')).toBe('Near misses reported in Q3 2025: too few to call a change (n = 1).');
    expect(reported.n).toBe('n = 2 near misses');
  });

  it('reads the share our monitoring found: one quarter before is no usual level', () => {
    expect(models.get('detection')!.reading.replaceAll('\u00a0', ' ')).toBe('Share detected by our own monitoring in Q3 2025, 50%: no usual level yet (under 2 quarters before), n = 2.');
  });

  it('gives time to detect by source as median · p90 (n), per quarter and over every quarter', () => {
    const bySource = models.get('detect-by-source')!;
    // Durations and "n = 2" never break across lines.
    const spaced = (text: string) => text.replaceAll('\u00a0', ' ');
    expect(bySource.figures.map((figure) => ({ ...figure, text: spaced(figure.text) }))).toEqual([
      { label: 'Our monitoring', text: '10 min · p90 20 min (n = 3)', value: 10 },
      { label: 'Customers', text: '2 h 45 min · p90 4 h (n = 2)', value: 165 },
      { label: 'Colleagues, vendors and reviews', text: '— (n = 0)', value: null },
    ]);
    expect(bySource.figures[1]!.text).toBe('2\u00a0h\u00a045\u00a0min · p90 4\u00a0h (n\u00a0=\u00a02)');
    expect(bySource.table.rows[0]!.cells.map((cell) => spaced(cell.text))).toEqual(['15 min · p90 20 min (n = 2)', '4 h · p90 4 h (n = 1)', '— (n = 0)']);
    // Customers told us first in 2 of the 5 that say.
    expect(spaced(bySource.reading)).toBe(
      'Over every quarter, customers told us first in 2 of 5 that say (40%); those took a median 2 h 45 min to detect (n = 2), against 10 min when our monitoring did (n = 3).',
    );
    expect(bySource.n).toBe('n = 5 measured that say who told us first');
  });

  it('tables the changes that set incidents off, with their share', () => {
    const changes = models.get('changes')!;
    expect(changes.table.rows[0]!.cells.map((cell) => cell.text)).toEqual(['1 (25%)', '3', '4']);
    expect(changes.table.rows[2]!.cells.map((cell) => cell.text)).toEqual(['2 (100%)', '0', '2']);
  });
});

describe('learning latency of an imported library', () => {
  const imported = { writeUps: 22, committed: { first: '2026-11-22', last: '2026-11-22' }, incidents: { first: '2024-01-23', last: '2026-07-14' } };

  it('is not drawn: the reading says why', () => {
    const latency = chartsOf(all, { ...page, writeUpImport: imported }).get('learning-latency')!;
    expect(latency.drawn).toBe(false);
    expect(latency.reading).toBe(
      'Not charted: all 22 write-ups were first committed on 22 Nov 2026, while their incidents run from 23 Jan 2024 to 14 Jul 2026. ' +
        'They were added at once, so the days from incident to first commit would measure that import, not how soon we write up.',
    );
    expect(charts.get('learning-latency')!.drawn).toBe(true);
  });

  it('names the days of an import that took several', () => {
    expect(importSentence({ ...imported, committed: { first: '2026-11-22', last: '2026-11-29' } })).toMatch(/^Not charted: all 22 write-ups were first committed between 22 Nov 2026 and 29 Nov 2026, /);
  });
});

describe('the page’s counts', () => {
  it('names incidents and near misses apart', () => {
    expect(incidentsAndNearMisses({ incidents: 19, nearMisses: 3 })).toBe('19 incidents and 3 near misses');
    expect(incidentsAndNearMisses({ incidents: 1, nearMisses: 1 })).toBe('1 incident and 1 near miss');
    expect(incidentsAndNearMisses({ incidents: 4, nearMisses: 0 })).toBe('4 incidents');
    expect(incidentsAndNearMisses({ incidents: 0, nearMisses: 2 })).toBe('2 near misses');
  });

  it('says what the page shows, for everything and for one team', () => {
    expect(trendsSummary(page, all)).toBe('4 incidents, Q1 2025 to Q4 2025 (so far), as of 1 Oct 2025.');
    const apps = page.datasets['team:customer-apps']!;
    expect(trendsSummary(page, apps, 'Customer apps squad')).toBe('Customer apps squad: 2 incidents, Q1 2025 to Q4 2025 (so far), as of 1 Oct 2025.');
    expect(filterStatus(apps, 'Customer apps squad')).toBe('Showing Customer apps squad: 2 incidents.');
    expect(filterStatus(all)).toBe('Showing every team and service: 4 incidents.');
  });
});
