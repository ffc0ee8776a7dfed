// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// SITE_URL and BASE_PATH let the same build serve a domain root or a project page.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  // A separate cache per library lets tests and benchmarks build several libraries side by side.
  cacheDir: process.env.LIBRARY_CACHE_DIR || undefined,
  trailingSlash: 'ignore',
  // Pages render several at a time, so one page's file writes overlap the next page's rendering.
  build: { concurrency: 4 },
  // MDX is for the site's own pages; write-ups are never compiled (src/data/write-up-loader.ts).
  // The public build has a sitemap for search engines (it needs SITE_URL); the full library asks
  // not to be indexed (src/pages/robots.txt.ts).
  integrations: [mdx(), ...(process.env.POSTMORTEMS_VISIBILITY === 'public' ? [sitemap()] : [])],
  // Incident pages carry a cache key of everything they show, so a rebuild after one write-up
  // changes renders only the pages whose key changed (the cache lives in node_modules/.astro).
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks each MDX module (the site's own guides) with this directive, and the bundler
        // warns about it once per file; nothing is lost by not repeating it in every build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
