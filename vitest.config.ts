/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const FRESH_CLONE = process.env.LIBRARY_FRESH_CLONE === '1';

/**
 * The fresh-clone test runs the whole suite again in a clone, in child processes: it starts first,
 * so that it overlaps with everything else instead of adding its minutes at the end.
 */
class FreshCloneFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (file: TestSpecification) => file.moduleId.endsWith('fresh-clone.test.ts');
    return [...sorted.filter(first), ...sorted.filter((file) => !first(file))];
  }
}

/**
 * Two projects: `unit` (src/ and scripts/) needs no site and starts at once; `site` (tests/)
 * builds the sample library once in its global setup and checks the output, in Chromium too.
 * `npm run test:unit` runs the first, `npm test` both.
 *
 * Two test files run at a time (the default on 2 cores is one): tests that build take turns
 * (tests/build-site.ts), and the fresh-clone test, mostly waiting on its clone's own `npm test`,
 * overlaps with the rest. Inside that clone the suite runs one file at a time, so the two
 * never ask for more than the machine's two cores.
 */
export default getViteConfig({
  test: {
    environment: 'node',
    maxWorkers: FRESH_CLONE ? 1 : 2,
    sequence: { sequencer: FreshCloneFirst },
    projects: [
      {
        extends: true,
        // Some unit tests run a script (npm run new, validate) in a child process: on a busy
        // 2-core runner that takes seconds, so the limit is for hangs, not for speed.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // Tests that run `astro build` take turns (see tests/build-site.ts), so one may wait for others.
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
