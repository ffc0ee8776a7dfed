/**
 * Medians and percentiles, the only summaries the trend pages show (means hide the long tail
 * that matters most in incident figures).
 */

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The middle value; for an even count, halfway between the two middle values.
 * Null for no values, so a quarter without data is never shown as zero.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1 ? ordered[middle]! : (ordered[middle - 1]! + ordered[middle]!) / 2;
}

/**
 * The nearest-rank percentile: the smallest value with at least `p` % of the values at or
 * below it, i.e. the value at rank ⌈p/100 × n⌉ in ascending order. It is always one of the
 * values themselves (an incident someone can look at), never an interpolation.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`A percentile must be above 0 and at most 100, not ${p}.`);
  if (values.length === 0) return null;
  const ordered = sorted(values);
  // p × n before dividing keeps whole ranks exact (0.9 × 30 would not be).
  return ordered[Math.ceil((p * ordered.length) / 100) - 1]!;
}
