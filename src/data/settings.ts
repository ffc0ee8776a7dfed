/** The library's settings, read once at build time; defaults apply when settings.yaml is absent (or broken: the checks report it). */
import { existsSync } from 'node:fs';
import { libraryDir, readSourceFile, settingsFile } from '../lib/library-files';
import { settingsSchema } from '../lib/schema';
import { readYaml } from '../lib/write-up/yaml';

const file = settingsFile(libraryDir());
const parsed = existsSync(file) ? settingsSchema.safeParse(readYaml(readSourceFile(file).text).value ?? {}) : undefined;

export const settings = parsed?.success ? parsed.data : settingsSchema.parse({});
