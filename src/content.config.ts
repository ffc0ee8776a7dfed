import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { asciiJson } from './lib/ascii-json';
import { writeUpLoader } from './data/write-up-loader';
import { libraryDir, readSourceFile, registryFile } from './lib/library-files';
import { REGISTRY_SCHEMAS, type RegistryName } from './lib/schema';
import { readYaml } from './lib/write-up/yaml';

const dir = libraryDir();

/** Write-ups: read, checked and rendered by our own loader, never compiled (see write-up-loader.ts). */
const postmortems = defineCollection({ loader: writeUpLoader({ dir }) });

/**
 * A registry: a YAML map keyed by id, read with the one YAML configuration the checks use. Only
 * valid entries are stored; the write-up loader reports the others, with file and line.
 */
function registryLoader(name: RegistryName): Loader {
  const filePath = registryFile(dir, name);
  const schema = REGISTRY_SCHEMAS[name];
  const load: Loader['load'] = async ({ store }) => {
    store.clear();
    if (!existsSync(filePath)) return;
    const value = readYaml(readSourceFile(filePath).text).value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [id, entry] of Object.entries(value)) {
      const parsed = schema.safeParse(entry ?? {});
      // As one ASCII JSON string, like write-ups: Astro acts on some strings it finds in entry
      // data, and loads an all-ASCII store faster (lib/ascii-json.ts).
      if (parsed.success) store.set({ id, data: { json: asciiJson(parsed.data) } });
    }
  };
  return {
    name: `library-of-failures:${name}`,
    async load(context) {
      await load(context);
      context.watcher?.add(filePath);
      context.watcher?.on('change', (changed) => {
        if (changed === filePath) void load(context);
      });
    },
  };
}

const registry = (name: RegistryName) => defineCollection({ loader: registryLoader(name) });

/** The site's own guides: trusted MDX, written with the code and compiled with it (never write-ups). */
const guides = defineCollection({
  loader: glob({ base: './src/guides', pattern: '*.mdx' }),
  schema: z.object({
    title: z.string().describe('The guide\'s heading and page title.'),
    description: z.string().describe('One sentence for search results and link previews.'),
    order: z.int().describe('Place in the list of guides.'),
  }),
});

export const collections = {
  postmortems,
  guides,
  people: registry('people'),
  teams: registry('teams'),
  services: registry('services'),
  causes: registry('causes'),
};
