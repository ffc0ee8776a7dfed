import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { libraryDir, registryFile } from './lib/library-files';
import { REGISTRY_SCHEMAS, type RegistryName } from './lib/schema';
import { postmortemSchema } from './data/settings';

const dir = libraryDir();

const postmortems = defineCollection({
  loader: glob({
    base: dir,
    pattern: ['**/*.{md,mdx}', '!registry/**', '!**/_*', '!**/_*/**'],
    // The id is the file name: ids are unique across folders (the validator checks it).
    generateId: ({ entry }) => path.basename(entry).replace(/\.mdx?$/, ''),
  }),
  schema: postmortemSchema,
});

/** Registries are YAML maps keyed by id, read as YAML 1.2 like the validator reads them. */
function registry(name: RegistryName) {
  const filePath = registryFile(dir, name);
  return defineCollection({
    loader: existsSync(filePath)
      ? file(path.relative(process.cwd(), filePath), { parser: (text) => parseYaml(text) ?? {} })
      : async () => [],
    schema: REGISTRY_SCHEMAS[name],
  });
}

export const collections = {
  postmortems,
  people: registry('people'),
  teams: registry('teams'),
  services: registry('services'),
  causes: registry('causes'),
};
