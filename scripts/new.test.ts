/** `npm run new` end to end: the real script, run with flags (or answers typed in a terminal) into a copy of the library. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitWriteUp } from '../src/lib/write-up/front-matter';

const root = path.resolve(import.meta.dirname, '..');
const TSX = path.join(root, 'node_modules/tsx/dist/cli.mjs');

let library: string;

beforeEach(() => {
  library = mkdtempSync(path.join(tmpdir(), 'new-write-up-'));
  cpSync(path.join(root, 'postmortems/registry'), path.join(library, 'registry'), { recursive: true });
  cpSync(path.join(root, 'postmortems/settings.yaml'), path.join(library, 'settings.yaml'));
});
afterEach(() => rmSync(library, { recursive: true, force: true }));

function run(script: string, args: string[], input = '') {
  return spawnSync(process.execPath, [TSX, path.join(root, script), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, POSTMORTEMS_TODAY: '2026-11-20', POSTMORTEMS_DIR: library },
  });
}

/**
 * The script in a terminal: `script` (util-linux) gives it a pseudo-terminal and types `input`
 * into it, as a person would.
 */
function runInTerminal(args: string[], input: string) {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, TSX, path.join(root, 'scripts/new.ts'), ...args].map(quote).join(' ');
  return spawnSync('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, TERM: 'dumb', POSTMORTEMS_TODAY: '2026-11-20', POSTMORTEMS_DIR: library },
  });
}

const FLAGS = ['--title', 'Checkout declined cards: after a deploy', '--severity', 'sev2', '--type', 'deployment', '--services', 'checkout,loyalty', '--author', 'priya'];
const CREATED = '2026/2026-11-20-checkout-declined-cards-after-a-deploy.mdx';

describe('npm run new', () => {
  it('creates the write-up from flags, in the year folder, dated the build\'s today (POSTMORTEMS_TODAY)', () => {
    const result = run('scripts/new.ts', FLAGS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = path.join(library, CREATED);
    expect(result.stdout).toContain(`Created ${file}`);
    const frontMatter = parse(splitWriteUp(readFileSync(file, 'utf8')).frontMatter ?? '');
    expect(frontMatter).toMatchObject({
      title: 'Checkout declined cards: after a deploy',
      date: '2026-11-20',
      severity: 'SEV2',
      type: 'deployment',
      services: ['checkout', 'loyalty'],
      authors: ['priya'],
      summary: null,
    });
  });

  it('says which registry entry to add for an unknown service, and where', () => {
    const { stdout } = run('scripts/new.ts', FLAGS);
    const registry = path.join(library, 'registry/services.yaml');
    expect(stdout).toContain(`"loyalty" is not in ${registry}.`);
    const snippet = stdout.slice(stdout.indexOf('loyalty:'), stdout.indexOf('\n\nNext:'));
    expect(parse(snippet)).toEqual({ loyalty: { name: null, team: null } });
    expect(stdout).not.toContain('"checkout" is not in');
  });

  it('leaves blanks that the validator names one by one', () => {
    run('scripts/new.ts', FLAGS);
    const file = path.join(library, CREATED);
    const result = run('scripts/validate.ts', [file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('`summary` must be text, but is empty.');
    expect(result.stdout).toContain('`rootCause.category` must be text, but is empty.');
    expect(result.stdout).toContain('`services[1]` is "loyalty", but');
    expect(result.stdout).not.toMatch(/`(title|date|severity|type)`/);
  });

  it('refuses to overwrite an existing write-up', () => {
    expect(run('scripts/new.ts', FLAGS).status).toBe(0);
    const file = path.join(library, CREATED);
    writeFileSync(file, 'work in progress');
    const again = run('scripts/new.ts', FLAGS);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${file} already exists`);
    expect(readFileSync(file, 'utf8')).toBe('work in progress');
  });

  it('refuses an id already used in another folder', () => {
    const elsewhere = path.join(library, 'archive/2026-11-20-checkout-declined-cards-after-a-deploy.md');
    mkdirSync(path.dirname(elsewhere));
    writeFileSync(elsewhere, 'taken');
    const result = run('scripts/new.ts', FLAGS);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${elsewhere} already exists`);
    expect(existsSync(path.join(library, CREATED))).toBe(false);
  });

  it('with no terminal, names the missing flags and creates nothing', () => {
    const missing = run('scripts/new.ts', ['--title', 'Checkout declined cards', '--author', 'priya']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('With no terminal to ask in, these flags are needed too: --severity, --type, --services.');
    expect(run('scripts/new.ts', []).stderr).toContain('these flags are needed too: --title, --severity, --type, --services.');
    expect(existsSync(path.join(library, '2026'))).toBe(false);
  });

  it('names the closest known option for an unknown one, and creates nothing', () => {
    const result = run('scripts/new.ts', [...FLAGS, '--authors', 'priya', '--sevrity=SEV1']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual(['Unknown option --authors: did you mean --author?', 'Unknown option --sevrity: did you mean --severity?']);
    expect(run('scripts/new.ts', [...FLAGS, '--colour']).stderr.split('\n')[0]).toBe('Unknown option --colour.');
    expect(existsSync(path.join(library, '2026'))).toBe(false);
  });

  it('with --yes in a terminal, names the missing flags instead of asking', () => {
    const missing = runInTerminal(['--title', 'Checkout declined cards', '--yes'], '');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain('With --yes, these flags are needed too: --severity, --type, --services.');
  });

  it('names wrong answers given as flags', () => {
    const wrong = run('scripts/new.ts', [...FLAGS, '--date', '2026-02-30', '--type', 'deploy']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('The date "2026-02-30" is not a real calendar date');
    expect(wrong.stderr).toContain('Did you mean "deployment"?');
    expect(existsSync(path.join(library, '2026'))).toBe(false);
  });

  it('asks in a terminal for what the flags left out, offering the closest registry id for a typo', () => {
    const answers = ['Card payments declined for an hour', '', '2', 'integration', 'checkot, loyalty', 'y', '', 'cust', 'customer', 'https://github.com/acme/shop/pull/7', 'cards-declined', ''].join('\n');
    const result = runInTerminal([], `${answers}\n`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"checkot" is not in services.yaml. Did you mean "checkout"?');
    const frontMatter = parse(splitWriteUp(readFileSync(path.join(library, '2026/2026-11-20-cards-declined.mdx'), 'utf8')).frontMatter ?? '');
    expect(result.stdout).toContain('"cust" is not one of monitoring');
    expect(frontMatter).toMatchObject({ severity: 'SEV2', type: 'integration', services: ['checkout', 'loyalty'], authors: [], detection: 'customer', changes: ['https://github.com/acme/shop/pull/7'] });
  });
});
