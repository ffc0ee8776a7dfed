import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGitLog, readGitHistory } from './git-history';

describe('parseGitLog', () => {
  it('takes the newest commit as last updated and the oldest as first committed', () => {
    const output = [
      '@@commit 2024-04-02T10:00:00+02:00',
      '',
      'postmortems/2024/a.mdx',
      'postmortems/2024/b.mdx',
      '@@commit 2024-03-20T09:00:00+01:00',
      '',
      'postmortems/2024/a.mdx',
      '@@commit 2024-03-10T08:00:00+01:00',
      '',
      'postmortems/2024/a.mdx',
    ].join('\n');
    const history = parseGitLog(output);
    expect(history.get('postmortems/2024/a.mdx')).toEqual({
      lastUpdated: '2024-04-02T10:00:00+02:00',
      firstCommitted: '2024-03-10T08:00:00+01:00',
    });
    expect(history.get('postmortems/2024/b.mdx')).toEqual({
      lastUpdated: '2024-04-02T10:00:00+02:00',
      firstCommitted: '2024-04-02T10:00:00+02:00',
    });
  });

  it('returns nothing for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('readGitHistory', () => {
  it('is quietly empty outside a git checkout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    mkdirSync(path.join(dir, 'postmortems'));
    writeFileSync(path.join(dir, 'postmortems', 'x.mdx'), 'x');
    try {
      expect(readGitHistory('postmortems', dir).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
