/**
 * Each write-up's own findings, remembered between builds by a digest of its text, so that a
 * rebuild after a pull request reads, checks and renders again only the files it changed. A
 * write-up's findings depend on its text, the images it shows, the settings, the registries and
 * the validator's code: the last three make the library key, and when it changes every file is
 * checked again. The settings, the registries and the rules between write-ups (unique ids,
 * `related`) are checked on every run.
 */
import { createHash } from 'node:crypto';
import { diskImageFiles, NO_IMAGE_FILES } from '../write-up/image-files';
import { checkAcrossWriteUps, validateEachFile, type CheckOptions, type CheckedWriteUp, type LibrarySource } from './check-library';
import type { Diagnostic } from './diagnostic';
import { valueAt } from '../values';

export interface CachedWriteUp {
  /** Digest of the file's text. */
  digest: string;
  id: string;
  /** `related` as written: the rules between write-ups need it. */
  related: unknown;
  /** The file's own findings: errors, warnings, secrets. */
  diagnostics: Diagnostic[];
  /** The images it shows, by library path, with their digests then. */
  images: { libraryPath: string; digest: string }[];
}

export interface ValidationCache {
  libraryKey: string;
  /** By path. */
  writeUps: Record<string, CachedWriteUp>;
}

/** A write-up known from the cache: not read again. */
export interface RememberedWriteUp {
  remembered: true;
  id: string;
  path: string;
  digest: string;
}

export interface CachedValidation {
  diagnostics: Diagnostic[];
  /** Each write-up, in the source's order: checked now, or remembered. */
  writeUps: ((CheckedWriteUp & { remembered?: false; digest: string }) | RememberedWriteUp)[];
  /** What to remember for the next run. */
  cache: ValidationCache;
  /** How many write-ups were checked again (the others were remembered). */
  checked: number;
}

export const digestOf = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Everything besides its own text that a write-up's findings depend on. */
export function libraryKeyOf(source: LibrarySource, codeFingerprint: string, options: CheckOptions = {}): string {
  const registries = Object.entries(source.registries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, file]) => [name, file?.path, file?.text]);
  return digestOf(
    JSON.stringify([codeFingerprint, options.base ?? '/', options.render ?? 'none', source.registryDir, source.libraryDir, source.settings?.path, source.settings?.text, registries]),
  );
}

/**
 * `validateLibrary`'s findings, checking again only the write-ups that `previous` does not know
 * as they are (same text, same images).
 */
export async function validateWithCache(
  source: LibrarySource,
  previous: ValidationCache | undefined,
  codeFingerprint: string,
  options: CheckOptions = {},
): Promise<CachedValidation> {
  const libraryKey = libraryKeyOf(source, codeFingerprint, options);
  const known = previous?.libraryKey === libraryKey ? previous.writeUps : {};
  const images = options.images ?? (source.libraryRoot ? diskImageFiles(source.libraryRoot) : NO_IMAGE_FILES);
  const digests = new Map(source.writeUps.map((file) => [file.path, digestOf(file.unreadable ?? file.text)]));
  const isKnown = (path: string) => {
    const entry = Object.hasOwn(known, path) ? known[path]! : undefined;
    if (!entry || entry.digest !== digests.get(path)) return false;
    return entry.images.every((image) => {
      const file = images(image.libraryPath);
      return file.found && file.digest === image.digest;
    });
  };
  const changed = source.writeUps.filter((file) => !isKnown(file.path));

  const library = await validateEachFile({ ...source, writeUps: changed }, options);
  const checkedByPath = new Map(library.writeUps.map((writeUp) => [writeUp.path, writeUp]));
  const ownFindings = Map.groupBy(library.diagnostics, (diagnostic) => diagnostic.file);

  const cache: ValidationCache = { libraryKey, writeUps: {} };
  const writeUps: CachedValidation['writeUps'] = source.writeUps.map((file) => {
    const digest = digests.get(file.path)!;
    const checked = checkedByPath.get(file.path);
    if (checked) {
      cache.writeUps[file.path] = {
        digest,
        id: checked.id,
        related: valueAt(checked.raw, ['related']),
        diagnostics: ownFindings.get(file.path) ?? [],
        images: checked.images.map((image) => ({ libraryPath: image.libraryPath, digest: image.digest })),
      };
      return { ...checked, digest };
    }
    const remembered = known[file.path]!;
    cache.writeUps[file.path] = remembered;
    library.diagnostics.push(...remembered.diagnostics);
    return { remembered: true, id: remembered.id, path: file.path, digest };
  });
  library.writeUps = writeUps.map((writeUp) =>
    writeUp.remembered ? { id: writeUp.id, path: writeUp.path, raw: { related: known[writeUp.path]!.related }, narrative: '', images: [] } : writeUp,
  );
  checkAcrossWriteUps(library, source);
  return { diagnostics: library.diagnostics, writeUps, cache, checked: changed.length };
}
