/**
 * Building, serving and opening the site from the tools and the tests: `npm run build` into a
 * folder, a static server over a built site (as a host would serve it), and Debian's chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** The day sample builds are made as of, so overdue flags do not change from day to day. */
export const SAMPLE_TODAY = '2026-11-22';

/** The environment without what a test runner adds (NODE_ENV=test, PROD, DEV, MODE, …), which would change the build. */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const added = new Set(['NODE_ENV', 'TEST', 'PROD', 'DEV', 'MODE', 'SSR', 'BASE_URL']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !added.has(key) && !key.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** `npm run build` into `outDir`, with its own cache folder beside it: Astro's build, then the search index. */
export function buildSite(outDir: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT_ROOT, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: buildEnvironment({ LIBRARY_CACHE_DIR: `${outDir}-cache`, ...env }),
    encoding: 'utf8',
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
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
export async function serveSite(dir: string): Promise<SiteServer> {
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
    const answer = found ? file : fallback;
    const body = readFileSync(answer);
    served.push({ path: pathname, bytes: body.length });
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[path.extname(answer)] ?? 'application/octet-stream' });
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

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
