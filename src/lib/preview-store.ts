/**
 * Link-preview pictures kept between builds, one file per picture named by its cache key (a
 * hash of what it shows): the build draws a picture once, and again only when its incident's
 * title, severity, date or services change. It lives in the build cache folder (LIBRARY_CACHE_DIR,
 * else node_modules/.astro), never in the output.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function previewStoreDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.join(env.LIBRARY_CACHE_DIR ? path.resolve(cwd, env.LIBRARY_CACHE_DIR) : path.join(cwd, 'node_modules/.astro'), 'link-previews');
}

const fileOf = (dir: string, key: string) => path.join(dir, `${key}.png`);

export function storedPreview(dir: string, key: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    // A typed-array copy, not Uint8Array.from, which walks the bytes one by one (seconds per thousand pictures).
    return new Uint8Array(readFileSync(fileOf(dir, key)));
  } catch {
    return undefined;
  }
}

export function hasStoredPreview(dir: string, key: string): boolean {
  return existsSync(fileOf(dir, key));
}

/** Written under a temporary name, then renamed: a reader never sees half a picture. */
export function storePreview(dir: string, key: string, png: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `.${key}.${process.pid}.tmp`);
  writeFileSync(temporary, png);
  renameSync(temporary, fileOf(dir, key));
}

/** Removes pictures no incident shows any more (not among `keep`) that are older than `before`. */
export function pruneStore(dir: string, keep: ReadonlySet<string>, before: number): number {
  let removed = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (!name.isFile() || !name.name.endsWith('.png') || keep.has(name.name.slice(0, -'.png'.length))) continue;
    const file = path.join(dir, name.name);
    if (statSync(file).mtimeMs < before) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Puts each incident page's picture beside it (`incidents/<id>/preview.png`) from the store, by
 * the keys the drawer reports: every incident page in `site` must have one, or nothing is placed
 * and the missing ones are named.
 */
export function placePreviews(site: string, store: string, keys: ReadonlyMap<string, string>): number {
  const incidents = path.join(site, 'incidents');
  const pages = existsSync(incidents)
    ? readdirSync(incidents, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(path.join(incidents, entry.name, 'index.html'))).map((entry) => entry.name)
    : [];
  const missing = pages.filter((id) => !keys.has(id) || !existsSync(fileOf(store, keys.get(id)!)));
  if (missing.length > 0) throw new Error(`No link-preview picture was drawn for ${missing.length} incident page(s): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}.`);
  for (const id of pages) copyFileSync(fileOf(store, keys.get(id)!), path.join(incidents, id, 'preview.png'));
  return pages.length;
}
