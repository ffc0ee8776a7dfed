// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import libraryChecks from './src/integrations/library-checks.ts';

// SITE_URL and BASE_PATH let the same build serve a domain root or a project page.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  integrations: [libraryChecks(), mdx()],
});
