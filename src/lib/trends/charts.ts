/**
 * What each trend chart says in words and in a table: title, one-sentence reading, headline
 * figures and the data table. The page renders these at build time and the selector re-renders
 * them in the browser from the same function, so a chart, its reading and its table never
 * disagree. Each cell keeps its number beside its text, for the chart and for checking.
 */
import { formatDuration } from '../duration';
import { quarterLabel } from '../quarters';
import { actionsReading, countChangeReading, formatDays, medianChangeReading } from './readings';
import type { TrendDatasets } from './datasets';
import type { CountSeries, DurationSeries, TrendsData } from './series';

export const CHART_IDS = [
  'by-category',
  'by-type',
  'by-severity',
  'time-to-detect',
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
  reading: string;
  figures: ChartFigure[];
  table: ChartTable;
}

const count = (value: number): TableCell => ({ text: String(value), value });
const minutes = (value: number | null): TableCell => ({ text: value === null ? '—' : formatDuration(value), value });
const days = (value: number | null): TableCell => ({ text: value === null ? '—' : formatDays(value), value });
const numeric = (...labels: string[]): TableColumn[] => labels.map((label) => ({ label, numeric: true }));

/** A table of a stacked count chart: one column per segment, then the quarter's total. */
function countTable(quarters: readonly string[], series: readonly CountSeries[], labelOf: (key: string) => string, caption: string): ChartTable {
  return {
    caption,
    columns: numeric(...series.map((item) => labelOf(item.key)), 'Total'),
    rows: quarters.map((quarter, index) => {
      const cells = series.map((item) => count(item.counts[index]!));
      return { quarter: quarterLabel(quarter), cells: [...cells, count(cells.reduce((total, cell) => total + cell.value!, 0))] };
    }),
  };
}

/** Durations in a list break only between values, never inside "2 h 05 min". */
const unbroken = (text: string) => text.replaceAll(' ', '\u00a0');

function durationTable(quarters: readonly string[], series: DurationSeries, caption: string): ChartTable {
  const each: number[][] = quarters.map(() => []);
  for (const [index, value] of series.points) each[index]!.push(value);
  // The chart's time axis is logarithmic (minutes to days), where zero and below cannot be drawn.
  const notDrawn = series.points.some(([, value]) => value <= 0)
    ? ' Figures of zero or less (detected before impact) are in this table but not on the chart.'
    : '';
  return {
    caption: caption + notDrawn,
    columns: [...numeric('Incidents measured', 'Median', '90th percentile'), { label: 'Each incident', numeric: false }],
    rows: quarters.map((quarter, index) => ({
      quarter: quarterLabel(quarter),
      cells: [
        count(series.measured[index]!),
        minutes(series.median[index]!),
        minutes(series.p90[index]!),
        { text: each[index]!.map((value) => unbroken(formatDuration(value))).join(', ') || '—', value: null },
      ],
    })),
  };
}

/** Every chart of the trends page for one dataset (all incidents, or one team or service). */
export function trendCharts(page: Pick<TrendDatasets, 'quarters' | 'labels'>, data: TrendsData): ChartModel[] {
  const { quarters, labels } = page;
  const category = (key: string) => labels.categories[key] ?? key;
  const type = (key: string) => labels.types[key] ?? key;
  const severity = (key: string) => key;
  const { actions, learningLatency } = data;
  return [
    {
      id: 'by-category',
      title: 'Incidents per quarter, by root cause',
      reading: countChangeReading(quarters, data.byCategory, category),
      figures: [],
      table: countTable(quarters, data.byCategory, category, 'Incidents per quarter by root-cause category: the six most frequent, the rest as other causes.'),
    },
    {
      id: 'by-type',
      title: 'Incidents per quarter, by type',
      reading: countChangeReading(quarters, data.byType, type),
      figures: [],
      table: countTable(quarters, data.byType, type, 'Incidents per quarter by incident type.'),
    },
    {
      id: 'by-severity',
      title: 'Severity mix per quarter',
      reading: countChangeReading(quarters, data.bySeverity, severity),
      figures: [],
      table: countTable(quarters, data.bySeverity, severity, 'Incidents per quarter by severity, worst first.'),
    },
    {
      id: 'time-to-detect',
      title: 'Time to detect',
      reading: medianChangeReading(quarters, data.timeToDetect.median, 'Median time to detect', formatDuration, 'No incident here has both an impact and a detection time.'),
      figures: [],
      table: durationTable(quarters, data.timeToDetect, 'First impact to detection, per quarter of the incident date: median, 90th percentile (nearest rank) and every incident.'),
    },
    {
      id: 'time-to-resolve',
      title: 'Time to resolve',
      reading: medianChangeReading(quarters, data.timeToResolve.median, 'Median time to resolve', formatDuration, 'No incident here has both a detection and a resolution time.'),
      figures: [],
      table: durationTable(quarters, data.timeToResolve, 'Detection to last resolution, per quarter of the incident date: median, 90th percentile (nearest rank) and every incident.'),
    },
    {
      id: 'actions',
      title: 'Actions created and completed',
      reading: actionsReading(quarters, actions),
      figures: [
        { label: 'Open now', text: String(actions.openNow), value: actions.openNow },
        { label: 'Overdue now', text: String(actions.overdueNow), value: actions.overdueNow },
        { label: 'Median days, incident to done', text: days(actions.medianDaysToCompleteOverall).text, value: actions.medianDaysToCompleteOverall },
      ],
      table: {
        caption: 'Actions created (by incident date) and completed (by completion date) per quarter, and the median days from incident to completion of those completed.',
        columns: numeric('Created', 'Completed', 'Median days to complete'),
        rows: quarters.map((quarter, index) => ({
          quarter: quarterLabel(quarter),
          cells: [count(actions.created[index]!), count(actions.completed[index]!), days(actions.medianDaysToComplete[index]!)],
        })),
      },
    },
    {
      id: 'recurring',
      title: 'Recurring root causes',
      reading: countChangeReading(quarters, data.recurring, category, 'incidents in recurring chains'),
      figures: [],
      table: countTable(quarters, data.recurring, category, 'Incidents that belong to a recurring chain, per quarter and root-cause category.'),
    },
    {
      id: 'learning-latency',
      title: 'Days from incident to write-up',
      reading: medianChangeReading(
        quarters,
        learningLatency.medianDays,
        'Median days from incident to write-up',
        formatDays,
        'No write-up here has git history, so the time to write it up is not known.',
      ),
      figures: [{ label: 'Write-ups without git history (left out)', text: String(learningLatency.withoutHistory), value: learningLatency.withoutHistory }],
      table: {
        caption: 'Days from the incident date to the first commit of its write-up, median per quarter of the incident date.',
        columns: numeric('Write-ups measured', 'Median days'),
        rows: quarters.map((quarter, index) => ({
          quarter: quarterLabel(quarter),
          cells: [count(learningLatency.measured[index]!), days(learningLatency.medianDays[index]!)],
        })),
      },
    },
  ];
}
