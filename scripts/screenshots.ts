/**
 * Photographs every page type at each screen size, light and dark, for a person to look at:
 * `npm run screenshots` builds the sample library first; `-- --site dist` uses a built site;
 * `-- --only log,search` takes some pages; `-- --out folder` (default tests/.tmp/screenshots);
 * `-- --fold` takes the first screen only, as a reader first sees it.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_TYPES, READY_SELECTOR, SCREEN_SIZES, THEMES } from './lib/page-types';
import { buildSite, launchBrowser, PROJECT_ROOT, SAMPLE_TODAY, serveSite } from './lib/site';

const { values } = parseArgs({
  options: { site: { type: 'string' }, only: { type: 'string' }, fold: { type: 'boolean', default: false }, out: { type: 'string', default: path.join(PROJECT_ROOT, 'tests/.tmp/screenshots') } },
});

let site = values.site && path.resolve(values.site);
if (!site) {
  site = path.join(mkdtempSync(path.join(tmpdir(), 'library-screenshots-')), 'site');
  console.log(`Building the sample library into ${site}…`);
  const build = buildSite(site, { POSTMORTEMS_TODAY: SAMPLE_TODAY });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}
const only = values.only?.split(',').map((name) => name.trim());
const pages = Object.entries(PAGE_TYPES).filter(([name]) => !only || only.includes(name));
mkdirSync(values.out, { recursive: true });

const server = await serveSite(site);
const browser = await launchBrowser();
try {
  for (const theme of THEMES) {
    for (const size of SCREEN_SIZES) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: theme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const [name, address] of pages) {
        await page.goto(`${server.url}${address}`, { waitUntil: 'networkidle' });
        const ready = READY_SELECTOR[name];
        if (ready) await page.locator(ready).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
        // A whole page is photographed at once, so images further down must load as if scrolled to.
        if (!values.fold) {
          await page.evaluate(() => Promise.all([...document.images].map((image) => {
            image.loading = 'eager';
            if (image.complete) return undefined;
            return new Promise((resolve) => {
              image.addEventListener('load', resolve, { once: true });
              image.addEventListener('error', resolve, { once: true });
            });
          })));
        }
        await page.screenshot({ path: path.join(values.out, `${name}-${size.width}x${size.height}-${theme}${values.fold ? '-fold' : ''}.png`), fullPage: !values.fold });
      }
      await context.close();
    }
  }
  console.log(`${pages.length * SCREEN_SIZES.length * THEMES.length} screenshots in ${values.out}`);
} finally {
  await browser.close();
  await server.close();
}
