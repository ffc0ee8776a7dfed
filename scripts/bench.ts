/**
 * `npm run bench`: page weight and search cost on the sample library, measured in a real browser,
 * and the similarity computation's time as the library grows. Prints a Markdown report; numbers
 * only, no pass/fail (goals: under 10 KB of compressed JavaScript on an incident page).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { readLibrarySource } from '../src/lib/library-files';
import { similarIncidents, type SimilarityDocument } from '../src/lib/similarity';
import { checkLibrary } from '../src/lib/validation/check-library';
import { hasBrowser, launchBrowser, serveSite } from '../tests/browser/harness';
import { astroBuild, root, SAMPLE_TODAY } from '../tests/build-site';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Transfer {
  path: string;
  bytes: number;
  gzip: number;
}

async function pageWeight(site: string): Promise<string[]> {
  if (!hasBrowser) return ['Browser measurements skipped: no chromium.'];
  const server = await serveSite(site);
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    const page = await browser.newPage();
    const transfers: Transfer[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      try {
        const body = await response.body();
        transfers.push({ path: url.pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
      } catch {
        // Redirects and aborted requests have no body to measure.
      }
    });
    const isScript = (t: Transfer) => t.path.endsWith('.js') || t.path.endsWith('.mjs');
    const measure = async (label: string, url: string, ready: () => Promise<unknown>, filter: (t: Transfer) => boolean) => {
      transfers.length = 0;
      await page.goto(`${server.url}${url}`);
      await ready();
      await page.waitForLoadState('networkidle');
      const selected = transfers.filter(filter);
      // Astro inlines small scripts into the page; they count as the page's JavaScript too.
      const inline = filter === isScript ? await page.$$eval('script:not([src])', (scripts) => scripts.map((script) => script.textContent ?? '')) : [];
      const raw = selected.reduce((sum, t) => sum + t.bytes, 0) + inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      const gzip = selected.reduce((sum, t) => sum + t.gzip, 0) + inline.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
      rows.push(`| ${label} | ${selected.length} file${selected.length === 1 ? '' : 's'}, ${inline.length} inline | ${kb(raw)} | ${kb(gzip)} |`);
    };
    await measure('JavaScript on an incident page, before search is used', '/incidents/2024-03-06-allergen-reconciliation/', async () => {}, isScript);
    await measure('JavaScript on the home page', '/', async () => {}, isScript);
    await measure('Pagefind: files fetched for a first query ("certificate")', '/search/?q=certificate', () =>
      page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('found'), undefined, { timeout: 20_000 }),
      (t) => t.path.includes('/pagefind/'),
    );
    await measure('JavaScript on /trends/ (charts)', '/trends/', async () => {}, isScript);
  } finally {
    await browser.close();
    await server.close();
  }
  return ['| what | scripts | bytes | gzip -9 |', '| --- | --- | ---: | ---: |', ...rows];
}

/** The sample write-ups, repeated with varied ids, dates and services, as a larger library. */
function syntheticDocuments(sample: SimilarityDocument[], count: number): SimilarityDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const base = sample[i % sample.length]!;
    return {
      id: `${base.id}-${i}`,
      category: base.category,
      services: base.services.map((service, j) => (i % 7 === j ? `${service}-${i % 23}` : service)),
      tags: base.tags.slice(0, 1 + (i % Math.max(1, base.tags.length))),
      text: `${base.text} variant${i % 97} region${i % 13}`,
    };
  });
}

function similarityTimes(): string[] {
  const library = checkLibrary(readLibrarySource(path.join(root, 'postmortems'), root));
  const sample: SimilarityDocument[] = library.writeUps.flatMap((writeUp) =>
    writeUp.data
      ? [{ id: writeUp.id, category: writeUp.data.rootCause.category, services: writeUp.data.services, tags: writeUp.data.tags, text: `${writeUp.data.title}\n${writeUp.data.summary}\n${writeUp.body}` }]
      : [],
  );
  const rows: string[] = ['| write-ups | similarity (median of 3) | per write-up |', '| ---: | ---: | ---: |'];
  for (const documents of [sample, syntheticDocuments(sample, 1000), syntheticDocuments(sample, 5000)]) {
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      similarIncidents(documents);
      return performance.now() - start;
    });
    const median = times.sort((a, b) => a - b)[1]!;
    rows.push(`| ${documents.length} | ${median.toFixed(0)} ms | ${((median / documents.length) * 1000).toFixed(0)} µs |`);
  }
  return rows;
}

const site = mkdtempSync(path.join(tmpdir(), 'library-bench-'));
try {
  const build = astroBuild(site, { POSTMORTEMS_TODAY: SAMPLE_TODAY });
  if (build.status !== 0) throw new Error(`The sample library did not build:\n${build.stderr}`);
  console.log('## Page weight (sample library)\n');
  console.log((await pageWeight(site)).join('\n'));
  console.log('\n## Similar incidents: computation time\n');
  console.log(similarityTimes().join('\n'));
} finally {
  rmSync(site, { recursive: true, force: true });
}
