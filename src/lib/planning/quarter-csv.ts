/**
 * Every quarter's figures as one CSV file (`quarters.csv`), for a lead to take away: each
 * figure with the sample it rests on, so each can be recomputed from `incident-log.csv`.
 */
import { toCsv, type CsvCell } from '../csv';
import type { QuarterReport } from '../quarter-report';
import { BACKLOG_AGES } from './backlog';

export const QUARTER_CSV_COLUMNS = [
  'quarter',
  'first_day',
  'last_day',
  'as_of',
  'so_far',
  'incidents',
  'near_misses',
  'severe_incidents',
  'time_to_detect_median_min',
  'time_to_detect_p90_min',
  'time_to_detect_n',
  'time_to_resolve_median_min',
  'time_to_resolve_p90_min',
  'time_to_resolve_n',
  'actions_done',
  'own_actions_overdue',
  'detected_by_our_monitoring',
  'detected_by_customers',
  'detected_by_others',
  'detection_not_recorded',
  'started_by_change',
  ...BACKLOG_AGES.map((age) => `own_actions_open_${age.replace(/-/g, '_')}`),
  'hot_causes',
  'recurring_causes',
] as const;

/** Oldest quarter first, as a spreadsheet reads a series; causes as category ids joined with `;`. */
export function quarterFiguresCsv(reports: readonly QuarterReport[]): string {
  const rows = [...reports].reverse().map((report): CsvCell[] => {
    const { headline, detection } = report;
    const open = (age: (typeof BACKLOG_AGES)[number]) => report.backlog.reduce((sum, team) => sum + team.ages[age], 0);
    return [
      report.quarter,
      report.days.first,
      report.days.last,
      report.asOf,
      report.running,
      headline.incidents.now,
      headline.nearMisses.now,
      headline.severeIncidents.now,
      headline.timeToDetect.now.median,
      headline.timeToDetect.now.p90,
      headline.timeToDetect.now.n,
      headline.timeToResolve.now.median,
      headline.timeToResolve.now.p90,
      headline.timeToResolve.now.n,
      headline.actionsDone.now,
      headline.actionsOverdue.now,
      detection.shares.counts['our-monitoring'],
      detection.shares.counts.customers,
      detection.shares.counts.others,
      detection.shares.notRecorded,
      report.startedByChange.part,
      ...BACKLOG_AGES.map(open),
      report.hotCategories.map((hot) => hot.category).join(';'),
      [...new Set(report.chainsGrown.map((grown) => grown.chain.category))].join(';'),
    ];
  });
  return toCsv(QUARTER_CSV_COLUMNS, rows);
}
