/**
 * The quarter reports for quarterly planning: every quarter from the first incident's to the
 * current one, quiet quarters included. Each counts only its own incidents and their actions,
 * and compares each figure with the quarter before and with the usual level of the four before
 * it (see planning/comparison.ts). The current quarter is "so far": its counts are compared with
 * the same number of days into each earlier quarter. Every quarter is computed in one go.
 */
import { groupByOwner, type OwnerActions } from './action-board';
import { isOverdue, wasOverdueAt } from './actions';
import { addDays, daysBetween, quarterOf } from './days';
import type { Incident } from './incident-log';
import { actionBacklog, actionsOf, overdueReviews, type OverdueReview, type TeamBacklog } from './planning/backlog';
import { compareCount, compareDurations, compareShare, trailingWindow, type Comparison } from './planning/comparison';
import { detectionShares, summariseDurations, timeToDetectByGroup, type DetectionGroup, type DetectionShares, type DurationSummary } from './planning/detection';
import { previousQuarter, quarterDays, quarterRange } from './quarters';
import type { RecurringChain } from './recurrence/chains';
import { hotCategories } from './recurrence/rule';
import { startedByChange } from './planning/changes';

export interface CountFigure {
  now: number;
  /** The quarter before (at the same point, for the current quarter). */
  before: number;
  /** Against the usual level of the four quarters before. */
  comparison: Comparison;
}

export interface DurationFigure {
  now: DurationSummary;
  /** The quarter before's median, or null when it had no incident with the figure. */
  before: number | null;
  /** Against the four quarters before, pooled; undefined when this quarter has no figure. */
  comparison: Comparison | undefined;
}

export interface ShareFigure {
  part: number;
  whole: number;
  before: { part: number; whole: number };
  comparison: Comparison | undefined;
}

export interface QuarterHeadline {
  /** Incidents that reached customers or systems: near misses are counted apart. */
  incidents: CountFigure;
  /** Near misses reported: more is a learning culture at work, never a bad trend. */
  nearMisses: CountFigure;
  /** Incidents (not near misses) of the two worst levels of the configured scale. */
  severeIncidents: CountFigure;
  timeToDetect: DurationFigure;
  timeToResolve: DurationFigure;
  /** Actions completed in the quarter, whichever incident they came from. */
  actionsDone: CountFigure;
  /** The quarter's own incidents' actions overdue at its end (today, for the current quarter). */
  actionsOverdue: CountFigure;
}

export interface GrownChain {
  chain: RecurringChain;
  /** The chain's incidents dated in this quarter, oldest first. */
  added: Incident[];
}

export interface QuarterReport {
  quarter: string;
  previous: string;
  days: { first: string; last: string };
  /** The day the quarter is measured on: its last day, or today for the current quarter. */
  asOf: string;
  /** The quarter is still running: its figures are so far, as of today. */
  running: boolean;
  /** For the current quarter: counts are compared with this many days into earlier quarters. */
  comparedAtDay: number | undefined;
  headline: QuarterHeadline;
  /** Who told us first, of the quarter's incidents and near misses. */
  detection: {
    shares: DetectionShares;
    /** The share our own monitoring found, against the quarters before. */
    ownMonitoring: ShareFigure;
    timeToDetect: Record<DetectionGroup, DurationSummary>;
  };
  /** Incidents and near misses that started with a change (their write-up lists one). */
  startedByChange: ShareFigure;
  /** Categories with at least `threshold` incidents in the quarter, most first. */
  hotCategories: { category: string; incidents: number }[];
  chainsGrown: GrownChain[];
  /** Incidents and near misses, newest first. */
  incidents: Incident[];
  /** The quarter's near misses, newest first. */
  nearMisses: Incident[];
  /** The quarter's own actions overdue on `asOf`, by owner; status and overdue flag as of today. */
  overdueByOwner: OwnerActions[];
  /** The quarter's own actions still open today, by owner's team and how long overdue. */
  backlog: TeamBacklog[];
  /** Follow-up reviews of the quarter's incidents past their date with actions open today. */
  overdueReviews: OverdueReview[];
}

export interface QuarterReportOptions {
  today: string;
  /** Severity ids counted as severe: the two worst of the scale. */
  severeLevels: readonly string[];
  /** The recurrence threshold, which also makes a category hot in a quarter. */
  threshold: number;
  chains: readonly RecurringChain[];
  people: ReadonlyMap<string, { name: string; team?: string }>;
}

/** What is counted per quarter, each as the days it happened on, so a count can stop at any day. */
interface QuarterDays {
  incidents: string[];
  nearMisses: string[];
  severe: string[];
  actionsDone: string[];
}

/** Every quarter from the first incident's to the current one, newest first; empty for no incidents. */
export function quarterReports(incidents: readonly Incident[], options: QuarterReportOptions): QuarterReport[] {
  if (incidents.length === 0) return [];
  const { today } = options;
  // Incidents are newest first.
  const firstQuarter = quarterOf(incidents.at(-1)!.data.date);
  const lastQuarter = [quarterOf(today), quarterOf(incidents[0]!.data.date)].sort().at(-1)!;
  const quarters = quarterRange(firstQuarter, lastQuarter);
  const position = new Map(quarters.map((quarter, index) => [quarter, index]));
  const indexOf = (day: string) => position.get(quarterOf(day)) ?? -1;

  const byQuarter: Incident[][] = quarters.map(() => []);
  const days: QuarterDays[] = quarters.map(() => ({ incidents: [], nearMisses: [], severe: [], actionsDone: [] }));
  const severeLevels = new Set(options.severeLevels);
  for (const incident of incidents) {
    const { date } = incident.data;
    const index = indexOf(date);
    byQuarter[index]!.push(incident);
    if (incident.data.nearMiss) days[index]!.nearMisses.push(date);
    else {
      days[index]!.incidents.push(date);
      if (severeLevels.has(incident.data.severity)) days[index]!.severe.push(date);
    }
    for (const action of incident.data.actions) {
      if (action.status !== 'done' || !action.completed) continue;
      const completedIndex = indexOf(action.completed);
      if (completedIndex >= 0) days[completedIndex]!.actionsDone.push(action.completed);
    }
  }

  const current = indexOf(today);
  // For the current quarter, earlier quarters are cut at the same number of days in.
  const elapsed = current >= 0 ? daysBetween(quarterDays(quarters[current]!).first, today) : undefined;
  const cutOf = (index: number, atSamePoint: boolean) => {
    const { first, last } = quarterDays(quarters[index]!);
    if (!atSamePoint || elapsed === undefined) return last < today ? last : today;
    const cut = addDays(first, elapsed);
    return cut < last ? cut : last;
  };
  const countUpTo = (list: readonly string[], cut: string) => list.reduce((sum, day) => sum + (day <= cut ? 1 : 0), 0);
  const overdueAt = (index: number, cut: string) =>
    byQuarter[index]!.reduce((sum, incident) => sum + incident.data.actions.filter((action) => wasOverdueAt(action, cut)).length, 0);
  const detectMinutes = byQuarter.map((list) => list.flatMap((incident) => incident.figures.timeToDetectMinutes ?? []));
  const resolveMinutes = byQuarter.map((list) => list.flatMap((incident) => incident.figures.timeToResolveMinutes ?? []));
  const sharesOf = byQuarter.map((list) => detectionShares(list));
  const ownMonitoringOf = (index: number) => ({ part: sharesOf[index]!.counts['our-monitoring'], whole: sharesOf[index]!.recorded });
  const changeShareOf = (index: number) => ({ part: byQuarter[index]!.filter(startedByChange).length, whole: byQuarter[index]!.length });

  const hot = hotCategories(
    incidents.map((incident) => ({ date: incident.data.date, category: incident.data.rootCause.category })),
    options.threshold,
  );
  const grown = new Map<string, GrownChain[]>();
  for (const chain of options.chains) {
    for (const quarter of new Set(chain.recurrences.map((incident) => quarterOf(incident.data.date)))) {
      const added = chain.incidents.filter((incident) => quarterOf(incident.data.date) === quarter);
      grown.set(quarter, [...(grown.get(quarter) ?? []), { chain, added }]);
    }
  }
  const teamOf = (owner: string) => options.people.get(owner)?.team;

  return quarters
    .map((quarter, index): QuarterReport => {
      const running = index === current;
      const asOf = cutOf(index, false);
      const earlier = trailingWindow(quarters.map((_, at) => at), index);
      const count = (key: keyof QuarterDays): CountFigure => {
        const countAt = (at: number) => countUpTo(days[at]![key], cutOf(at, running));
        return { now: countAt(index), before: index > 0 ? countAt(index - 1) : 0, comparison: compareCount(countAt(index), earlier.map(countAt)) };
      };
      const overdueCountAt = (at: number) => overdueAt(at, cutOf(at, running));
      const duration = (minutes: readonly number[][]): DurationFigure => ({
        now: summariseDurations(minutes[index]!),
        before: index > 0 ? summariseDurations(minutes[index - 1]!).median : null,
        comparison: compareDurations(minutes[index]!, earlier.map((at) => minutes[at]!)),
      });
      const share = (of: (at: number) => { part: number; whole: number }): ShareFigure => ({
        ...of(index),
        before: index > 0 ? of(index - 1) : { part: 0, whole: 0 },
        comparison: compareShare(of(index), earlier.map(of)),
      });
      const inQuarter = byQuarter[index]!;
      const categoryCounts = new Map<string, number>();
      for (const incident of inQuarter) categoryCounts.set(incident.data.rootCause.category, (categoryCounts.get(incident.data.rootCause.category) ?? 0) + 1);
      const overdueThen = inQuarter.flatMap((incident) =>
        incident.data.actions.flatMap((action) => (wasOverdueAt(action, asOf) ? [{ incident, action, overdue: isOverdue(action, today) }] : [])),
      );
      return {
        quarter,
        previous: previousQuarter(quarter),
        days: quarterDays(quarter),
        asOf,
        running,
        comparedAtDay: running && elapsed !== undefined ? elapsed + 1 : undefined,
        headline: {
          incidents: count('incidents'),
          nearMisses: count('nearMisses'),
          severeIncidents: count('severe'),
          timeToDetect: duration(detectMinutes),
          timeToResolve: duration(resolveMinutes),
          actionsDone: count('actionsDone'),
          actionsOverdue: { now: overdueCountAt(index), before: index > 0 ? overdueCountAt(index - 1) : 0, comparison: compareCount(overdueCountAt(index), earlier.map(overdueCountAt)) },
        },
        detection: { shares: sharesOf[index]!, ownMonitoring: share(ownMonitoringOf), timeToDetect: timeToDetectByGroup(inQuarter) },
        startedByChange: share(changeShareOf),
        hotCategories: (hot.get(quarter) ?? []).map((category) => ({ category, incidents: categoryCounts.get(category)! })),
        chainsGrown: grown.get(quarter) ?? [],
        incidents: inQuarter,
        nearMisses: inQuarter.filter((incident) => incident.data.nearMiss),
        overdueByOwner: groupByOwner(overdueThen, options.people),
        backlog: actionBacklog(actionsOf(inQuarter), teamOf, today),
        overdueReviews: overdueReviews(inQuarter, today),
      };
    })
    .reverse();
}

export interface ChangeDescription {
  direction: 'up' | 'down' | 'same' | 'unknown';
  /** Whether the change is good news, given which way is better for the figure. */
  tone: 'better' | 'worse' | 'neutral';
  /** "up from 1 in Q2 2025", "same as Q2 2025", "no figure for Q2 2025". */
  text: string;
}

/**
 * A figure against the quarter before, in words; `better` says which way is good news, and
 * `neither` for a figure whose rise is not bad news (near misses reported).
 */
export function describeChange(
  change: { now: number | null; before: number | null },
  options: { format: (value: number) => string; previousLabel: string; better: 'lower' | 'higher' | 'neither' },
): ChangeDescription {
  const { now, before } = change;
  const { format, previousLabel } = options;
  if (now === null || before === null) {
    const text = before === null ? `no figure for ${previousLabel}` : `${format(before)} in ${previousLabel}`;
    return { direction: 'unknown', tone: 'neutral', text };
  }
  if (format(now) === format(before)) return { direction: 'same', tone: 'neutral', text: `same as ${previousLabel}` };
  const direction = now > before ? 'up' : 'down';
  const tone = options.better === 'neither' ? 'neutral' : (direction === 'down') === (options.better === 'lower') ? 'better' : 'worse';
  return { direction, tone, text: `${direction} from ${format(before)} in ${previousLabel}` };
}
