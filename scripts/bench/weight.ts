/** What pages make a browser download, measured in chromium against a built site. */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { hasBrowser, launchBrowser, serveSite } from '../lib/site';
import { median } from './measure';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Transfer {
  path: string;
  bytes: number;
  gzip: number;
}

function record(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      transfers.push({ path: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // Redirects and aborted requests have no body to measure.
    }
  });
  return transfers;
}

const isScript = (t: Transfer) => t.path.endsWith('.js') || t.path.endsWith('.mjs');

async function waitForSearch(page: Page) {
  await page.waitForFunction(() => /write-up/i.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
}

/** Markdown table rows: JavaScript per page (files and inline scripts), and a first search's downloads. */
export async function pageWeight(site: string): Promise<string[]> {
  if (!hasBrowser) return ['Browser measurements skipped: no chromium.'];
  const server = await serveSite(site);
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    const page = await browser.newPage();
    const transfers = record(page);
    const measure = async (label: string, url: string, ready: () => Promise<unknown>, filter: (t: Transfer) => boolean) => {
      transfers.length = 0;
      await page.goto(`${server.url}${url}`);
      await ready();
      await page.waitForLoadState('networkidle');
      const selected = transfers.filter(filter);
      // Astro inlines small scripts into the page; they count as the page's JavaScript too.
      const inline = filter === isScript ? await page.$$eval('script:not([src]):not([type="application/json"])', (scripts) => scripts.map((script) => script.textContent ?? '')) : [];
      const raw = selected.reduce((sum, t) => sum + t.bytes, 0) + inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      const gzip = selected.reduce((sum, t) => sum + t.gzip, 0) + inline.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
      rows.push(`| ${label} | ${selected.length} file${selected.length === 1 ? '' : 's'}${filter === isScript ? `, ${inline.length} inline` : ''} | ${kb(raw)} | ${kb(gzip)} |`);
    };
    const none = async () => {};
    await measure('JavaScript on an incident page, before search is used', '/incidents/2024-03-06-allergen-reconciliation/', none, isScript);
    await measure('JavaScript on the home page', '/', none, isScript);
    await measure('JavaScript on /trends/ (charts)', '/trends/', none, isScript);
    await measure('Search: files fetched for a first query ("certificate")', '/search/?q=certificate', () => waitForSearch(page), (t) => t.path.includes('/pagefind/'));
  } finally {
    await browser.close();
    await server.close();
  }
  return ['| what | downloads | bytes | gzip -9 |', '| --- | --- | ---: | ---: |', ...rows];
}

/** Bytes Pagefind fetches for a first query on a built site (null without a browser). */
export async function firstSearchBytes(site: string, query = 'database'): Promise<number | null> {
  if (!hasBrowser) return null;
  const server = await serveSite(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const transfers = record(page);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await waitForSearch(page);
    return transfers.filter((t) => t.path.includes('/pagefind/')).reduce((sum, t) => sum + t.bytes, 0);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * How long a reader waits for results while typing, on a built site in Chromium: after a first
 * query has loaded the index, each of `queries` is typed a key at a time, and the wait is from
 * the last keystroke to the results' status line being written. The median of the queries, in ms
 * (null without a browser).
 */
export async function searchLatency(site: string, queries = ['payment timeout', 'certificate expiry', 'queue backlog', 'dns', 'replica lag']): Promise<number | null> {
  if (!hasBrowser) return null;
  const server = await serveSite(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=database`);
    await waitForSearch(page);
    await page.evaluate(() => {
      const marks = window as unknown as { lastKey: number; lastStatus: number };
      marks.lastKey = 0;
      marks.lastStatus = 0;
      document.querySelector('#search-query')!.addEventListener('input', () => (marks.lastKey = performance.now()));
      new MutationObserver(() => (marks.lastStatus = performance.now())).observe(document.querySelector('[data-status]')!, { childList: true, characterData: true, subtree: true });
    });
    const waits: number[] = [];
    for (const query of queries) {
      await page.fill('#search-query', '');
      await page.waitForTimeout(600);
      await page.locator('#search-query').pressSequentially(query, { delay: 40 });
      // Settled: the status was written after the last key and nothing has changed for 700 ms.
      await page.waitForFunction(() => {
        const marks = window as unknown as { lastKey: number; lastStatus: number };
        return marks.lastStatus > marks.lastKey && performance.now() - marks.lastStatus > 700;
      }, undefined, { timeout: 30_000, polling: 50 });
      waits.push(await page.evaluate(() => {
        const marks = window as unknown as { lastKey: number; lastStatus: number };
        return marks.lastStatus - marks.lastKey;
      }));
    }
    return median(waits);
  } finally {
    await browser.close();
    await server.close();
  }
}
