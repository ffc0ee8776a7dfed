/**
 * The content loader for write-ups: the only way Astro reads them, in the build and in the
 * development server alike. Each file is read once (see `lib/write-up/read.ts`), checked by the
 * same rules as `npm run validate`, and, when it has no error, rendered to HTML from the tree that
 * was checked. Nothing of a write-up is compiled, imported or evaluated. An unchanged write-up
 * (same text, same images, same registries, settings and checks) is neither read nor rendered
 * again: its entry stays in Astro's data store, and its findings in the loader's meta store.
 *
 * A library with errors fails the build with every problem listed. The development server
 * publishes a broken write-up's problems in place of its page instead, and checks again on every
 * save.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { asciiJson } from '../lib/ascii-json';
import { readLibrarySource } from '../lib/library-files';
import type { WriteUp } from '../lib/schema';
import type { Heading } from '../lib/write-up/render';
import { codeFingerprint } from '../lib/validation/code-fingerprint';
import { countDiagnostics, formatText, sortDiagnostics, type Diagnostic } from '../lib/validation/diagnostic';
import { validateWithCache, type ValidationCache } from '../lib/validation/validation-cache';
import type { PublishedImage } from '../lib/validation/check-library';

/** What the store holds for a write-up. */
export interface WriteUpEntryData {
  /** The validated front matter; null for a write-up with errors (development only). */
  writeUp: WriteUp | null;
  /** Its errors and warnings, for the development server's problem page. */
  problems: Diagnostic[];
  /** The title as written, for a write-up with errors. */
  title: string;
  /** The narrative's words, for search and similar incidents. */
  narrative: string;
  /** The narrative's headings, for the page's contents (kept here rather than with the HTML, as ASCII: see storedData). */
  headings: Heading[];
  images: PublishedImage[];
}

/**
 * Set only by the tests of the renderer's own defences: publishes every write-up whose front
 * matter is valid, whatever else the checks say. Never set it for a real library.
 */
export const CHECKS_SWITCHED_OFF = process.env.POSTMORTEMS_TEST_SKIP_CHECKS === '1';

const CACHE_KEY = 'library-checks';
/** How long the development server waits after a library file changes before reading it again. */
const SAVE_SETTLE_MS = 150;

export function writeUpLoader(options: { dir: string }): Loader {
  return {
    name: 'library-of-failures:write-ups',
    async load(context) {
      await sync(context, options.dir);
      const { watcher } = context;
      if (!watcher) return;
      // Any library file can change a write-up's findings: its own text, an image, a registry, the settings.
      watcher.add(options.dir);
      let queued: Promise<void> = Promise.resolve();
      let settling: NodeJS.Timeout | undefined;
      // A save can be a truncation then a write, and the watcher may report only the first (it
      // drops a file's repeated events within a few milliseconds): the library is read again once
      // the writes have settled, never in between, where a write-up would look empty.
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(path.resolve(options.dir) + path.sep)) return;
        clearTimeout(settling);
        settling = setTimeout(() => {
          queued = queued.then(() => sync(context, options.dir)).catch((error: unknown) => context.logger.error(String(error)));
        }, SAVE_SETTLE_MS);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

async function sync(context: LoaderContext, dir: string): Promise<void> {
  const { store, meta, logger, config } = context;
  const development = context.watcher !== undefined;
  const root = fileURLToPath(config.root);
  const source = readLibrarySource(dir, root);
  // From this loader down: a change to the checks, or to what an entry holds, voids what is remembered.
  const fingerprint = codeFingerprint(path.join(root, 'src/data/write-up-loader.ts'), path.join(root, 'package-lock.json'));

  // Remembered findings count only where the store still has the entry they were made for.
  const previous = readCache(meta.get(CACHE_KEY));
  if (previous) {
    for (const [file, entry] of Object.entries(previous.writeUps)) {
      if (store.get(entry.id)?.digest !== entry.digest) delete previous.writeUps[file];
    }
  }
  const result = await validateWithCache(source, previous, fingerprint, { render: CHECKS_SWITCHED_OFF ? 'readable' : 'valid', base: config.base });
  meta.set(CACHE_KEY, asciiJson(result.cache));

  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 && !development && !CHECKS_SWITCHED_OFF) {
    const counts = countDiagnostics(errors);
    logger.error(`\n${formatText(errors, source.writeUps.length)}`);
    throw new LibraryError(
      `The library has ${counts.errors} error${counts.errors === 1 ? '' : 's'} in ${counts.files} file${counts.files === 1 ? '' : 's'} (listed above). Fix them and build again; \`npm run validate\` checks without building.`,
    );
  }

  const problemsByFile = Map.groupBy(sortDiagnostics(result.diagnostics), (diagnostic) => diagnostic.file);
  const broken = new Set(errors.map((error) => error.file));
  const kept = new Set<string>();
  for (const writeUp of result.writeUps) {
    if (writeUp.remembered) {
      kept.add(writeUp.id);
      continue;
    }
    const problems = problemsByFile.get(writeUp.path) ?? [];
    const publish = CHECKS_SWITCHED_OFF ? writeUp.data !== undefined && writeUp.rendered !== undefined : !broken.has(writeUp.path);
    if (!publish && !development) continue;
    // Of two files with one id, the one with errors is shown: its problems are the news.
    if (kept.has(writeUp.id) && !broken.has(writeUp.path)) continue;
    const title = typeof (writeUp.raw as { title?: unknown } | undefined)?.title === 'string' ? (writeUp.raw as { title: string }).title : writeUp.id;
    const data: WriteUpEntryData = {
      writeUp: publish ? writeUp.data! : null,
      problems,
      title,
      narrative: writeUp.narrative,
      headings: publish && writeUp.rendered ? writeUp.rendered.headings : [],
      images: writeUp.images,
    };
    store.set({
      id: writeUp.id,
      data: storedData(data),
      digest: writeUp.digest,
      filePath: path.relative(root, path.resolve(root, writeUp.path)),
      ...(publish && writeUp.rendered
        ? { rendered: { html: writeUp.rendered.html } }
        : {}),
    });
    kept.add(writeUp.id);
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  const unchanged = source.writeUps.length - result.checked;
  const counts = countDiagnostics(result.diagnostics);
  logger.info(
    `${source.writeUps.length} write-ups read${unchanged > 0 ? ` (${unchanged} unchanged since the last build)` : ''}: ${counts.errors} errors, ${counts.warnings} warnings${counts.warnings > 0 ? ' (npm run validate lists them)' : ''}.`,
  );
}

/**
 * Astro looks through every string of an entry's data and imports files named by some of them
 * (a string starting with "__ASTRO_IMAGE_" becomes an image import). A write-up's text is data,
 * so the store gets it as one JSON string that Astro has no reason to look into, in ASCII so
 * that Astro's store loads fast (see lib/ascii-json.ts).
 */
function storedData(data: WriteUpEntryData): Record<string, unknown> {
  return { json: asciiJson(data) };
}

/** The entry data `storedData` kept. */
export function entryData(stored: Record<string, unknown>): WriteUpEntryData {
  return JSON.parse(String(stored.json)) as WriteUpEntryData;
}

function readCache(text: string | undefined): ValidationCache | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as ValidationCache;
  } catch {
    return undefined;
  }
}

/** A library that cannot be published: the message is for people, so no stack trace is printed. */
class LibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryError';
    this.stack = '';
  }
}
