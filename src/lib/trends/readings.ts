/**
 * The one-sentence reading above each chart: what a lead may say pointing at it. A reading looks
 * at the latest complete quarter against the four before it and states a change only when the
 * rule in planning/comparison.ts calls one, with its n; otherwise it says plainly that the
 * quarter is within the usual range, or why no change can be called. Deterministic: the same
 * data always reads the same way.
 */
import { plural } from '../format';
import { compareCount, compareDurations, compareShare, trailingWindow, type Comparison } from '../planning/comparison';
import { usualReading, type UsualOptions } from '../planning/usual';
import { quarterDays, quarterLabel } from '../quarters';

export interface KeyedCounts {
  key: string;
  counts: readonly number[];
}

/** `12 days`, `1 day`, `12.5 days` (a median of an even count can fall between two days). */
export function formatDays(days: number): string {
  const shown = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return `${shown} ${days === 1 ? 'day' : 'days'}`;
}

/**
 * The quarter the readings speak of: the latest one of the axis that ended before today, or -1
 * when none has. The running quarter is never read: its counts are still growing.
 */
export function latestCompleteQuarter(quarters: readonly string[], today: string): number {
  return quarters.findLastIndex((quarter) => quarterDays(quarter).last < today);
}

/** The sentence when no quarter of the axis is complete yet. */
export const NO_COMPLETE_QUARTER = 'No quarter here is complete yet, so there is nothing to compare.';

/** A change is news only when the rule calls it. */
const called = (comparison: Comparison | undefined) => comparison?.verdict === 'higher' || comparison?.verdict === 'lower';

export interface FigureReading {
  /** "Incidents", "Median time to detect": what the sentence is about. */
  subject: string;
  /** `were` for counts, `was` for a median or a share. */
  verb: 'was' | 'were';
  /** The quarter's figure, formatted, for medians and shares; left out for counts, which are their own n. */
  value?: string;
  comparison: Comparison | undefined;
  options: UsualOptions;
}

/**
 * "Incidents in Q3 2026 were higher than usual: 12 against a usual 5 over 4 quarters (n = 12)."
 * "Incidents in Q3 2026 were within the usual range (usual 5), n = 6."
 * "Incidents in Q3 2026: too few to call a change (n = 1)."
 * Every "n = 12" is written with no-break spaces, so it never breaks across lines.
 */
export function figureSentence(quarter: string, figure: FigureReading): string {
  const reading = usualReading(figure.comparison, figure.options);
  const about = `${figure.subject} in ${quarterLabel(quarter)}`;
  // A called change names the figure itself ("6 against a usual 3"); otherwise it is named here.
  const value = figure.value === undefined ? '' : `, ${figure.value}`;
  const n = figure.options.n;
  switch (reading.verdict) {
    case 'higher':
    case 'lower':
      return `${about} ${figure.verb} ${reading.text} (n\u00a0=\u00a0${n}).`;
    case 'usual':
      return `${about}${value}${value ? ',' : ''} ${figure.verb} ${reading.text}, n\u00a0=\u00a0${n}.`;
    case 'no-history':
      return `${about}${value}: ${reading.text}, n\u00a0=\u00a0${n}.`;
    case 'too-few':
      return `${about}${value}: ${reading.text}.`;
  }
}

const count = (value: number) => String(value);

/** A count per quarter read at `at`: "Near misses reported in Q3 2026: too few to call a change (n = 1)." */
export function countReading(
  quarters: readonly string[],
  at: number,
  counts: readonly number[],
  subject: string,
  better: UsualOptions['better'],
): string {
  if (at < 0) return NO_COMPLETE_QUARTER;
  const now = counts[at]!;
  return figureSentence(quarters[at]!, {
    subject,
    verb: 'were',
    comparison: compareCount(now, trailingWindow(counts, at)),
    options: { format: count, better, n: now },
  });
}

/** At most this many segments are named in one reading; the table has the rest. */
export const SEGMENTS_NAMED = 3;

/**
 * A stacked count chart: each segment whose count the rule calls a change, in series order
 * ("Capacity incidents in Q3 2026 were higher than usual: …"); when none is, the total.
 * `noun` follows each label: "incidents", "incidents in recurring chains".
 */
export function segmentsReading(
  quarters: readonly string[],
  at: number,
  series: readonly KeyedCounts[],
  labelOf: (key: string) => string,
  noun = 'incidents',
): string {
  if (at < 0) return NO_COMPLETE_QUARTER;
  const changed = series.filter((item) => called(compareCount(item.counts[at]!, trailingWindow(item.counts, at))));
  if (changed.length > 0) {
    const named = changed.slice(0, SEGMENTS_NAMED).map((item) => countReading(quarters, at, item.counts, `${labelOf(item.key)} ${noun}`, 'lower'));
    const more = changed.length - named.length;
    return [...named, ...(more > 0 ? [`${plural(more, 'more change')} in the table.`] : [])].join(' ');
  }
  const totals = quarters.map((_, index) => series.reduce((sum, item) => sum + item.counts[index]!, 0));
  const subject = noun.charAt(0).toUpperCase() + noun.slice(1);
  return countReading(quarters, at, totals, subject, 'lower');
}

/** Every value per quarter, from a series' `[quarter index, value]` points. */
export function valuesByQuarter(quarters: number, points: readonly (readonly [number, number])[]): number[][] {
  const values: number[][] = Array.from({ length: quarters }, () => []);
  for (const [index, value] of points) values[index]?.push(value);
  return values;
}

/** A median per quarter: "Median time to detect in Q3 2026, 45 min, was within the usual range (usual 30 min), n = 7." */
export function medianReading(
  quarters: readonly string[],
  at: number,
  values: readonly (readonly number[])[],
  subject: string,
  format: (value: number) => string,
): string {
  if (at < 0) return NO_COMPLETE_QUARTER;
  const comparison = compareDurations(values[at]!, trailingWindow(values, at));
  return figureSentence(quarters[at]!, {
    subject,
    verb: 'was',
    value: comparison ? format(comparison.now) : undefined,
    comparison,
    options: { format, better: 'lower', n: values[at]!.length },
  });
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A share of each quarter's incidents: "Share found by our monitoring in Q3 2026, 60%, was …, n = 5." */
export function shareReading(
  quarters: readonly string[],
  at: number,
  shares: readonly { part: number; whole: number }[],
  subject: string,
  better: UsualOptions['better'],
): string {
  if (at < 0) return NO_COMPLETE_QUARTER;
  const comparison = compareShare(shares[at]!, trailingWindow(shares, at));
  return figureSentence(quarters[at]!, {
    subject,
    verb: 'was',
    value: comparison ? percent(comparison.now) : undefined,
    comparison,
    options: { format: percent, better, n: shares[at]!.whole },
  });
}
