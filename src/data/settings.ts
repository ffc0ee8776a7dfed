/** The library's settings, read once at build time; defaults apply when settings.yaml is absent. */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { libraryDir, settingsFile } from '../lib/library-files';
import { settingsSchema, writeUpSchema } from '../lib/schema';

const file = settingsFile(libraryDir());

export const settings = settingsSchema.parse(existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) ?? {}) : {});

export const postmortemSchema = writeUpSchema(settings.severities.map((level) => level.id));
