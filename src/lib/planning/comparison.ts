/**
 * Whether a quarter's figure is worth a sentence: compared with the usual level (the median of
 * the trailing four quarters), a change is stated only when it is large (at least double, or at
 * most half) and rests on enough incidents. Otherwise the quarter is "within the usual range".
 * Going from 0 to 1 is never news; going from 3 to 6 is.
 */
import { median } from '../percentiles';

/** How many earlier quarters make "the usual". */
export const TRAILING_QUARTERS = 4;
/** The fewest incidents, on the larger side of a comparison, that a stated change may rest on. */
export const MIN_INCIDENTS_FOR_A_CHANGE = 6;
/** A change is large when the figure is at least this many times the usual, or at most its inverse. */
export const LARGE_CHANGE = 2;
/** Earlier quarters needed before there is a usual level to compare with. */
const MIN_HISTORY = 2;

export type Verdict = 'higher' | 'lower' | 'usual' | 'too-few' | 'no-history';

export interface Comparison {
  now: number;
  /** The trailing median, or null with too little history. */
  usual: number | null;
  /** How many earlier quarters the usual level is the median of. */
  quarters: number;
  verdict: Verdict;
}

/** The trailing quarters before `index` in a series, oldest first (at most four). */
export function trailingWindow<T>(series: readonly T[], index: number, size = TRAILING_QUARTERS): T[] {
  return series.slice(Math.max(0, index - size), index);
}

function judge(now: number, usual: number, weight: number): Verdict {
  if (weight < MIN_INCIDENTS_FOR_A_CHANGE) return 'too-few';
  if (now >= usual * LARGE_CHANGE && now > usual) return 'higher';
  if (now * LARGE_CHANGE <= usual && now < usual) return 'lower';
  return 'usual';
}

/**
 * A count (incidents, near misses, actions) against the median of the earlier quarters' counts.
 * The weight is the larger of the two sides, so a fall from 10 to 4 can be news, 0 to 1 never.
 */
export function compareCount(now: number, earlier: readonly number[]): Comparison {
  if (earlier.length < MIN_HISTORY) return { now, usual: null, quarters: earlier.length, verdict: 'no-history' };
  const usual = median(earlier)!;
  return { now, usual, quarters: earlier.length, verdict: judge(now, usual, Math.max(now, usual)) };
}

/**
 * A median duration against the median of every value in the earlier quarters, pooled (a
 * median of medians would weigh a quarter of one incident like a quarter of twenty). Both sides
 * must rest on enough incidents.
 */
export function compareDurations(now: readonly number[], earlier: readonly (readonly number[])[]): Comparison | undefined {
  const current = median(now);
  if (current === null) return undefined;
  const pooled = earlier.flat();
  const quarters = earlier.filter((values) => values.length > 0).length;
  if (quarters < MIN_HISTORY) return { now: current, usual: null, quarters, verdict: 'no-history' };
  const usual = median(pooled)!;
  return { now: current, usual, quarters, verdict: judge(current, usual, Math.min(now.length, pooled.length)) };
}

/** A share (0–1) of this quarter's incidents against the same share over the earlier quarters, pooled. */
export function compareShare(now: { part: number; whole: number }, earlier: readonly { part: number; whole: number }[]): Comparison | undefined {
  if (now.whole === 0) return undefined;
  const share = now.part / now.whole;
  const history = earlier.filter((quarter) => quarter.whole > 0);
  if (history.length < MIN_HISTORY) return { now: share, usual: null, quarters: history.length, verdict: 'no-history' };
  const whole = history.reduce((sum, quarter) => sum + quarter.whole, 0);
  const usual = history.reduce((sum, quarter) => sum + quarter.part, 0) / whole;
  return { now: share, usual, quarters: history.length, verdict: judge(share, usual, Math.min(now.whole, whole)) };
}
