/**
 * Draws the link-preview pictures ahead of Astro, while Astro bundles and renders pages: Astro
 * keeps one core busy and this uses the other. It runs beside `npm run build` (scripts/build.ts)
 * at a low priority, and puts each picture in the preview store, where the picture's endpoint
 * finds it instead of drawing it. It only saves time: a picture it has not drawn yet is drawn by
 * the endpoint, so the build never waits for it, and it stops when Astro's build ends.
 */
import { siteNameOf } from '../src/lib/format';
import { libraryDir, readLibrarySource } from '../src/lib/library-files';
import { previewCacheKey, previewCardOf, renderPreview } from '../src/lib/link-preview';
import { previewStoreDir, pruneStore, storedPreview, storePreview } from '../src/lib/preview-store';
import { checkLibrary } from '../src/lib/validation/check-library';

const started = Date.now();
const library = checkLibrary(readLibrarySource(libraryDir()));
const publicBuild = process.env.POSTMORTEMS_VISIBILITY === 'public';
const context = {
  siteName: siteNameOf(library.settings),
  severities: library.settings.severities.map((level) => level.id),
  serviceName: (id: string) => library.registries.services.get(id)?.name ?? id,
};
// The write-ups the build publishes (src/data/library.ts): no drafts, and public ones only in a
// public build. Oldest first: Astro asks for the newest first, so when it reaches the pictures
// before this is done, the two draw from either end and never the same one.
const cards = library.writeUps
  .flatMap((writeUp) => (writeUp.data && !writeUp.data.draft && (!publicBuild || writeUp.data.visibility === 'public') ? [{ id: writeUp.id, data: writeUp.data }] : []))
  .sort((a, b) => a.data.date.localeCompare(b.data.date) || b.id.localeCompare(a.id))
  .map((writeUp) => previewCardOf(writeUp, context));
const store = previewStoreDir();
const keys = new Set<string>();
try {
  for (const card of cards) {
    const key = previewCacheKey(card);
    keys.add(key);
    if (!storedPreview(store, key)) storePreview(store, key, await renderPreview(card));
  }
  pruneStore(store, keys, started);
} catch (error) {
  console.warn(`Link previews were not drawn ahead of the build (the build draws them): ${(error as Error).message}`);
}
