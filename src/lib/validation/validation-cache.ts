/**
 * Each write-up's own findings, remembered between builds by a digest of its text, so that a
 * rebuild after a pull request checks again only the files it changed. A write-up's findings
 * depend on its text, the settings, the registries and the validator's code: the last three make
 * the library key, and when it changes every file is checked again. The settings, the registries
 * and the rules between write-ups (unique ids, `related`) are checked on every run.
 */
import { createHash } from 'node:crypto';
import { checkAcrossWriteUps, validateEachFile, type CheckedWriteUp, type LibrarySource } from './check-library';
import type { Diagnostic } from './diagnostic';
import { valueAt } from './schema-issues';

export interface CachedWriteUp {
  /** Digest of the file's text. */
  digest: string;
  id: string;
  /** `related` as written: the rules between write-ups need it. */
  related: unknown;
  /** The file's own findings: errors, warnings, secrets. */
  diagnostics: Diagnostic[];
}

export interface ValidationCache {
  libraryKey: string;
  /** By path. */
  writeUps: Record<string, CachedWriteUp>;
}

export interface CachedValidation {
  diagnostics: Diagnostic[];
  /** What to remember for the next run. */
  cache: ValidationCache;
  /** How many write-ups were checked again (the others were remembered). */
  checked: number;
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Everything besides its own text that a write-up's findings depend on. */
export function libraryKeyOf(source: LibrarySource, codeFingerprint: string): string {
  const registries = Object.entries(source.registries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, file]) => [name, file?.path, file?.text]);
  return digest(JSON.stringify([codeFingerprint, source.registryDir, source.settings?.path, source.settings?.text, registries]));
}

/** `validateLibrary`'s findings, checking again only the write-ups that `previous` does not know as they are. */
export async function validateWithCache(
  source: LibrarySource,
  previous: ValidationCache | undefined,
  codeFingerprint: string,
): Promise<CachedValidation> {
  const libraryKey = libraryKeyOf(source, codeFingerprint);
  const known = previous?.libraryKey === libraryKey ? previous.writeUps : {};
  const digests = new Map(source.writeUps.map((file) => [file.path, digest(file.text)]));
  const isKnown = (path: string) => Object.hasOwn(known, path) && known[path]!.digest === digests.get(path);
  const changed = source.writeUps.filter((file) => !isKnown(file.path));

  const library = await validateEachFile({ ...source, writeUps: changed });
  const checkedByPath = new Map(library.writeUps.map((writeUp) => [writeUp.path, writeUp]));
  const ownFindings = Map.groupBy(library.diagnostics, (diagnostic) => diagnostic.file);

  const cache: ValidationCache = { libraryKey, writeUps: {} };
  const writeUps: CheckedWriteUp[] = source.writeUps.map((file) => {
    const checked = checkedByPath.get(file.path);
    if (checked) {
      cache.writeUps[file.path] = {
        digest: digests.get(file.path)!,
        id: checked.id,
        related: valueAt(checked.raw, ['related']),
        diagnostics: ownFindings.get(file.path) ?? [],
      };
      return checked;
    }
    const remembered = known[file.path]!;
    cache.writeUps[file.path] = remembered;
    library.diagnostics.push(...remembered.diagnostics);
    return { id: remembered.id, path: file.path, raw: { related: remembered.related }, body: '', bodyLine: 1 };
  });
  library.writeUps = writeUps;
  checkAcrossWriteUps(library, source);
  return { diagnostics: library.diagnostics, cache, checked: changed.length };
}
