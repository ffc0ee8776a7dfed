import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewStoreDir, pruneStore, storedPreview, storePreview } from './preview-store';

let dir: string;
beforeEach(() => (dir = path.join(mkdtempSync(path.join(tmpdir(), 'preview-store-')), 'link-previews')));
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('the preview store', () => {
  it('lives in the build cache folder', () => {
    expect(previewStoreDir({}, '/project')).toBe('/project/node_modules/.astro/link-previews');
    expect(previewStoreDir({ LIBRARY_CACHE_DIR: 'cache' }, '/project')).toBe('/project/cache/link-previews');
  });

  it('gives back what was stored under a key, and nothing for another', () => {
    storePreview(dir, 'abc', Uint8Array.from([1, 2, 3]));
    expect(storedPreview(dir, 'abc')).toEqual(Uint8Array.from([1, 2, 3]));
    expect(storedPreview(dir, 'other')).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['abc.png']);
  });

  it('prunes the pictures no incident shows any more, once they are older than the build', () => {
    storePreview(dir, 'kept', Uint8Array.from([1]));
    storePreview(dir, 'stale', Uint8Array.from([2]));
    storePreview(dir, 'new', Uint8Array.from([3]));
    const start = Date.now();
    const old = new Date(start - 60_000);
    utimesSync(path.join(dir, 'stale.png'), old, old);
    utimesSync(path.join(dir, 'kept.png'), old, old);
    expect(pruneStore(dir, new Set(['kept']), start - 1000)).toBe(1);
    expect(existsSync(path.join(dir, 'stale.png'))).toBe(false);
    expect(readdirSync(dir).toSorted()).toEqual(['kept.png', 'new.png']);
  });
});
