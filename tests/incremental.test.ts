/**
 * Incremental builds reuse incident pages and validation findings by cache key. A rebuild after
 * any kind of change must give exactly what a cold build gives: every page, export and the search
 * index, including pages that only link to what changed.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
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

/**
 * The search index: Pagefind names each of its files by a hash of what it holds, so the same
 * names mean the same index, hence the same results for every query.
 */
const searchIndex = (out: string) =>
  readdirSync(path.join(work, out, 'pagefind'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.pf_(fragment|index|meta|filter)$/.test(file))
    .sort();

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
    expect(searchIndex('site')).toEqual(searchIndex('cold'));
  });
});

/** Edits of each kind a pull request makes, applied one after another to the same library. */
const edit = (file: string, change: (text: string) => string) => {
  const full = path.join(library, file);
  const text = readFileSync(full, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`The edit to ${file} changed nothing: the sample has moved on.`);
  writeFileSync(full, changed);
};

const changes: [kind: string, apply: () => void][] = [
  ['a body edit', () => appendFileSync(path.join(library, '2024/2024-04-15-delivery-slot-rate-limit.mdx'), '\nA reviewer added a clarification after the review.\n')],
  ['a front-matter edit', () => edit('2025/2025-10-21-double-charges-on-checkout-retry.mdx', (text) => text.replace(/^severity: SEV1$/m, 'severity: SEV2'))],
  ['a registry edit', () => edit('registry/teams.yaml', (text) => text.replace('name: Payments squad', 'name: Payments and billing squad'))],
  ['a settings edit', () => edit('settings.yaml', (text) => text.replace(/^organisation: .*$/m, 'organisation: Greenbox Foods'))],
  [
    'a new write-up',
    () => {
      const text = readFileSync(path.join(library, '2025/2025-07-22-delivery-reminder-sent-twice.mdx'), 'utf8');
      writeFileSync(
        path.join(library, '2024/2024-07-22-delivery-reminder-sent-three-times.mdx'),
        text.replace(/^title: .*$/m, 'title: Delivery reminder sent three times after a retry storm').replace(/\b2025-/g, '2024-'),
      );
    },
  ],
  ['a deleted write-up', () => unlinkSync(path.join(library, '2025/2025-02-27-privacy-requests-past-deadline.mdx'))],
];

describe('a rebuild after each kind of change', () => {
  it.each(changes)('gives what a cold build gives after %s', (kind, apply) => {
    // The incremental site and its cache carry over from the previous change (and test).
    apply();
    build('site', 'cache');
    const cold = `cold-${kind.replace(/\W+/g, '-')}`;
    build(cold, `${cold}-cache`);
    expect(outputFiles('site')).toEqual(outputFiles(cold));
    expect(searchIndex('site')).toEqual(searchIndex(cold));
    rmSync(path.join(work, cold), { recursive: true, force: true });
  });
});
