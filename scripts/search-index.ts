/**
 * The Pagefind index of the write-up pages of a built site, written to `site/pagefind/` through
 * Pagefind's Node API: the second step of `npm run build` (scripts/build.ts), and on its own
 * `tsx scripts/search-index.ts [site]` (default `dist/`). It runs after Astro's process has ended,
 * not in a build hook: Astro holds all of its memory until it exits (4.2 GB at 5,000 write-ups)
 * and Pagefind needs as much again (2.6 GB), so side by side they would not fit a 7 GB CI runner
 * at 10,000. Any error Pagefind reports fails the build: a site whose search silently misses
 * pages is worse than no build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Indexes `site`'s write-up pages and returns how many were indexed. */
export async function writeSearchIndex(site: string): Promise<number> {
  if (!existsSync(path.join(site, 'index.html'))) fail('start', [`There is no built site in ${site}: run astro build first.`]);
  const incidentsDir = path.join(site, 'incidents');
  const writeUpPages = existsSync(incidentsDir)
    ? readdirSync(incidentsDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length
    : 0;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) fail('start', errors);
    // Only write-up pages carry data-pagefind-body; reading the others (quarter and cause pages
    // run to megabytes on large libraries) would only cost time.
    const added = await index.addDirectory({ path: site, glob: 'incidents/**/*.html' });
    if (added.errors.length > 0) fail('index the pages', added.errors);
    const output = path.join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) fail('write the index', written.errors);
    // Pagefind reads pages without data-pagefind-body but leaves them out: count what it kept.
    const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (indexed !== writeUpPages) {
      fail('index the pages', [`It indexed ${indexed} of ${writeUpPages} write-up pages: a page without data-pagefind-body is missing from search.`]);
    }
    return indexed;
  } finally {
    await pagefind.close();
  }
}

if (path.resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const indexed = await writeSearchIndex(path.resolve(process.argv[2] ?? 'dist'));
  console.log(`Search index written: ${indexed} write-ups.`);
}
