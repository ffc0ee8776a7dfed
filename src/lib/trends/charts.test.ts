import { describe, expect, it } from 'vitest';
import { recurringChains } from '../recurrence/chains';
import { SAMPLE_CAUSES, SAMPLE_SERVICES, SAMPLE_TEAMS, trendSample } from '../test-fixtures';
import { CHART_IDS, trendCharts } from './charts';
import { ALL_INCIDENTS } from './filters';
import { trendDatasets } from './datasets';

const incidents = trendSample();
const page = trendDatasets({
  incidents,
  chains: recurringChains(incidents),
  severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  history: new Map(),
  services: SAMPLE_SERVICES,
  teams: SAMPLE_TEAMS,
  causes: SAMPLE_CAUSES,
});
const charts = new Map(trendCharts(page, page.datasets[ALL_INCIDENTS]!).map((chart) => [chart.id, chart]));

describe('trendCharts', () => {
  it('has every chart, in order', () => {
    expect([...charts.keys()]).toEqual([...CHART_IDS]);
  });

  it('gives a stacked chart one column per segment plus a total, one row per quarter', () => {
    const table = charts.get('by-category')!.table;
    expect(table.columns.map((column) => column.label)).toEqual(['Capacity', 'Configuration change', 'Total']);
    expect(table.columns.every((column) => column.numeric)).toBe(true);
    expect(table.rows.map((row) => [row.quarter, ...row.cells.map((cell) => cell.value)])).toEqual([
      ['Q1 2025', 2, 1, 3],
      ['Q2 2025', 0, 0, 0],
      ['Q3 2025', 1, 0, 1],
    ]);
  });

  it('reads each series in one sentence', () => {
    expect(charts.get('by-category')!.reading).toBe('Capacity incidents rose from 0 in Q2 2025 to 1 in Q3 2025.');
    expect(charts.get('by-type')!.reading).toBe('Process incidents rose from 0 in Q2 2025 to 1 in Q3 2025.');
    expect(charts.get('by-severity')!.reading).toBe('SEV3 incidents rose from 0 in Q2 2025 to 1 in Q3 2025.');
    expect(charts.get('time-to-detect')!.reading).toBe('Median time to detect fell from 30 min in Q1 2025 to 20 min in Q3 2025.');
    expect(charts.get('time-to-resolve')!.reading).toBe('Median time to resolve fell from 1 h 30 min in Q1 2025 to 40 min in Q3 2025.');
    expect(charts.get('actions')!.reading).toBe('2 actions are open now, 1 overdue; in Q3 2025, 2 were created and 1 completed.');
    expect(charts.get('recurring')!.reading).toBe('Capacity incidents in recurring chains rose from 0 in Q2 2025 to 1 in Q3 2025.');
    expect(charts.get('learning-latency')!.reading).toBe('No write-up here has git history, so the time to write it up is not known.');
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
    const early = { ...page.datasets[ALL_INCIDENTS]!, timeToDetect: { median: [-5, null, null], p90: [-5, null, null], measured: [1, 0, 0], points: [[0, -5]] as [number, number][] } };
    const [, , , detect] = trendCharts(page, early);
    expect(detect!.table.caption).toMatch(/zero or less \(detected before impact\) are in this table but not on the chart\.$/);
    expect(detect!.table.rows[0]!.cells[3]!.text).toBe('\u2212' + '5\u00a0min');
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
