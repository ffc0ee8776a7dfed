/** Timing a command as a separate process: wall time and peak memory, median of several runs. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Run {
  seconds: number;
  /** Peak resident memory of the largest process, in MB; null when GNU time is missing. */
  peakMb: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `command` once; under GNU time when the machine has it, for the peak memory. */
export function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Run {
  const useTime = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const result = useTime
    ? spawnSync(GNU_TIME, ['-f', '@@rss %M', command, ...args], { ...options, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout?.slice(-2000)}\n${result.stderr?.slice(-4000)}`);
  const rss = /@@rss (\d+)/.exec(result.stderr ?? '');
  return { seconds, peakMb: rss ? Number(rss[1]) / 1024 : null, stdout: result.stdout, stderr: result.stderr };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `once` `runs` times (after `prepare` each time) and keeps the median time and memory. */
export function medianRun(runs: number, once: () => Run, prepare: () => void = () => {}): { seconds: number; peakMb: number | null; log: string } {
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    results.push(once());
  }
  const memory = results.map((run) => run.peakMb).filter((mb): mb is number => mb !== null);
  const last = results.at(-1)!;
  return { seconds: median(results.map((run) => run.seconds)), peakMb: memory.length > 0 ? median(memory) : null, log: last.stdout + last.stderr };
}
