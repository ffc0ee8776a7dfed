/**
 * The quarter pages: per quarter with incidents, the headline figures beside the previous
 * quarter's, the hot categories, the recurring chains that grew, the quarter's incidents and the
 * actions overdue at its end. Every quarter is computed in one go, so the pages together cost
 * one pass per figure, not one pass per page.
 */
import { groupByOwner, type BoardAction, type OwnerActions } from './action-board';
import { isOverdue, wasOpenAt } from './actions';
import { quarterOf } from './days';
import type { Incident } from './incident-log';
import { previousQuarter, quarterAxis, quarterDays, quarterRange } from './quarters';
import { hotCategories } from './recurrence/rule';
import type { RecurringChain } from './recurrence/chains';
import type { Action } from './schema';
import { actionSeries, durationSeries } from './trends/series';

export interface QuarterChange {
  now: number | null;
  /** The calendar quarter before, which may have had no incidents (then 0, or null for a median). */
  before: number | null;
}

export interface QuarterHeadline {
  incidents: QuarterChange;
  /** Incidents of the two worst levels of the configured scale. */
  severeIncidents: QuarterChange;
  medianTimeToDetect: QuarterChange;
  medianTimeToResolve: QuarterChange;
  /** Actions completed in the quarter. */
  actionsDone: QuarterChange;
  /** Actions overdue at the quarter's end (today, for the quarter still running). */
  actionsOverdue: QuarterChange;
}

export interface GrownChain {
  chain: RecurringChain;
  /** The chain's incidents dated in this quarter, oldest first. */
  added: Incident[];
}

export interface QuarterReport {
  quarter: string;
  previous: string;
  /** The day "overdue" is measured on: the quarter's last day, or today if that is earlier. */
  asOf: string;
  headline: QuarterHeadline;
  /** Categories with at least `threshold` incidents in the quarter, most first. */
  hotCategories: { category: string; incidents: number }[];
  chainsGrown: GrownChain[];
  /** Newest first. */
  incidents: Incident[];
  /** Actions overdue on `asOf`, by owner; status and overdue flag as of today. */
  overdueByOwner: OwnerActions[];
}

export interface QuarterReportOptions {
  today: string;
  /** Severity ids counted as severe: the two worst of the scale. */
  severeLevels: readonly string[];
  /** The recurrence threshold, which also makes a category hot in a quarter. */
  threshold: number;
  chains: readonly RecurringChain[];
  people: ReadonlyMap<string, { name: string }>;
}

/** First index in `sorted` (ascending) where `test` holds; `test` must be false then true. */
function firstWhere<T>(sorted: readonly T[], from: number, test: (value: T) => boolean): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(sorted[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The quarters (as positions in `asOf`) at whose end an action was overdue: due before that day
 * and still open on it. Both conditions change only once as days go by, so the quarters form
 * one run, found by two binary searches instead of a look at every quarter.
 */
export function overdueQuarters(action: Pick<Action, 'due' | 'status' | 'completed'>, asOf: readonly string[]): [number, number] {
  const start = firstWhere(asOf, 0, (day) => day > action.due);
  const end = firstWhere(asOf, start, (day) => !wasOpenAt(action, day));
  return [start, end];
}

/** The quarters with incidents, newest first. */
export function quarterReports(incidents: readonly Incident[], options: QuarterReportOptions): QuarterReport[] {
  if (incidents.length === 0) return [];
  const { today } = options;
  // Incidents are newest first: the axis starts one quarter before the first so it has a "before".
  const first = incidents.at(-1)!.data.date;
  const last = incidents[0]!.data.date;
  const axis = quarterAxis(quarterRange(previousQuarter(quarterOf(first)), quarterOf(last)));
  const count = axis.quarters.length;
  const asOf = axis.quarters.map((quarter) => {
    const end = quarterDays(quarter).last;
    return end < today ? end : today;
  });

  const byQuarter: Incident[][] = axis.quarters.map(() => []);
  const severe = new Array<number>(count).fill(0);
  const severeLevels = new Set(options.severeLevels);
  for (const incident of incidents) {
    const index = axis.indexOf(incident.data.date);
    byQuarter[index]!.push(incident);
    if (severeLevels.has(incident.data.severity)) severe[index]! += 1;
  }
  const incidentCounts = byQuarter.map((list) => list.length);
  const detect = durationSeries(incidents, axis, (incident) => incident.figures.timeToDetectMinutes);
  const resolve = durationSeries(incidents, axis, (incident) => incident.figures.timeToResolveMinutes);
  const { completed } = actionSeries(incidents, axis);

  // Overdue counts per quarter end by a difference array over each action's run of quarters;
  // the lists are only kept for quarters that get a page.
  const reported = byQuarter.flatMap((list, index) => (list.length > 0 ? [index] : []));
  const overdueChange = new Array<number>(count + 1).fill(0);
  const overdueLists = new Map<number, BoardAction[]>(reported.map((index) => [index, []]));
  for (const incident of incidents) {
    for (const action of incident.data.actions) {
      const [start, end] = overdueQuarters(action, asOf);
      if (start >= end) continue;
      overdueChange[start]! += 1;
      overdueChange[end]! -= 1;
      const item = { incident, action, overdue: isOverdue(action, today) };
      for (let at = firstWhere(reported, 0, (index) => index >= start); at < reported.length && reported[at]! < end; at += 1) {
        overdueLists.get(reported[at]!)!.push(item);
      }
    }
  }
  const overdue = new Array<number>(count);
  for (let index = 0, running = 0; index < count; index += 1) {
    running += overdueChange[index]!;
    overdue[index] = running;
  }

  const hot = hotCategories(
    incidents.map((incident) => ({ date: incident.data.date, category: incident.data.rootCause.category })),
    options.threshold,
  );
  const grown = new Map<string, GrownChain[]>();
  for (const chain of options.chains) {
    const quarters = new Set(chain.recurrences.map((incident) => quarterOf(incident.data.date)));
    for (const quarter of quarters) {
      const added = chain.incidents.filter((incident) => quarterOf(incident.data.date) === quarter);
      const list = grown.get(quarter);
      if (list) list.push({ chain, added });
      else grown.set(quarter, [{ chain, added }]);
    }
  }

  return reported
    .map((index) => {
      const quarter = axis.quarters[index]!;
      const inQuarter = byQuarter[index]!;
      const categoryCounts = new Map<string, number>();
      for (const incident of inQuarter) {
        const category = incident.data.rootCause.category;
        categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
      }
      const change = (series: readonly (number | null)[]): QuarterChange => ({ now: series[index]!, before: series[index - 1]! });
      return {
        quarter,
        previous: axis.quarters[index - 1]!,
        asOf: asOf[index]!,
        headline: {
          incidents: change(incidentCounts),
          severeIncidents: change(severe),
          medianTimeToDetect: change(detect.median),
          medianTimeToResolve: change(resolve.median),
          actionsDone: change(completed),
          actionsOverdue: change(overdue),
        },
        hotCategories: (hot.get(quarter) ?? []).map((category) => ({ category, incidents: categoryCounts.get(category)! })),
        chainsGrown: grown.get(quarter) ?? [],
        incidents: inQuarter,
        overdueByOwner: groupByOwner(overdueLists.get(index)!, options.people),
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

/** A headline figure against the quarter before, in words; `better` says which way is good news. */
export function describeChange(
  change: QuarterChange,
  options: { format: (value: number) => string; previousLabel: string; better: 'lower' | 'higher' },
): ChangeDescription {
  const { now, before } = change;
  const { format, previousLabel } = options;
  if (now === null || before === null) {
    const text = before === null ? `no figure for ${previousLabel}` : `${format(before)} in ${previousLabel}`;
    return { direction: 'unknown', tone: 'neutral', text };
  }
  if (format(now) === format(before)) return { direction: 'same', tone: 'neutral', text: `same as ${previousLabel}` };
  const direction = now > before ? 'up' : 'down';
  const good = (direction === 'down') === (options.better === 'lower');
  return { direction, tone: good ? 'better' : 'worse', text: `${direction} from ${format(before)} in ${previousLabel}` };
}
