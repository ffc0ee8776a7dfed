/**
 * The floor: a bare Astro project that builds the same MDX files into minimal pages, with no
 * site features (no validation, derived data, search, charts). Our build is compared to it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes the floor project into `dir` (inside the repository, so it uses the same node_modules). */
export function writeFloorProject(dir: string): void {
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], cacheDir: process.env.LIBRARY_CACHE_DIR || undefined };\n`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  postmortems: defineCollection({
    loader: glob({ base: process.env.POSTMORTEMS_DIR!, pattern: ['**/*.{md,mdx}', '!registry/**', '!**/_*'] }),
  }),
};
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('postmortems')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head><body><h1>{String(entry.data.title)}</h1><Content /></body></html>
`,
  );
}
