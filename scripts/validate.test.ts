/** `npm run validate` end to end: formats, exit codes, and notices for the files under review. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function validate(args: string[], libraryDir?: string) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/validate.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...(libraryDir ? { POSTMORTEMS_DIR: libraryDir } : {}) },
    encoding: 'utf8',
  });
}

describe('npm run validate', () => {
  it('passes the sample library with exit code 0', () => {
    const result = validate([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✔ \d+ files checked: no problems\./);
  });

  it('fails a broken library with exit code 1, grouped by file, one line per problem', () => {
    const result = validate([], 'tests/fixtures/broken-library');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('tests/fixtures/broken-library/2024/2024-04-02-broken-owner.mdx:23:5  error  ');
    expect(result.stdout).toMatch(/\(team-as-owner\)$/m);
    expect(result.stdout).toMatch(/✖ 8 errors and \d+ warnings in 2 files \(3 checked\)\./);
  });

  it('prints GitHub annotations and JSON for tools', () => {
    const github = validate(['--format', 'github'], 'tests/fixtures/broken-library');
    expect(github.stdout).toMatch(/^::error file=tests\/fixtures\/broken-library\/2024\/2024-04-02-broken-owner\.mdx,line=23,col=5,title=team-as-owner::/m);
    const json = JSON.parse(validate(['--format', 'json'], 'tests/fixtures/broken-library').stdout) as { errors: number; diagnostics: unknown[] };
    expect(json.errors).toBe(8);
    expect(json.diagnostics.length).toBeGreaterThanOrEqual(8);
  });

  it('names earlier look-alike incidents, as notices, for the files it is given', () => {
    const result = validate(['postmortems/2025/2025-09-16-dns-change-website-unreachable.mdx']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/notice {2}Looks like an earlier incident: .*\(similar-incident\)/);
    expect(result.stdout).toContain('Completeness');
  });
});
