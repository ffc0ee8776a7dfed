/** Builds the site the way a person runs `npm run build`, for tests that check the output, one build at a time. */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildEnvironment, buildSite, PROJECT_ROOT as root, SAMPLE_TODAY } from '../scripts/lib/site';

export { buildEnvironment, root, SAMPLE_TODAY };

/**
 * The sample library, built once by `global-setup.ts` before any test runs, in a folder of
 * this run's own so that two test runs at once do not pull the site from under each other.
 */
export const SAMPLE_SITE = process.env.LIBRARY_SAMPLE_SITE ?? path.join(root, 'tests/.tmp/sample-site');

/**
 * Astro writes its prerender bundle to `.astro/` in the project root whatever the output folder,
 * so two builds at once (test files run in parallel) would overwrite each other's chunks. Builds
 * take turns through a lock folder.
 */
function withBuildLock<T>(run: () => T): T {
  const release = acquireBuildLock();
  try {
    return run();
  } finally {
    release();
  }
}

/** Takes the lock `withBuildLock` uses, for work that must not overlap a build (the dev server); returns its release. */
export function acquireBuildLock(): () => void {
  const lock = path.join(root, 'tests/.tmp/build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const waitUntil = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left over from a killed run.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > waitUntil) throw new Error(`Waited too long for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  return () => rmSync(lock, { recursive: true, force: true });
}

/** `npm run build` into `outDir`, taking turns with other builds of this checkout. */
export function astroBuild(outDir: string, env: Record<string, string> = {}) {
  return withBuildLock(() => buildSite(outDir, env));
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
