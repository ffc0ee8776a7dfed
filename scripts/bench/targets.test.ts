import { describe, expect, it } from 'vitest';
import { targetRows, type ScaleResult } from './targets';

const run = (seconds: number, peakMb: number | null = null) => ({ seconds, peakMb, log: '' });

function result(count: number, build: number, floor: number, extra: Partial<ScaleResult> = {}): ScaleResult {
  return {
    count,
    validate: run(2.5),
    build: run(build, 2000),
    references: { floor: run(floor), markdown: run(floor / 2), hugo: null },
    search: 150 * 1024,
    latency: 120,
    output: { site: 0, index: 0 },
    rebuild: build * 0.25,
    warnings: 0,
    ...extra,
  };
}

describe('the bench targets', () => {
  it('judges each target at its own size and says which sizes were not run', () => {
    const rows = targetRows([result(1000, 9, 10), result(5000, 50, 40)], 3072);
    expect(rows[0]).toBe('| full build, cold, against the floor, 1,000 write-ups | ≤ 1.0× the floor | 0.90× (9.0 s against 10.0 s) | yes |');
    expect(rows[1]).toContain('1.25× (50.0 s against 40.0 s) | no |');
    expect(rows.find((row) => row.startsWith('| full build, cold, 5,000'))).toContain('| 50.0 s | no |');
    expect(rows.find((row) => row.startsWith('| peak memory of the build, 5,000'))).toContain('| 1.95 GB | yes |');
    expect(rows.find((row) => row.startsWith('| rebuild'))).toContain('| 25% (12.5 s) | no |');
    expect(rows.find((row) => row.startsWith('| validate, 5,000'))).toContain('| 2.5 s | yes |');
    expect(rows.filter((row) => row.endsWith('| not measured | – |'))).toHaveLength(4);
  });

  it('leaves a ratio unmeasured when the references were skipped', () => {
    const rows = targetRows([{ ...result(1000, 9, 10), references: null }], 3072);
    expect(rows[0]).toContain('not measured');
  });
});
