/**
 * Builds the Pagefind index of the write-ups through Pagefind's Node API. Incident pages reach
 * Pagefind as Astro renders them (the middleware's sink), so its own process indexes them while
 * Astro renders the rest; pages Astro took from the incremental-build cache are read from the
 * output folder at the end. Any error Pagefind reports fails the build: a site whose search
 * silently misses pages is worse than no build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { closeSearchPageSink, openSearchPageSink } from './search-pages';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

type Added = Awaited<ReturnType<pagefind.PagefindIndex['addHTMLFile']>>;

export default function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  const added = new Map<string, Promise<Added>>();
  const add = (sourcePath: string, content: string) => added.set(sourcePath, index!.addHTMLFile({ sourcePath, content }));

  return {
    name: 'library-of-failures:search-index',
    hooks: {
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({});
        if (!created.index || created.errors.length > 0) fail('start', created.errors);
        index = created.index;
        openSearchPageSink({ add });
      },
      'astro:build:done': async ({ dir, logger }) => {
        closeSearchPageSink();
        const site = fileURLToPath(dir);
        try {
          if (!index) fail('start', ['The index was not created when the build started.']);
          // Only write-up pages carry data-pagefind-body; the others are never read.
          const written = (await readdir(path.join(site, 'incidents'), { recursive: true }).catch(() => []))
            .filter((file) => file.endsWith('index.html'))
            .map((file) => path.posix.join('incidents', file.split(path.sep).join('/')));
          const restored = written.filter((sourcePath) => !added.has(sourcePath));
          let pageCount: number;
          if (restored.length > added.size) {
            // A rebuild that restored most pages: Pagefind reads the folder itself faster than
            // it takes pages one message at a time, so the few it was sent are read again.
            await Promise.all(added.values());
            await index.deleteIndex();
            const created = await pagefind.createIndex({});
            if (!created.index || created.errors.length > 0) fail('start', created.errors);
            index = created.index;
            const read = await index.addDirectory({ path: site, glob: 'incidents/**/*.html' });
            if (read.errors.length > 0) fail('index the pages', read.errors);
            pageCount = read.page_count;
          } else {
            for (const sourcePath of restored) add(sourcePath, await readFile(path.join(site, sourcePath), 'utf8'));
            const errors = (await Promise.all(added.values())).flatMap((result) => result.errors);
            if (errors.length > 0) fail('index the pages', errors);
            pageCount = added.size;
          }
          const output = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (output.errors.length > 0) fail('write the index', output.errors);
          logger.info(`Search index written: ${pageCount} write-ups.`);
        } finally {
          added.clear();
          await pagefind.close();
        }
      },
    },
  };
}
