/**
 * `npm run dev` applies the same checks on every save: a write-up with an error is never
 * rendered, its page shows the problems in its place with file, line and fix, and nothing of it
 * runs; fixing the file brings the page back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireBuildLock, buildEnvironment, decodeHtml, root } from './build-site';

const work = mkdtempSync(path.join(root, 'tests/.tmp/dev-server-'));
const library = path.join(work, 'library');
const marker = path.join(work, 'payload-ran');
const WRITE_UP = '2024/2024-03-06-allergen-reconciliation.mdx';
const PAGE = '/incidents/2024-03-06-allergen-reconciliation/';

let server: ChildProcess | undefined;
let base = '';
let release: (() => void) | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The page's main content as text, once `until` holds (the server checks again after a save). */
async function pageText(until: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 60_000;
  let text = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${base}${PAGE}`).catch(() => undefined);
    if (response) {
      const html = await response.text();
      text = decodeHtml(/<main[\s\S]*<\/main>/.exec(html)?.[0].replace(/<[^>]+>/g, ' ') ?? html).replace(/\s+/g, ' ');
      if (until(text)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The page never showed what was expected; last seen:\n${text.slice(0, 2000)}`);
}

beforeAll(async () => {
  cpSync(path.join(root, 'postmortems'), library, { recursive: true });
  mkdirSync(path.dirname(marker), { recursive: true });
  // The dev server writes `.astro/` in the project root, as a build does: they take turns.
  release = acquireBuildLock();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: buildEnvironment({ POSTMORTEMS_DIR: library, POSTMORTEMS_TODAY: '2026-11-22', ASTRO_DEV_BACKGROUND: '0' }),
    stdio: 'ignore',
  });
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  release?.();
  rmSync(work, { recursive: true, force: true });
});

describe('the development server', () => {
  it('shows a saved write-up, then its problems instead of the page once it breaks, then the page again', async () => {
    const original = readFileSync(path.join(library, WRITE_UP), 'utf8');
    expect(await pageText((text) => text.includes('Nightly reconciliation sent allergen boxes'))).toContain('What happened');

    const broken = original
      .replace(/^services: \[subscription-api, reconciliation\]$/m, 'services: [subscription-api, reconcilation]')
      .replace('## What happened', `## What happened\n\nQueue depth: {process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}\n\n<img src="./x.png" alt="x" onerror="document.title='pwned'" />`);
    expect(broken).not.toBe(original);
    writeFileSync(path.join(library, WRITE_UP), broken);

    const problems = await pageText((text) => text.includes('This write-up is not shown'));
    expect(problems).toMatch(new RegExp(`${WRITE_UP.replace(/[.]/g, '\\.')}:\\d+:\\d+`));
    expect(problems).toContain('Did you mean "reconciliation"?');
    expect(problems).toContain('a JavaScript expression');
    expect(problems).toContain('event handler');
    expect(problems).not.toContain('Early on Wednesday the reconciliation job');
    expect(existsSync(marker)).toBe(false);

    writeFileSync(path.join(library, WRITE_UP), original);
    expect(await pageText((text) => !text.includes('This write-up is not shown') && text.includes('What happened'))).toContain('Nightly reconciliation');
    expect(existsSync(marker)).toBe(false);
  }, 180_000);

  it('shows a draft with a misspelt service as a problem, not a link to a page that does not exist', async () => {
    const draft = readFileSync(path.join(library, WRITE_UP), 'utf8').replace('essential: true', 'essential: true\ndraft: true').replace(/^services: \[subscription-api, reconciliation\]$/m, 'services: [subscription-apii]');
    writeFileSync(path.join(library, WRITE_UP), draft);
    const problems = await pageText((text) => text.includes('Did you mean "subscription-api"?'));
    expect(problems).toContain('This write-up is not shown');
  }, 120_000);

  it('says on the search page that the index exists only after a build, with the commands as code', async () => {
    const deadline = Date.now() + 60_000;
    let html = '';
    while (Date.now() < deadline && !html.includes('<main')) {
      html = await fetch(`${base}/search/`).then((response) => response.text(), () => '');
      if (!html.includes('<main')) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    // The development server marks elements with their source: match the element, not its attributes.
    expect(main).toMatch(/<code[^>]*>npm run build<\/code>/);
    expect(main).toMatch(/<code[^>]*>npm run preview<\/code>/);
    expect(main).not.toContain('`');
  }, 120_000);
});
