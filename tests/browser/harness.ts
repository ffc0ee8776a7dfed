/**
 * Real-browser tests: Debian's chromium driven by playwright-core, against the built sample
 * site served from loopback. Without chromium they skip with a reason, except under CI=true,
 * where a missing browser is a failure.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, hasBrowser, launchBrowser, serveSite as serveDir, type SiteServer } from '../../scripts/lib/site';
import { SAMPLE_SITE } from '../build-site';

export { CHROMIUM, hasBrowser, launchBrowser, type SiteServer };

/** Serves the built sample site, or another built folder. */
export const serveSite = (dir = SAMPLE_SITE) => serveDir(dir);

if (!hasBrowser) {
  if (process.env.CI === 'true') throw new Error(`CI=true but there is no browser at ${CHROMIUM}: install Debian's chromium.`);
  console.warn(`Browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
}

/** The built sample site served and a browser opened for one `describe` block, closed after it. */
export function useBrowserAndSite(): { readonly browser: Browser; readonly site: SiteServer } {
  const context = {} as { browser: Browser; site: SiteServer };
  beforeAll(async () => {
    context.site = await serveSite();
    context.browser = await launchBrowser();
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.site?.close();
  });
  return context;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}
