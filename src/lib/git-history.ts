/**
 * When each write-up was first committed and last changed, from ONE `git log` over the library
 * (never one git process per file, which grows slow on long histories).
 */
import { execFileSync } from 'node:child_process';

export interface FileHistory {
  /** Commit date (ISO 8601) of the newest commit that touched the file. */
  lastUpdated: string;
  /** Commit date (ISO 8601) of the oldest commit that touched the file. */
  firstCommitted: string;
}

const COMMIT_MARK = '@@commit ';

/** Parses `git log --format=@@commit %cI --name-only` output, newest commit first. */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  let date: string | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(COMMIT_MARK)) {
      date = line.slice(COMMIT_MARK.length).trim();
      continue;
    }
    const file = line.trim();
    if (!file || !date) continue;
    const known = history.get(file);
    // Newest first: the first date seen is the last update; every later one is older.
    history.set(file, known ? { ...known, firstCommitted: date } : { lastUpdated: date, firstCommitted: date });
  }
  return history;
}

/** History of the files under `folder`, keyed by path relative to `cwd`; empty outside a git checkout. */
export function readGitHistory(folder: string, cwd = process.cwd()): Map<string, FileHistory> {
  try {
    const output = execFileSync(
      'git',
      ['log', `--format=${COMMIT_MARK}%cI`, '--name-only', '--relative', '--no-renames', '--', folder],
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}
