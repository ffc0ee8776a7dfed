/**
 * What each trend chart says in words and in a table: title, sample size, one-sentence reading,
 * headline figures and the data table. The page renders these at build time and the selector
 * re-renders them in the browser from the same function, so a chart, its reading and its table
 * never disagree. Each cell keeps its number beside its text, for the chart and for checking.
 */
import { formatDuration } from '../duration';
import { formatDay, plural } from '../format';
import { DETECTION_GROUP_LABELS, DETECTION_GROUPS, type DetectionGroup } from '../planning/detection';
import type { WriteUpImport } from './learning-latency';
import { countReading, formatDays, medianReading, percent, segmentsReading, shareReading, valuesByQuarter } from './readings';
import type { TrendDatasets } from './datasets';
import type { CountSeries, DurationSeries, TrendsData } from './series';

export const CHART_IDS = [
  'by-category',
  'by-type',
  'by-severity',
  'near-misses',
  'detection',
  'time-to-detect',
  'detect-by-source',
  'changes',
  'time-to-resolve',
  'actions',
  'recurring',
  'learning-latency',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface TableCell {
  text: string;
  /** The number drawn, or null for a blank or a list. */
  value: number | null;
}

export interface TableColumn {
  label: string;
  /** Right-aligned figures; a list column reads left to right. */
  numeric: boolean;
}

export interface ChartTable {
  caption: string;
  /** After the quarter column. */
  columns: TableColumn[];
  /** One row per quarter of the axis, oldest first. */
  rows: { quarter: string; cells: TableCell[] }[];
}

export interface ChartFigure {
  label: string;
  text: string;
  value: number | null;
}

export interface ChartModel {
  id: ChartId;
  title: string;
  /** The chart's name in the page's section menu. */
  menu: string;
  /** The sample the chart rests on: "n = 20 incidents". */
  n: string;
  /** What the chart leaves out, or how to read it; empty when there is nothing to say. */
  note: string;
  reading: string;
  figures: ChartFigure[];
  /** False when the data cannot be trusted: the reading says why, and no chart or table is shown. */
  drawn: boolean;
  table: ChartTable;
}

const count = (value: number): TableCell => ({ text: String(value), value });
const minutes = (value: number | null): TableCell => ({ text: value === null ? '—' : formatDuration(value), value });
const days = (value: number | null): TableCell => ({ text: value === null ? '—' : formatDays(value), value });
const numeric = (...labels: string[]): TableColumn[] => labels.map((label) => ({ label, numeric: true }));
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
/** "3 (60%)": a count with its share of the quarter's whole. */
const countOf = (part: number, whole: number): TableCell => ({ text: whole > 0 ? `${part} (${percent(part / whole)})` : String(part), value: part });

const NEAR_MISSES_APART = 'Near misses are left out: they are counted apart, under Near misses reported.';

/** A table of a stacked count chart: one column per segment, then the quarter's total. */
function countTable(quarters: readonly string[], series: readonly CountSeries[], labelOf: (key: string) => string, caption: string): ChartTable {
  return {
    caption,
    columns: numeric(...series.map((item) => labelOf(item.key)), 'Total'),
    rows: quarters.map((quarter, index) => {
      const cells = series.map((item) => count(item.counts[index]!));
      return { quarter, cells: [...cells, count(cells.reduce((total, cell) => total + cell.value!, 0))] };
    }),
  };
}

/** Durations in a list break only between values, never inside "2 h 05 min". */
const unbroken = (text: string) => text.replaceAll(' ', '\u00a0');
/** A duration or a number of days in a sentence, which wraps around it, never inside it. */
const duration = (value: number) => unbroken(formatDuration(value));
const inDays = (value: number) => unbroken(formatDays(value));

function durationTable(quarters: readonly string[], series: DurationSeries, caption: string): ChartTable {
  const each = valuesByQuarter(quarters.length, series.points);
  // The chart's time axis is logarithmic (minutes to days), where zero and below cannot be drawn.
  const notDrawn = series.points.some(([, value]) => value <= 0)
    ? ' Figures of zero or less (detected before impact) are in this table but not on the chart.'
    : '';
  return {
    caption: caption + notDrawn,
    columns: [...numeric('Incidents measured', 'Median', '90th percentile'), { label: 'Each incident', numeric: false }],
    rows: quarters.map((quarter, index) => ({
      quarter,
      cells: [
        count(series.measured[index]!),
        minutes(series.median[index]!),
        minutes(series.p90[index]!),
        { text: each[index]!.map((value) => unbroken(formatDuration(value))).join(', ') || '—', value: null },
      ],
    })),
  };
}

/** "12 min · p90 45 min (n = 3)", or "— (n = 0)", each "n = 3" kept on one line. */
function summaryText(summary: { median: number | null; p90: number | null; n: number }): string {
  return summary.median === null || summary.p90 === null ? `— (n\u00a0=\u00a00)` : `${duration(summary.median)} · p90 ${duration(summary.p90)} (n\u00a0=\u00a0${summary.n})`;
}

const groupLabel = (group: DetectionGroup) => DETECTION_GROUP_LABELS[group];

/**
 * Over every quarter: how often customers told us first, and how long those took to detect
 * against our own monitoring. A description of the whole span, never a claimed change.
 */
function bySourceReading(data: TrendsData): string {
  const { counts, notRecorded } = data.detection;
  const told = Object.fromEntries(DETECTION_GROUPS.map((group) => [group, sum(counts[group])])) as Record<DetectionGroup, number>;
  const recorded = sum(Object.values(told));
  if (recorded === 0) return sum(notRecorded) > 0 ? 'No write-up here says who told us first.' : 'Nothing here to read yet.';
  const { overall } = data.timeToDetectBySource;
  const median = (group: DetectionGroup) => (overall[group].median === null ? 'no figure' : duration(overall[group].median!));
  const ours = `${median('our-monitoring')} when our monitoring did (n\u00a0=\u00a0${overall['our-monitoring'].n})`;
  if (told.customers === 0) return `Over every quarter, customers never told us first (of ${recorded} that say); median time to detect was ${ours}.`;
  return `Over every quarter, customers told us first in ${told.customers} of ${recorded} that say (${percent(told.customers / recorded)}); those took a median ${median('customers')} to detect (n\u00a0=\u00a0${overall.customers.n}), against ${ours}.`;
}

/** The sentence that stands in for the learning-latency chart of an imported library. */
export function importSentence(imported: WriteUpImport): string {
  const { committed, incidents, writeUps } = imported;
  const when = committed.first === committed.last ? `on ${formatDay(committed.first)}` : `between ${formatDay(committed.first)} and ${formatDay(committed.last)}`;
  return (
    `Not charted: all ${writeUps} write-ups were first committed ${when}, while their incidents run from ${formatDay(incidents.first)} to ${formatDay(incidents.last)}. ` +
    'They were added at once, so the days from incident to first commit would measure that import, not how soon we write up.'
  );
}

/** "20 incidents and 2 near misses", "3 incidents", "1 near miss". */
export function incidentsAndNearMisses(data: Pick<TrendsData, 'incidents' | 'nearMisses'>): string {
  const nearMisses = plural(data.nearMisses, 'near miss', 'near misses');
  if (data.nearMisses === 0) return plural(data.incidents, 'incident');
  return data.incidents === 0 ? nearMisses : `${plural(data.incidents, 'incident')} and ${nearMisses}`;
}

/** Every chart of the trends page for one dataset (all incidents, or one team or service). */
export function trendCharts(page: Pick<TrendDatasets, 'quarters' | 'quarterLabels' | 'readAt' | 'labels' | 'writeUpImport'>, data: TrendsData): ChartModel[] {
  const { quarters, quarterLabels: rows, readAt: at, labels } = page;
  const category = (key: string) => labels.categories[key] ?? key;
  const type = (key: string) => labels.types[key] ?? key;
  const severity = (key: string) => key;
  const { actions, learningLatency, detection, startedByChange, timeToDetectBySource: bySource } = data;
  const all = startedByChange.all;
  const recordedOf = (index: number) => DETECTION_GROUPS.reduce((total, group) => total + detection.counts[group][index]!, 0);
  const incidentsN = `n = ${plural(data.incidents, 'incident')}`;
  const written = incidentsAndNearMisses(data);
  const measuredN = (series: DurationSeries) => `n = ${sum(series.measured)} measured, of ${written}`;
  const recurringN = sum(data.recurring.flatMap((item) => item.counts));
  const latencyMeasured = sum(learningLatency.measured);
  const imported = page.writeUpImport;
  return [
    {
      id: 'by-category',
      title: 'Incidents per quarter, by root cause',
      menu: 'Root causes',
      n: incidentsN,
      note: NEAR_MISSES_APART,
      reading: segmentsReading(quarters, at, data.byCategory, category),
      figures: [],
      drawn: true,
      table: countTable(rows, data.byCategory, category, 'Incidents per quarter by root-cause category: the six most frequent, the rest as other causes. Near misses left out.'),
    },
    {
      id: 'by-type',
      title: 'Incidents per quarter, by type',
      menu: 'Types',
      n: incidentsN,
      note: NEAR_MISSES_APART,
      reading: segmentsReading(quarters, at, data.byType, type),
      figures: [],
      drawn: true,
      table: countTable(rows, data.byType, type, 'Incidents per quarter by incident type. Near misses left out.'),
    },
    {
      id: 'by-severity',
      title: 'Severity mix per quarter',
      menu: 'Severity',
      n: incidentsN,
      note: NEAR_MISSES_APART,
      reading: segmentsReading(quarters, at, data.bySeverity, severity),
      figures: [],
      drawn: true,
      table: countTable(rows, data.bySeverity, severity, 'Incidents per quarter by severity, worst first. Near misses left out.'),
    },
    {
      id: 'near-misses',
      title: 'Near misses reported',
      menu: 'Near misses',
      n: `n = ${plural(data.nearMisses, 'near miss', 'near misses')}`,
      note: 'A near miss reached no customer. More of them reported means people are looking: a rise is not bad news.',
      reading: data.nearMisses === 0
        ? 'No near miss has been reported here. Near misses are the cheapest lessons: none at all may mean they go unwritten.'
        : countReading(quarters, at, data.nearMissesReported, 'Near misses reported', 'neither'),
      figures: [],
      drawn: true,
      table: {
        caption: 'Near misses reported per quarter of their date.',
        columns: numeric('Near misses reported'),
        rows: rows.map((quarter, index) => ({ quarter, cells: [count(data.nearMissesReported[index]!)] })),
      },
    },
    {
      id: 'detection',
      title: 'Who told us first',
      menu: 'Who told us',
      n: `n = ${written}, ${sum(all.map((_, index) => recordedOf(index)))} of which say who told us first`,
      note: '',
      reading: shareReading(quarters, at, all.map((_, index) => ({ part: detection.counts['our-monitoring'][index]!, whole: recordedOf(index) })), 'Share detected by our own monitoring', 'higher'),
      figures: [],
      drawn: true,
      table: {
        caption: 'Incidents and near misses per quarter by who told us first; shares are of those that say.',
        columns: numeric(...DETECTION_GROUPS.map(groupLabel), 'Not recorded', 'Total'),
        rows: rows.map((quarter, index) => ({
          quarter,
          cells: [
            ...DETECTION_GROUPS.map((group) => countOf(detection.counts[group][index]!, recordedOf(index))),
            count(detection.notRecorded[index]!),
            count(all[index]!),
          ],
        })),
      },
    },
    {
      id: 'time-to-detect',
      title: 'Time to detect',
      menu: 'Time to detect',
      n: measuredN(data.timeToDetect),
      note: 'Each ring is one incident; the time axis is logarithmic.',
      reading: sum(data.timeToDetect.measured) === 0
        ? 'No incident here has both an impact and a detection time.'
        : medianReading(quarters, at, valuesByQuarter(quarters.length, data.timeToDetect.points), 'Median time to detect', duration),
      figures: [],
      drawn: true,
      table: durationTable(rows, data.timeToDetect, 'First impact to detection, per quarter of the incident date: median, 90th percentile (nearest rank) and every incident.'),
    },
    {
      id: 'detect-by-source',
      title: 'Time to detect, by who told us first',
      menu: 'Detect by source',
      n: `n = ${sum(DETECTION_GROUPS.map((group) => bySource.overall[group].n))} measured that say who told us first`,
      note: 'Medians per quarter; the time axis is logarithmic.',
      reading: bySourceReading(data),
      figures: DETECTION_GROUPS.map((group) => ({ label: groupLabel(group), text: summaryText(bySource.overall[group]), value: bySource.overall[group].median })),
      drawn: true,
      table: {
        caption: 'First impact to detection per quarter, by who told us first: median · 90th percentile (n).',
        columns: DETECTION_GROUPS.map((group) => ({ label: groupLabel(group), numeric: false })),
        rows: rows.map((quarter, index) => ({
          quarter,
          cells: DETECTION_GROUPS.map((group) => {
            const series = bySource.quarters[group];
            return { text: summaryText({ median: series.median[index]!, p90: series.p90[index]!, n: series.measured[index]! }), value: series.median[index]! };
          }),
        })),
      },
    },
    {
      id: 'changes',
      title: 'Started by a change',
      menu: 'Changes',
      n: `n = ${written}`,
      note: 'Started by a change: the write-up links the pull request, deploy or configuration change that set it off.',
      reading: shareReading(quarters, at, all.map((whole, index) => ({ part: startedByChange.started[index]!, whole })), 'Share started by a change', 'neither'),
      figures: [],
      drawn: true,
      table: {
        caption: 'Incidents and near misses per quarter that started with a change, and those whose write-up links none.',
        columns: numeric('Started by a change', 'No change linked', 'Total'),
        rows: rows.map((quarter, index) => ({
          quarter,
          cells: [countOf(startedByChange.started[index]!, all[index]!), count(all[index]! - startedByChange.started[index]!), count(all[index]!)],
        })),
      },
    },
    {
      id: 'time-to-resolve',
      title: 'Time to resolve',
      menu: 'Time to resolve',
      n: measuredN(data.timeToResolve),
      note: 'Each ring is one incident; the time axis is logarithmic.',
      reading: sum(data.timeToResolve.measured) === 0
        ? 'No incident here has both a detection and a resolution time.'
        : medianReading(quarters, at, valuesByQuarter(quarters.length, data.timeToResolve.points), 'Median time to resolve', duration),
      figures: [],
      drawn: true,
      table: durationTable(rows, data.timeToResolve, 'Detection to last resolution, per quarter of the incident date: median, 90th percentile (nearest rank) and every incident.'),
    },
    {
      id: 'actions',
      title: 'Actions created and completed',
      menu: 'Actions',
      n: `n = ${plural(sum(actions.created), 'action')}`,
      note: 'Created counts by the incident’s date, completed by the day each was done.',
      reading: `${countReading(quarters, at, actions.completed, 'Actions completed', 'higher')} ${plural(actions.openNow, 'action')} ${actions.openNow === 1 ? 'is' : 'are'} open now, ${actions.overdueNow === 0 ? 'none' : actions.overdueNow} overdue.`,
      figures: [
        { label: 'Open now', text: String(actions.openNow), value: actions.openNow },
        { label: 'Overdue now', text: String(actions.overdueNow), value: actions.overdueNow },
        { label: 'Median days, incident to done', text: days(actions.medianDaysToCompleteOverall).text, value: actions.medianDaysToCompleteOverall },
      ],
      drawn: true,
      table: {
        caption: 'Actions created (by incident date) and completed (by completion date) per quarter, and the median days from incident to completion of those completed.',
        columns: numeric('Created', 'Completed', 'Median days to complete'),
        rows: rows.map((quarter, index) => ({
          quarter,
          cells: [count(actions.created[index]!), count(actions.completed[index]!), days(actions.medianDaysToComplete[index]!)],
        })),
      },
    },
    {
      id: 'recurring',
      title: 'Recurring root causes',
      menu: 'Recurring',
      n: `n = ${plural(recurringN, 'incident')} in recurring chains`,
      note: NEAR_MISSES_APART,
      reading: recurringN === 0 ? 'No incident here belongs to a recurring chain.' : segmentsReading(quarters, at, data.recurring, category, 'incidents in recurring chains'),
      figures: [],
      drawn: true,
      table: countTable(rows, data.recurring, category, 'Incidents that belong to a recurring chain, per quarter and root-cause category. Near misses left out.'),
    },
    {
      id: 'learning-latency',
      title: 'Days from incident to write-up',
      menu: 'Write-ups',
      n: `n = ${plural(latencyMeasured, 'write-up')} with git history`,
      note: learningLatency.withoutHistory > 0 ? `${plural(learningLatency.withoutHistory, 'write-up')} without git history left out.` : '',
      reading: imported
        ? importSentence(imported)
        : latencyMeasured === 0
          ? 'No write-up here has git history, so the time to write it up is not known.'
          : medianReading(quarters, at, valuesByQuarter(quarters.length, learningLatency.points), 'Median days from incident to write-up', inDays),
      figures: [],
      drawn: imported === undefined,
      table: {
        caption: 'Days from the incident date to the first commit of its write-up, median per quarter of the incident date.',
        columns: numeric('Write-ups measured', 'Median days'),
        rows: rows.map((quarter, index) => ({
          quarter,
          cells: [count(learningLatency.measured[index]!), days(learningLatency.medianDays[index]!)],
        })),
      },
    },
  ];
}

/**
 * The page's count sentence for one dataset, which the selector rewrites with the charts:
 * "20 incidents and 2 near misses, Q1 2024 to Q4 2026 (so far), as of 22 Nov 2026."
 */
export function trendsSummary(page: Pick<TrendDatasets, 'quarterLabels' | 'asOf'>, data: TrendsData, filterLabel?: string): string {
  const span = page.quarterLabels.length > 1 ? `${page.quarterLabels[0]} to ${page.quarterLabels.at(-1)}` : (page.quarterLabels[0] ?? '');
  return `${filterLabel ? `${filterLabel}: ` : ''}${incidentsAndNearMisses(data)}, ${span}, as of ${page.asOf}.`;
}

/** What the selector's status line announces once a dataset is shown. */
export function filterStatus(data: TrendsData, filterLabel?: string): string {
  return `Showing ${filterLabel ?? 'every team and service'}: ${incidentsAndNearMisses(data)}.`;
}
