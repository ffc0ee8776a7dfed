/**
 * Draws the link-preview pictures of the write-ups a build publishes into the preview store
 * (src/lib/preview-store.ts), beside Astro's build and at a low priority, on the core Astro leaves
 * idle; pictures an earlier build drew are kept. Astro's build renders no picture: `npm run build`
 * (scripts/build.ts) waits for this once Astro is done and places each picture beside its page.
 * It prints one line on stdout: the store key of each write-up's picture, as JSON `[[id, key], …]`.
 */
import sharp from 'sharp';
import { libraryDir, readLibrarySource } from '../src/lib/library-files';
import { previewCacheKey, previewCardOf, previewContextOf, renderPreview, type PreviewCard } from '../src/lib/link-preview';
import { isPublicBuild, isPublished } from '../src/lib/published';
import { hasStoredPreview, previewStoreDir, pruneStore, storePreview } from '../src/lib/preview-store';
import { checkLibrary } from '../src/lib/validation/check-library';

// One libvips thread per picture and no operation cache: two pictures in flight already fill
// both cores, and each picture is encoded once.
sharp.concurrency(1);
sharp.cache(false);
const started = Date.now();

/**
 * The store key of each published write-up's picture, and the cards not yet in the store. The
 * checked library stays inside: it is garbage before the first picture is drawn.
 */
function picturesOf(store: string) {
  // Only the fields a picture shows: Astro's build checks everything else, and fails on it.
  const library = checkLibrary(readLibrarySource(libraryDir()), { frontMatterOnly: true });
  const context = previewContextOf(library.settings, library.registries);
  const build = { publicBuild: isPublicBuild(), drafts: false };
  const writeUps = library.writeUps.flatMap((writeUp) => (writeUp.data && isPublished(writeUp.data, build) ? [{ id: writeUp.id, data: writeUp.data }] : []));
  const keys: [id: string, key: string][] = [];
  const toDraw: { key: string; card: PreviewCard }[] = [];
  for (const writeUp of writeUps) {
    const card = previewCardOf(writeUp, context);
    const key = previewCacheKey(card);
    keys.push([writeUp.id, key]);
    if (!hasStoredPreview(store, key)) toDraw.push({ key, card });
  }
  return { keys, toDraw };
}

const store = previewStoreDir();
const { keys, toDraw } = picturesOf(store);
// Two pictures in flight: while the thread pool draws and encodes one, the main thread lays out
// the next, so both cores work once Astro's build has ended.
let next = 0;
const drawNext = async (): Promise<void> => {
  for (let at = next++; at < toDraw.length; at = next++) storePreview(store, toDraw[at]!.key, await renderPreview(toDraw[at]!.card));
};
await Promise.all([drawNext(), drawNext()]);
pruneStore(store, new Set(keys.map(([, key]) => key)), started);
console.log(JSON.stringify(keys));
