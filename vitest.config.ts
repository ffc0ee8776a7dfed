/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects: `unit` (src/ and scripts/) needs no site and starts at once; `site` (tests/)
 * builds the sample library once in its global setup and checks the output, in Chromium too.
 * `npm run test:unit` runs the first, `npm test` both.
 */
export default getViteConfig({
  test: {
    environment: 'node',
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
