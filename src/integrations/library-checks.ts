/**
 * Runs the library's own validation before Astro reads any write-up, so a broken library fails
 * the build with every problem listed in plain words (Astro would stop at the first, with a zod
 * dump), and nothing of an invalid or unsafe write-up (code in the body, a leaked secret) is
 * compiled.
 */
import type { AstroIntegration } from 'astro';
import { libraryDir, readLibrarySource } from '../lib/library-files';
import { validateLibrary } from '../lib/validation/check-library';
import { countDiagnostics, formatText } from '../lib/validation/diagnostic';

export default function libraryChecks(): AstroIntegration {
  return {
    name: 'library-of-failures:checks',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // Vitest loads the Astro config too; the validator has its own tests there.
        if ((command !== 'build' && command !== 'dev') || process.env.VITEST) return;
        const source = readLibrarySource(libraryDir());
        const { diagnostics } = await validateLibrary(source);
        const counts = countDiagnostics(diagnostics);
        if (counts.errors === 0) {
          // Warnings are for the author's check (`npm run validate`), not for every build log.
          logger.info(`${source.writeUps.length} write-ups checked: no errors, ${counts.warnings} warnings (npm run validate lists them).`);
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
