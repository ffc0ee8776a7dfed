/** The search-index step of `npm run build`, on small built sites: it indexes every write-up page or fails. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, pages: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [file, html] of Object.entries({ 'index.html': '<html lang="en"><body>Home</body></html>', ...pages })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const writeUp = (text: string) => `<html lang="en"><body><nav>Menu</nav><main data-pagefind-body><h1>${text}</h1><p>${text} in detail.</p></main></body></html>`;

function searchIndex(dir: string) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/search-index.ts', dir], { cwd: root, encoding: 'utf8' });
}

describe('the search-index step', () => {
  it('indexes every write-up page', () => {
    const dir = site('complete', { 'incidents/a/index.html': writeUp('Certificate expired'), 'incidents/b/index.html': writeUp('Billing overload') });
    const result = searchIndex(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Search index written: 2 write-ups.');
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(2);
  });

  it('fails when a write-up page would be missing from search', () => {
    const dir = site('missing', { 'incidents/a/index.html': writeUp('Certificate expired'), 'incidents/b/index.html': '<html lang="en"><body>No marked body</body></html>' });
    const result = searchIndex(dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('It indexed 1 of 2 write-up pages');
  });

  it('fails when there is no built site', () => {
    const result = searchIndex(path.join(work, 'never-built'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('There is no built site in');
  });
});
