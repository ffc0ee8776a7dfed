/** The bench's targets, each beside the figure measured and whether it is met. */
import type { MedianRun } from './measure';

export interface ScaleResult {
  count: number;
  validate: MedianRun;
  build: MedianRun;
  /** The floor, the content-layer floor and Hugo (null when Hugo is not on PATH); null when skipped. */
  references: { floor: MedianRun; markdown: MedianRun; hugo: MedianRun | null } | null;
  /** Bytes a first search fetches; null without a browser. */
  search: number | null;
  /** Milliseconds from the last keystroke to the results, median of several queries; null without a browser. */
  latency: number | null;
  output: { site: number; index: number };
  /** Median seconds of a rebuild after one write-up changes. */
  rebuild: number;
  warnings: number;
}

/** The runner every pull request builds on. */
const RUNNER_GB = 7;

interface Target {
  measure: string;
  target: string;
  count: number;
  /** The figure and whether it meets the target, or null when the row lacks what it needs. */
  check: (row: ScaleResult, heapMb: number) => { measured: string; met: boolean } | null;
}

const gb = (mb: number) => `${(mb / 1024).toFixed(2)} GB`;

function ratioToFloor(limit: number) {
  return (row: ScaleResult) => {
    if (!row.references) return null;
    const ratio = row.build.seconds / row.references.floor.seconds;
    return { measured: `${ratio.toFixed(2)}× (${row.build.seconds.toFixed(1)} s against ${row.references.floor.seconds.toFixed(1)} s)`, met: ratio <= limit };
  };
}

function peakUnder(limitMb: number) {
  return (row: ScaleResult) => (row.build.peakMb === null ? null : { measured: gb(row.build.peakMb), met: row.build.peakMb < limitMb });
}

export const TARGETS: Target[] = [
  { measure: 'full build, cold, against the floor', target: '≤ 1.0× the floor', count: 1000, check: ratioToFloor(1) },
  { measure: 'full build, cold, against the floor', target: '≤ 1.0× the floor', count: 5000, check: ratioToFloor(1) },
  { measure: 'full build, cold, against the floor (stretch)', target: '≤ 0.7× the floor', count: 5000, check: ratioToFloor(0.7) },
  { measure: 'full build, cold', target: 'under 45 s', count: 5000, check: (row) => ({ measured: `${row.build.seconds.toFixed(1)} s`, met: row.build.seconds < 45 }) },
  { measure: 'peak memory of the build', target: 'under 2.5 GB', count: 5000, check: peakUnder(2.5 * 1024) },
  {
    measure: 'rebuild after one write-up changes',
    target: '≤ 20% of the cold build',
    count: 5000,
    check: (row) => ({ measured: `${Math.round((row.rebuild / row.build.seconds) * 100)}% (${row.rebuild.toFixed(1)} s)`, met: row.rebuild <= row.build.seconds * 0.2 }),
  },
  { measure: 'peak memory of the build', target: 'under 4 GB', count: 10000, check: peakUnder(4 * 1024) },
  {
    measure: 'builds within a 7 GB runner, heap as in the workflows',
    target: `peak under ${RUNNER_GB} GB`,
    count: 20000,
    check: (row, heapMb) => (row.build.peakMb === null ? null : { measured: `${gb(row.build.peakMb)} at a ${heapMb} MB heap`, met: row.build.peakMb < RUNNER_GB * 1024 }),
  },
  { measure: 'validate', target: 'under 3 s', count: 5000, check: (row) => ({ measured: `${row.validate.seconds.toFixed(1)} s`, met: row.validate.seconds < 3 }) },
  { measure: 'first search, bytes fetched', target: 'under 200 KB', count: 10000, check: (row) => (row.search === null ? null : { measured: `${(row.search / 1024).toFixed(1)} KB`, met: row.search < 200 * 1024 }) },
  {
    measure: 'results shown after the last keystroke, after the first query',
    target: 'within 300 ms',
    count: 10000,
    check: (row) => (row.latency === null ? null : { measured: `${Math.round(row.latency)} ms`, met: row.latency <= 300 }),
  },
];

/** Markdown table rows: each target at its size, measured or "not measured" when that size was not run. */
export function targetRows(results: readonly ScaleResult[], heapMb: number): string[] {
  return TARGETS.map((target) => {
    const row = results.find((result) => result.count === target.count);
    const verdict = row ? target.check(row, heapMb) : null;
    const size = target.count.toLocaleString('en-GB');
    return verdict
      ? `| ${target.measure}, ${size} write-ups | ${target.target} | ${verdict.measured} | ${verdict.met ? 'yes' : 'no'} |`
      : `| ${target.measure}, ${size} write-ups | ${target.target} | not measured | – |`;
  });
}
