/**
 * Real-browser tests: Debian's chromium driven by playwright-core, against the built sample
 * site served from loopback. Without chromium they skip with a reason, except under CI=true,
 * where a missing browser is a failure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { SAMPLE_SITE } from '../build-site';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);

if (!hasBrowser) {
  if (process.env.CI === 'true') throw new Error(`CI=true but there is no browser at ${CHROMIUM}: install Debian's chromium.`);
  console.warn(`Browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface SiteServer {
  url: string;
  /** Bytes served per path since the last `resetLog()`, for weight measurements. */
  served: { path: string; bytes: number }[];
  resetLog(): void;
  close(): Promise<void>;
}

/** Serves a built site as a static host would (directory index, 404 page). */
export async function serveSite(dir = SAMPLE_SITE): Promise<SiteServer> {
  const served: { path: string; bytes: number }[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file);
    const fallback = path.join(dir, '404.html');
    if (!found && !existsSync(fallback)) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(found ? file : fallback);
    served.push({ path: pathname, bytes: body.length });
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    resetLog: () => served.splice(0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
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
