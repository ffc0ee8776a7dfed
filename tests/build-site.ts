/** Builds the site the way a person runs `npm run build`, for tests that check the output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

/**
 * The sample library, built once by `global-setup.ts` before any test runs, in a folder of
 * this run's own so that two test runs at once do not pull the site from under each other.
 */
export const SAMPLE_SITE = process.env.LIBRARY_SAMPLE_SITE ?? path.join(root, 'tests/.tmp/sample-site');
export const SAMPLE_TODAY = '2026-11-22';

/** The test runner's environment, minus what Vitest adds (NODE_ENV=test, PROD, DEV, MODE, …) that would change the build. */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const added = new Set(['NODE_ENV', 'TEST', 'PROD', 'DEV', 'MODE', 'SSR', 'BASE_URL']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !added.has(key) && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export function astroBuild(outDir: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: buildEnvironment({ LIBRARY_CACHE_DIR: `${outDir}-cache`, ...env }),
    encoding: 'utf8',
  });
}

/** Text as a reader sees it in built HTML: the entities Astro writes, decoded. */
export function decodeHtml(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
