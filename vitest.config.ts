/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Tests that run `astro build` take turns (see tests/build-site.ts), so one may wait for others.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
