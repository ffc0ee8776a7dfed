/**
 * Incremental builds reuse incident pages by cache key. A rebuild after one write-up changes
 * must give exactly the pages a cold build gives, including pages that only link to it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, root } from './build-site';

const work = mkdtempSync(path.join(root, 'tests/.tmp/incremental-'));
const library = path.join(work, 'library');
cpSync(path.join(root, 'postmortems'), library, { recursive: true });

function build(out: string, cache: string) {
  const result = astroBuild(path.join(work, out), { POSTMORTEMS_DIR: library, POSTMORTEMS_TODAY: '2026-11-22', LIBRARY_CACHE_DIR: path.join(work, cache) });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  // Under CI=true Astro colours its log; the page lines are read without the colour codes.
  return result.stdout.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Every page and export of a build (Pagefind's index files are named by content hashes). */
const outputFiles = (out: string) =>
  Object.fromEntries(
    readdirSync(path.join(work, out), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(html|csv|json)$/.test(file) && !file.startsWith('pagefind'))
      .sort()
      // The JSON export says when it was generated; that alone differs between two builds.
      .map((file) => [file, readFileSync(path.join(work, out, file), 'utf8').replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""')]),
  );

const incidentPages = (out: string) =>
  Object.fromEntries(
    readdirSync(path.join(work, out, 'incidents')).map((id) => [id, readFileSync(path.join(work, out, 'incidents', id, 'index.html'), 'utf8')]),
  );

const searchedPages = (out: string): number =>
  JSON.parse(readFileSync(path.join(work, out, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en.page_count;

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental rebuild', () => {
  it('re-renders the changed write-up and the pages that show its title, and reuses the rest', () => {
    build('site', 'cache');
    const changed = path.join(library, '2024/2024-05-31-billing-run-database-overload.mdx');
    const text = readFileSync(changed, 'utf8');
    writeFileSync(changed, text.replace(/^title: .*$/m, 'title: Month-end billing run exhausted the primary database for the first time'));

    const log = build('site', 'cache');
    // Validation remembered the other write-ups' findings too.
    expect(log).toMatch(/(\d+) write-ups read \((\d+) unchanged since the last build\)/);
    const [, all, unchanged] = /(\d+) write-ups read \((\d+) unchanged/.exec(log)!;
    expect(Number(unchanged)).toBe(Number(all) - 1);
    // Pages render several at a time, so a page's line can be cut by the next one's: each page
    // is read as restored or not by what directly follows its path.
    const pages = [...log.matchAll(/─ \/(\S+?(?:\/index\.html|\.csv|\.json))( \(restored\))?/g)];
    const renderedPaths = pages.filter((match) => match[2] === undefined).map((match) => match[1]!);
    const restoredPaths = pages.filter((match) => match[2] !== undefined).map((match) => match[1]!);
    const incidentIds = (paths: string[]) => paths.flatMap((page) => /^incidents\/([^/]+)\/index\.html$/.exec(page)?.[1] ?? []);
    const rendered = incidentIds(renderedPaths);
    expect(rendered).toContain('2024-05-31-billing-run-database-overload');
    // The later incidents of its chain list it by title.
    expect(rendered).toContain('2024-09-30-billing-run-checkout-outage');
    expect(incidentIds(restoredPaths).length).toBeGreaterThan(rendered.length);
    // Listings that show it (its quarter, its cause) are rendered again; the others are reused.
    expect(renderedPaths).toContain('quarters/2024-q2/index.html');
    expect(renderedPaths).toContain('causes/capacity-planning/index.html');
    expect(restoredPaths.filter((page) => page.startsWith('quarters/')).length).toBeGreaterThan(0);
    expect(restoredPaths.filter((page) => page.startsWith('services/')).length).toBeGreaterThan(0);

    build('cold', 'cold-cache');
    expect(incidentPages('site')).toEqual(incidentPages('cold'));
    expect(outputFiles('site')).toEqual(outputFiles('cold'));
    // Restored pages are never rendered, so the search index reads them from the output folder.
    expect(searchedPages('site')).toBe(Object.keys(incidentPages('cold')).length);
    expect(searchedPages('cold')).toBe(Object.keys(incidentPages('cold')).length);
  });
});
