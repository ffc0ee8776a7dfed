/**
 * The series behind the trend charts, one quarter axis for all of them. Each series is filled in
 * one pass over the incidents; medians and percentiles are then taken per quarter. Every figure
 * is a count, a median or a 90th percentile: never a mean. Counts of incidents leave near misses
 * out: those are counted apart, since more of them reported is good news.
 */
import { daysBetween } from '../days';
import type { Incident } from '../incident-log';
import { DETECTION_GROUPS, detectionShares, timeToDetectByGroup, type DetectionGroup, type DurationSummary } from '../planning/detection';
import type { LearningLatencySeries } from './learning-latency';
import { median, percentile } from '../percentiles';
import { quarterAxis, quarterSpan, type QuarterAxis } from '../quarters';
import { startedByChange } from '../planning/changes';

/** The stack segment for categories outside the top six (not a valid category id, so no clash). */
export const OTHER_CATEGORIES = '_other';
export const TOP_CATEGORIES = 6;
/** The upper percentile the duration charts show beside the median. */
export const UPPER_PERCENTILE = 90;

export interface CountSeries {
  key: string;
  /** One count per quarter of the axis. */
  counts: number[];
}

export interface DurationSeries {
  /** Per quarter, in minutes; null where no incident of the quarter has the figure. */
  median: (number | null)[];
  p90: (number | null)[];
  /** Incidents with the figure, per quarter. */
  measured: number[];
  /** Every incident's figure as [quarter index, minutes], so each one can be drawn as a point. */
  points: [number, number][];
}

export interface ActionSeries {
  /** Actions written down per quarter of their incident's date (dropped ones included). */
  created: number[];
  /** Actions done per quarter of their `completed` date. */
  completed: number[];
  /** Median days from incident date to completion, of the actions completed in each quarter. */
  medianDaysToComplete: (number | null)[];
  /** As of today: open and in-progress. */
  openNow: number;
  /** As of today: open past their due date. */
  overdueNow: number;
  /** Median days from incident date to completion over every done action. */
  medianDaysToCompleteOverall: number | null;
}

/** Who told us first, per quarter: incidents and near misses per detection group, and those that do not say. */
export interface DetectionSeries {
  counts: Record<DetectionGroup, number[]>;
  notRecorded: number[];
}

/** Median and 90th percentile per quarter with the incidents they rest on. */
export interface SummarySeries {
  median: (number | null)[];
  p90: (number | null)[];
  measured: number[];
}

export interface TrendsData {
  /** Incidents, near misses left out. */
  incidents: number;
  nearMisses: number;
  /** The three count series of incidents, near misses left out. */
  byCategory: CountSeries[];
  byType: CountSeries[];
  bySeverity: CountSeries[];
  /** Near misses reported per quarter. */
  nearMissesReported: number[];
  /** Of incidents and near misses, as on the quarter pages. */
  detection: DetectionSeries;
  /** Incidents and near misses per quarter, and those whose write-up links a change that set it off. */
  startedByChange: { started: number[]; all: number[] };
  timeToDetect: DurationSeries;
  /** Time to detect per detection group, per quarter and over the whole span. */
  timeToDetectBySource: { quarters: Record<DetectionGroup, SummarySeries>; overall: Record<DetectionGroup, DurationSummary> };
  timeToResolve: DurationSeries;
  actions: ActionSeries;
  /** Incidents (not near misses) that belong to a recurring chain, per category. */
  recurring: CountSeries[];
  learningLatency: LearningLatencySeries;
}

/**
 * The quarter axis of a library: every quarter from the first incident's to today's (quiet ones
 * and the running one included, as on the quarter pages), stretched to cover any action
 * completed outside them, so no completion falls off the chart. Empty for no incidents.
 */
export function trendsAxis(incidents: readonly Incident[], today: string): QuarterAxis {
  if (incidents.length === 0) return quarterAxis([]);
  function* days() {
    yield today;
    for (const incident of incidents) {
      yield incident.data.date;
      for (const action of incident.data.actions) if (action.status === 'done' && action.completed) yield action.completed;
    }
  }
  return quarterAxis(quarterSpan(days()));
}

/** The incidents of each quarter of the axis, in the order given. */
export function incidentsByQuarter(incidents: readonly Incident[], axis: QuarterAxis): Incident[][] {
  const byQuarter: Incident[][] = axis.quarters.map(() => []);
  for (const incident of incidents) byQuarter[axis.indexOf(incident.data.date)]?.push(incident);
  return byQuarter;
}

/** Who told us first, per quarter, in the groups of planning/detection.ts. */
export function detectionSeries(byQuarter: readonly (readonly Incident[])[]): DetectionSeries {
  const shares = byQuarter.map((incidents) => detectionShares(incidents));
  return {
    counts: Object.fromEntries(DETECTION_GROUPS.map((group) => [group, shares.map((share) => share.counts[group])])) as Record<DetectionGroup, number[]>,
    notRecorded: shares.map((share) => share.notRecorded),
  };
}

/** Time to detect per detection group, per quarter (planning/detection.ts) and over every quarter. */
export function timeToDetectBySource(incidents: readonly Incident[], byQuarter: readonly (readonly Incident[])[]): TrendsData['timeToDetectBySource'] {
  const perQuarter = byQuarter.map((list) => timeToDetectByGroup(list));
  const series = (group: DetectionGroup): SummarySeries => ({
    median: perQuarter.map((summaries) => summaries[group].median),
    p90: perQuarter.map((summaries) => summaries[group].p90),
    measured: perQuarter.map((summaries) => summaries[group].n),
  });
  return {
    quarters: Object.fromEntries(DETECTION_GROUPS.map((group) => [group, series(group)])) as Record<DetectionGroup, SummarySeries>,
    overall: timeToDetectByGroup(incidents),
  };
}

/** Incidents and near misses per quarter, and those that started with a change (their write-up links one). */
export function changeSeries(byQuarter: readonly (readonly Incident[])[]): TrendsData['startedByChange'] {
  return {
    started: byQuarter.map((list) => list.filter(startedByChange).length),
    all: byQuarter.map((list) => list.length),
  };
}

/** Near misses reported per quarter. */
export function nearMissSeries(byQuarter: readonly (readonly Incident[])[]): number[] {
  return byQuarter.map((list) => list.filter((incident) => incident.data.nearMiss).length);
}

/** Incidents per quarter split by `keyOf`, one series per key in the order given. */
export function countsByQuarter(
  incidents: readonly Incident[],
  axis: QuarterAxis,
  keys: readonly string[],
  keyOf: (incident: Incident) => string | undefined,
): CountSeries[] {
  const series = keys.map((key) => ({ key, counts: axis.quarters.map(() => 0) }));
  const byKey = new Map(series.map((item) => [item.key, item]));
  for (const incident of incidents) {
    const key = keyOf(incident);
    const index = axis.indexOf(incident.data.date);
    const item = key === undefined ? undefined : byKey.get(key);
    if (item && index >= 0) item.counts[index]! += 1;
  }
  return series;
}

/** The `count` categories with the most incidents, most first, ties by id. */
export function topCategories(incidents: readonly Incident[], count = TOP_CATEGORIES): string[] {
  const totals = new Map<string, number>();
  for (const incident of incidents) {
    const category = incident.data.rootCause.category;
    totals.set(category, (totals.get(category) ?? 0) + 1);
  }
  return [...totals]
    .sort(([a, na], [b, nb]) => nb - na || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, count)
    .map(([category]) => category);
}

/** The category series' keys: the top categories, then "other" when anything falls outside them. */
export function categoryKeys(incidents: readonly Incident[]): string[] {
  const top = topCategories(incidents);
  const distinct = new Set(incidents.map((incident) => incident.data.rootCause.category));
  return distinct.size > top.length ? [...top, OTHER_CATEGORIES] : top;
}

/** Incidents per quarter by root-cause category, outside the given keys counted as "other". */
export function categorySeries(incidents: readonly Incident[], axis: QuarterAxis, keys: readonly string[]): CountSeries[] {
  const named = new Set(keys);
  return countsByQuarter(incidents, axis, keys, (incident) => {
    const category = incident.data.rootCause.category;
    return named.has(category) ? category : OTHER_CATEGORIES;
  });
}

/** Median, 90th percentile and every value of a timeline figure, per quarter. */
export function durationSeries(
  incidents: readonly Incident[],
  axis: QuarterAxis,
  figureOf: (incident: Incident) => number | null,
): DurationSeries {
  const values: number[][] = axis.quarters.map(() => []);
  const points: [number, number][] = [];
  for (const incident of incidents) {
    const minutes = figureOf(incident);
    const index = axis.indexOf(incident.data.date);
    if (minutes === null || index < 0) continue;
    values[index]!.push(minutes);
    points.push([index, minutes]);
  }
  // Oldest quarter first, then by value, so the points read in the same order as the table.
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    median: values.map(median),
    p90: values.map((quarter) => percentile(quarter, UPPER_PERCENTILE)),
    measured: values.map((quarter) => quarter.length),
    points,
  };
}

/** Actions created and completed per quarter, with what is open and overdue today. */
export function actionSeries(incidents: readonly Incident[], axis: QuarterAxis): ActionSeries {
  const created = axis.quarters.map(() => 0);
  const completedDays: number[][] = axis.quarters.map(() => []);
  const allDays: number[] = [];
  let openNow = 0;
  let overdueNow = 0;
  for (const incident of incidents) {
    const index = axis.indexOf(incident.data.date);
    if (index >= 0) created[index]! += incident.data.actions.length;
    // The log's counts are as of the build's today, the same as every other page shows.
    openNow += incident.actionCounts.open;
    overdueNow += incident.actionCounts.overdue;
    for (const action of incident.data.actions) {
      if (action.status !== 'done' || !action.completed) continue;
      const days = daysBetween(incident.data.date, action.completed);
      allDays.push(days);
      const completedIndex = axis.indexOf(action.completed);
      if (completedIndex >= 0) completedDays[completedIndex]!.push(days);
    }
  }
  return {
    created,
    completed: completedDays.map((days) => days.length),
    medianDaysToComplete: completedDays.map(median),
    openNow,
    overdueNow,
    medianDaysToCompleteOverall: median(allDays),
  };
}
