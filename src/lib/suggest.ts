/** "Did you mean …?" for ids typed by hand. */

/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The closest candidate, when it is close enough to be a plausible typo: within a third of the
 * longer length, or containing what was typed ("recon" for "reconciliation"). No suggestion
 * when two candidates are equally close ("SEV5" is as near SEV1 as SEV4): a guess would mislead.
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  let tied = false;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    if (hay === needle) return candidate;
    const distance = editDistance(needle, hay);
    const limit = Math.max(1, Math.floor(Math.max(needle.length, hay.length) / 3));
    const contains = needle.length >= 3 && (hay.startsWith(needle) || hay.includes(needle));
    const score = contains ? 0.5 : distance;
    if (!(distance <= limit || contains)) continue;
    if (best === undefined || score < best.score) {
      best = { candidate, score };
      tied = false;
    } else if (score === best.score) {
      tied = true;
    }
  }
  return tied ? undefined : best?.candidate;
}
