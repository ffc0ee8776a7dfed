/**
 * Finding and reading the library's files on disk. Everything after reading is pure
 * (`validation/check-library.ts`), so tests can check libraries that exist only in memory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTRY_SCHEMAS, type RegistryName } from './schema';
import { WRITE_UP_FILE } from './write-up/id';
import { decodeText } from './write-up/text';
import type { LibrarySource, SourceFile } from './validation/check-library';

/** The library folder: `POSTMORTEMS_DIR` when set (tests, benchmarks), else `postmortems/`. */
export function libraryDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.POSTMORTEMS_DIR ?? 'postmortems');
}

export const REGISTRY_FOLDER = 'registry';

/** Write-up files under `dir`, sorted; skips `registry/` and anything whose name starts with `_`. */
export function findWriteUpFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, top: boolean) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!(top && entry.name === REGISTRY_FOLDER)) walk(full, false);
      } else if (WRITE_UP_FILE.test(entry.name)) {
        found.push(full);
      }
    }
  };
  if (existsSync(dir)) walk(dir, true);
  return found.sort();
}

/** A library file as every reader sees it: strict UTF-8, no byte-order mark, LF line ends. */
export function readSourceFile(file: string, cwd = process.cwd()): SourceFile {
  const decoded = decodeText(readFileSync(file));
  return decoded.problem === undefined
    ? { path: displayPath(file, cwd), text: decoded.text }
    : { path: displayPath(file, cwd), text: '', unreadable: decoded.problem };
}

function readIfExists(file: string, cwd: string): SourceFile | undefined {
  return existsSync(file) ? readSourceFile(file, cwd) : undefined;
}

export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}

export function registryFile(dir: string, name: RegistryName): string {
  return path.join(dir, REGISTRY_FOLDER, `${name}.yaml`);
}

export function settingsFile(dir: string): string {
  return path.join(dir, 'settings.yaml');
}

export function readLibrarySource(dir: string, cwd = process.cwd()): LibrarySource {
  const registries: LibrarySource['registries'] = {};
  for (const name of Object.keys(REGISTRY_SCHEMAS) as RegistryName[]) {
    const file = readIfExists(registryFile(dir, name), cwd);
    if (file) registries[name] = file;
  }
  return {
    settings: readIfExists(settingsFile(dir), cwd),
    registries,
    registryDir: displayPath(path.join(dir, REGISTRY_FOLDER), cwd),
    libraryDir: displayPath(dir, cwd),
    libraryRoot: dir,
    writeUps: findWriteUpFiles(dir).map((file) => readSourceFile(file, cwd)),
  };
}
