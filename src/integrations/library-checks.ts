/**
 * Runs the library's own validation before Astro reads any write-up, so a broken library fails
 * the build with every problem listed in plain words (Astro would stop at the first, with a zod
 * dump), and nothing of an invalid or unsafe write-up (code in the body, a leaked secret) is
 * compiled. Each write-up's findings are remembered in Astro's cache folder, so a rebuild checks
 * again only the write-ups that changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { libraryDir, readLibrarySource } from '../lib/library-files';
import { countDiagnostics, formatText } from '../lib/validation/diagnostic';
import { validateWithCache, type ValidationCache } from '../lib/validation/validation-cache';

/** The validator's code and its dependencies' versions: remembered findings are void when either changes. */
function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  const lib = path.join(root, 'src/lib');
  const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|mjs)$/.test(file) && !file.endsWith('.test.ts'));
  for (const file of [...files.sort().map((file) => path.join(lib, file)), path.join(root, 'package-lock.json')]) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('base64url');
}

function readCache(file: string): ValidationCache | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ValidationCache;
  } catch {
    return undefined;
  }
}

export default function libraryChecks(): AstroIntegration {
  return {
    name: 'library-of-failures:checks',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        // Vitest loads the Astro config too; the validator has its own tests there.
        if ((command !== 'build' && command !== 'dev') || process.env.VITEST) return;
        const source = readLibrarySource(libraryDir());
        const cacheFile = path.join(fileURLToPath(config.cacheDir), 'library-checks.json');
        const { diagnostics, cache, checked } = await validateWithCache(source, readCache(cacheFile), codeFingerprint(fileURLToPath(config.root)));
        mkdirSync(path.dirname(cacheFile), { recursive: true });
        writeFileSync(cacheFile, JSON.stringify(cache));
        const counts = countDiagnostics(diagnostics);
        if (counts.errors === 0) {
          // Warnings are for the author's check (`npm run validate`), not for every build log.
          const unchanged = source.writeUps.length - checked;
          logger.info(
            `${source.writeUps.length} write-ups checked${unchanged > 0 ? ` (${unchanged} unchanged since the last build)` : ''}: no errors, ${counts.warnings} warnings (npm run validate lists them).`,
          );
          return;
        }
        const report = formatText(diagnostics.filter((d) => d.severity === 'error'), source.writeUps.length);
        if (command === 'dev') {
          logger.warn(`The library has errors; pages of broken write-ups may fail:\n${report}`);
          return;
        }
        console.error(report);
        throw new Error(
          `The library has ${counts.errors} error${counts.errors === 1 ? '' : 's'} in ${counts.files} file${counts.files === 1 ? '' : 's'} (listed above). Fix them and build again; \`npm run validate\` checks without building.`,
        );
      },
    },
  };
}
