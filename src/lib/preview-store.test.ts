import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasStoredPreview, placePreviews, previewStoreDir, pruneStore, storedPreview, storePreview } from './preview-store';

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
    expect([hasStoredPreview(dir, 'abc'), hasStoredPreview(dir, 'other')]).toEqual([true, false]);
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

  it("places each incident page's picture beside it, or names the pages that have none and places nothing", () => {
    const site = path.join(path.dirname(dir), 'site');
    for (const id of ['a', 'b']) {
      mkdirSync(path.join(site, 'incidents', id), { recursive: true });
      writeFileSync(path.join(site, 'incidents', id, 'index.html'), '<p>page</p>');
    }
    storePreview(dir, 'key-a', Uint8Array.from([1]));
    expect(() => placePreviews(site, dir, new Map([['a', 'key-a'], ['b', 'key-b']]))).toThrow('No link-preview picture was drawn for 1 incident page(s): b.');
    expect(existsSync(path.join(site, 'incidents', 'a', 'preview.png'))).toBe(false);
    storePreview(dir, 'key-b', Uint8Array.from([2]));
    expect(placePreviews(site, dir, new Map([['a', 'key-a'], ['b', 'key-b']]))).toBe(2);
    expect([...readFileSync(path.join(site, 'incidents', 'b', 'preview.png'))]).toEqual([2]);
  });
});
