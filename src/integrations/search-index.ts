/**
 * Builds the Pagefind index of the write-ups after Astro has written the pages, through
 * Pagefind's Node API. Any error Pagefind reports fails the build: a site whose search silently
 * misses pages is worse than no build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'library-of-failures:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) fail('start', errors);
          // Only write-up pages carry data-pagefind-body; reading the others (quarter and cause
          // pages run to megabytes on large libraries) would only cost time.
          const added = await index.addDirectory({ path: site, glob: 'incidents/**/*.html' });
          if (added.errors.length > 0) fail('index the pages', added.errors);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) fail('write the index', written.errors);
          logger.info(`Search index written: ${added.page_count} write-ups.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
