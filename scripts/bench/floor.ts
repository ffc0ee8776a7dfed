/**
 * The floor and the reference rows our build is compared to, each on the same write-ups:
 *
 * - the floor: a bare Astro project that builds the same MDX files with @astrojs/mdx into
 *   minimal pages, with no site features (no validation, derived data, search, charts);
 * - the content-layer floor: the same project on the same files renamed `.md`, which Astro
 *   renders at content sync instead of compiling each into a module;
 * - Hugo on the same Markdown, when `hugo` is on PATH: the speed a static-site engine can reach.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every write-up of `library` (not the registry, templates or settings), relative to it. */
function writeUpFiles(library: string): string[] {
  return readdirSync(library, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('registry') && !path.basename(file).startsWith('_'))
    .sort();
}

/** Copies `library`'s write-ups into `dir` as `.md` files, folders kept; returns how many. */
export function writeMarkdownCopy(library: string, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  const files = writeUpFiles(library);
  for (const file of files) {
    const target = path.join(dir, file.replace(/\.mdx$/, '.md'));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(library, file), target);
  }
  return files.length;
}

/** True when Hugo can be run from PATH. */
export function hasHugo(): boolean {
  return spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
}

/** A minimal Hugo site whose content is `markdown` (a writeMarkdownCopy folder), pages as bare as the floor's. */
export function writeHugoProject(dir: string, markdown: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'layouts/_default'), { recursive: true });
  writeFileSync(
    path.join(dir, 'hugo.toml'),
    `baseURL = 'https://example.org/'\ntitle = 'Floor'\ncontentDir = ${JSON.stringify(markdown)}\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n[markup.goldmark.renderer]\nunsafe = true\n`,
  );
  writeFileSync(path.join(dir, 'layouts/_default/single.html'), '<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n');
  writeFileSync(path.join(dir, 'layouts/_default/list.html'), '<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1></body></html>\n');
  if (!existsSync(markdown)) throw new Error(`No Markdown copy at ${markdown}`);
}

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
