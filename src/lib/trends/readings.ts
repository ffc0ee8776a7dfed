/**
 * The one-sentence reading above each chart: what a lead would say pointing at it. Deterministic
 * (ties are broken by the series order), so the same data always reads the same way.
 */
import { plural } from '../format';
import { quarterLabel } from '../quarters';

export interface KeyedCounts {
  key: string;
  counts: readonly number[];
}

/** `12 days`, `1 day`, `12.5 days` (a median of an even count can fall between two days). */
export function formatDays(days: number): string {
  const shown = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return `${shown} ${days === 1 ? 'day' : 'days'}`;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Reads a stacked count series: the segment that changed most between the last two quarters
 * ("Capacity incidents rose from 1 in Q2 2025 to 4 in Q3 2025"), or that nothing changed.
 * `noun` follows each label: "incidents", "incidents in recurring chains".
 */
export function countChangeReading(
  quarters: readonly string[],
  series: readonly KeyedCounts[],
  labelOf: (key: string) => string,
  noun = 'incidents',
): string {
  const totals = quarters.map((_, index) => sum(series.map((item) => item.counts[index] ?? 0)));
  if (sum(totals) === 0) return `No ${noun} to show.`;
  const last = quarters.length - 1;
  if (last === 0) {
    const top = [...series].sort((a, b) => (b.counts[0] ?? 0) - (a.counts[0] ?? 0))[0]!;
    return `In ${quarterLabel(quarters[0]!)}, ${labelOf(top.key)} ${noun} were the most: ${top.counts[0]} of ${totals[0]}.`;
  }
  const [latest, previous] = [quarterLabel(quarters[last]!), quarterLabel(quarters[last - 1]!)];
  let biggest: { item: KeyedCounts; change: number } | undefined;
  for (const item of series) {
    const change = (item.counts[last] ?? 0) - (item.counts[last - 1] ?? 0);
    if (change !== 0 && (!biggest || Math.abs(change) > Math.abs(biggest.change))) biggest = { item, change };
  }
  if (biggest) {
    const { item, change } = biggest;
    return `${labelOf(item.key)} ${noun} ${change > 0 ? 'rose' : 'fell'} from ${item.counts[last - 1]} in ${previous} to ${item.counts[last]} in ${latest}.`;
  }
  if (totals[last] === 0) {
    const lastWith = totals.findLastIndex((total) => total > 0);
    return `No ${noun} in ${previous} or ${latest}; the latest were in ${quarterLabel(quarters[lastWith]!)}.`;
  }
  return `No change from ${previous} to ${latest}: ${totals[last]} ${noun} in each.`;
}

/**
 * Reads a median series by its last two quarters that have one ("Median time to detect fell
 * from 3 h 10 min in Q2 2025 to 45 min in Q3 2025"). Quarters without a value are skipped, not
 * read as zero. `missing` is the sentence for a series with no value at all.
 */
export function medianChangeReading(
  quarters: readonly string[],
  medians: readonly (number | null)[],
  measure: string,
  format: (value: number) => string,
  missing: string,
): string {
  const found: number[] = [];
  for (let index = medians.length - 1; index >= 0 && found.length < 2; index -= 1) if (medians[index] !== null) found.push(index);
  const [latestIndex, previousIndex] = found;
  if (latestIndex === undefined) return missing;
  const latest = medians[latestIndex]!;
  const latestQuarter = quarterLabel(quarters[latestIndex]!);
  if (previousIndex === undefined) return `${measure} was ${format(latest)} in ${latestQuarter}, the only quarter with a measurement.`;
  const previous = medians[previousIndex]!;
  const previousQuarter = quarterLabel(quarters[previousIndex]!);
  if (format(latest) === format(previous)) return `${measure} held at ${format(latest)} in ${previousQuarter} and ${latestQuarter}.`;
  return `${measure} ${latest < previous ? 'fell' : 'rose'} from ${format(previous)} in ${previousQuarter} to ${format(latest)} in ${latestQuarter}.`;
}

/** "5 actions are open now, 2 overdue; in Q3 2025, 3 were created and 4 completed." */
export function actionsReading(
  quarters: readonly string[],
  actions: { created: readonly number[]; completed: readonly number[]; openNow: number; overdueNow: number },
): string {
  const overdue = actions.overdueNow === 0 ? 'none' : String(actions.overdueNow);
  const open = `${plural(actions.openNow, 'action')} ${actions.openNow === 1 ? 'is' : 'are'} open now, ${overdue} overdue`;
  const last = quarters.length - 1;
  if (last < 0) return `${open}.`;
  return `${open}; in ${quarterLabel(quarters[last]!)}, ${actions.created[last]} ${actions.created[last] === 1 ? 'was' : 'were'} created and ${actions.completed[last]} completed.`;
}
