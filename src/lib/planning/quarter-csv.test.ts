import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { quarterReports } from '../quarter-report';
import { recurringChains } from '../recurrence/chains';
import { SAMPLE_PEOPLE, TREND_SAMPLE_TODAY, trendSample } from '../test-fixtures';
import { QUARTER_CSV_COLUMNS, quarterFiguresCsv } from './quarter-csv';

describe('quarterFiguresCsv', () => {
  it('writes every quarter oldest first, each figure with its n, so it can be recomputed from the incident log', () => {
    const incidents = trendSample();
    const reports = quarterReports(incidents, { today: TREND_SAMPLE_TODAY, severeLevels: ['SEV1', 'SEV2'], threshold: 2, chains: recurringChains(incidents), people: SAMPLE_PEOPLE });
    const [header, ...rows] = parseCsv(quarterFiguresCsv(reports));
    expect(header).toEqual([...QUARTER_CSV_COLUMNS]);
    const q1 = Object.fromEntries(header!.map((column, index) => [column, rows[0]![index]]));
    expect(rows.map((row) => row[0])).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(q1).toMatchObject({
      first_day: '2025-01-01',
      last_day: '2025-03-31',
      as_of: '2025-03-31',
      so_far: 'false',
      incidents: '3',
      near_misses: '0',
      severe_incidents: '2',
      time_to_detect_median_min: '30',
      time_to_detect_p90_min: '90',
      time_to_detect_n: '3',
      time_to_resolve_median_min: '90',
      time_to_resolve_n: '2',
      actions_done: '1',
      own_actions_overdue: '1',
      detection_not_recorded: '3',
      started_by_change: '0',
      own_actions_open_overdue_over_90: '1',
      hot_causes: 'capacity-planning',
      recurring_causes: '',
    });
    expect(rows[3]![4]).toBe('true');
  });
});
