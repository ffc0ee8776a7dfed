/**
 * Timing a command as a separate process: wall time and the peak memory of its whole process
 * tree, median of several runs. The build is several processes at once (Astro, the preview
 * drawer, then Pagefind's binary), so the largest single process would understate what a runner
 * must hold: the tree's resident memory is summed from /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Run {
  seconds: number;
  /** Peak resident memory of the process and all its descendants, summed, in MB; null without /proc. */
  peakMb: number | null;
  stdout: string;
  stderr: string;
}

const SAMPLE_EVERY_MS = 50;
const PAGE_BYTES = 4096;

/** The pids of `pid` and all its descendants, read from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    const tasks = `/proc/${tree[i]}/task`;
    let threads: string[];
    try {
      threads = readdirSync(tasks);
    } catch {
      continue; // It ended between two reads.
    }
    for (const thread of threads) {
      try {
        for (const child of readFileSync(`${tasks}/${thread}/children`, 'utf8').split(' ')) if (child.trim()) tree.push(Number(child));
      } catch {}
    }
  }
  return tree;
}

/** Resident bytes of a process (statm's second field, in pages); 0 once it has ended. */
function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/** Runs `command` once, sampling its process tree's memory while it runs. */
export async function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Run> {
  const canSample = existsSync('/proc/self/statm');
  const start = process.hrtime.bigint();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peak = 0;
  const sampler = canSample
    ? setInterval(() => {
        const total = processTree(child.pid!).reduce((sum, pid) => sum + residentBytes(pid), 0);
        peak = Math.max(peak, total);
      }, SAMPLE_EVERY_MS)
    : undefined;
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  clearInterval(sampler);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`);
  return { seconds, peakMb: canSample ? peak / 1024 / 1024 : null, stdout, stderr };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface MedianRun {
  seconds: number;
  peakMb: number | null;
  log: string;
}

/** Runs `once` `runs` times (after `prepare` each time) and keeps the median time and memory. */
export async function medianRun(runs: number, once: () => Promise<Run>, prepare: () => void = () => {}): Promise<MedianRun> {
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    results.push(await once());
  }
  const memory = results.map((run) => run.peakMb).filter((mb): mb is number => mb !== null);
  const last = results.at(-1)!;
  return { seconds: median(results.map((run) => run.seconds)), peakMb: memory.length > 0 ? median(memory) : null, log: last.stdout + last.stderr };
}
