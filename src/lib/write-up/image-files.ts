/**
 * The library's image files on disk, for `images.ts`. A path is looked up only inside the
 * library folder, after following links, and a file counts as an image only when its bytes are
 * one of the allowed types (so an SVG or a script renamed `.png` is not served as one).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ImageFile, ImageFiles, ImageType } from './images';

const DETECTED: Record<string, ImageType> = { png: 'png', jpg: 'jpg', gif: 'gif', webp: 'webp', avif: 'avif', heif: 'avif' };

/** The file at `libraryPath` (relative, with `/`) inside `root`, or undefined when it leaves `root`. */
export function libraryFilePath(root: string, libraryPath: string): string | undefined {
  const rootReal = realpathSync(root);
  const full = path.resolve(rootReal, ...libraryPath.split('/'));
  if (!full.startsWith(rootReal + path.sep)) return undefined;
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return full;
  }
  return real.startsWith(rootReal + path.sep) ? real : undefined;
}

/** Looks images up under `root`, each path once per lookup. */
export function diskImageFiles(root: string): ImageFiles {
  const seen = new Map<string, ImageFile>();
  return (libraryPath) => {
    let file = seen.get(libraryPath);
    if (!file) {
      file = describe(root, libraryPath);
      seen.set(libraryPath, file);
    }
    return file;
  };
}

function describe(root: string, libraryPath: string): ImageFile {
  const full = libraryFilePath(root, libraryPath);
  if (full === undefined) return { found: false, why: 'outside' };
  const link = lstatSync(full, { throwIfNoEntry: false });
  if (!link) return { found: false, why: 'missing' };
  const target = statSync(full, { throwIfNoEntry: false });
  if (!target) return { found: false, why: 'missing' };
  if (!target.isFile()) return { found: false, why: 'not-a-file' };
  const bytes = readFileSync(full);
  let detected: string | undefined;
  let width: number | undefined;
  let height: number | undefined;
  try {
    const size = imageSize(bytes);
    detected = size.type;
    width = size.width;
    height = size.height;
  } catch {
    // image-size reads only raster types' headers; name the markup a reader would be served instead.
    const head = bytes.subarray(0, 1024).toString('latin1').toLowerCase();
    detected = head.includes('<svg') ? 'svg' : /<!doctype html|<html/.test(head) ? 'html' : undefined;
  }
  const type = detected ? DETECTED[detected] : undefined;
  if (!type) return { found: false, why: 'not-an-image', ...(detected ? { detected: detected.toUpperCase() } : {}) };
  const digest = createHash('sha256').update(bytes).digest('base64url').slice(0, 16).replace(/[-_]/g, (c) => (c === '-' ? 'x' : 'y'));
  return { found: true, type, digest, ...(width && height ? { width, height } : {}) };
}

/** The bytes of a library image for publishing; undefined when the path is not a file inside the library. */
export function readLibraryImage(root: string, libraryPath: string): Buffer | undefined {
  const full = libraryFilePath(root, libraryPath);
  if (full === undefined || !statSync(full, { throwIfNoEntry: false })?.isFile()) return undefined;
  return readFileSync(full);
}

/** Images found nowhere: for libraries that exist only in memory (tests). */
export const NO_IMAGE_FILES: ImageFiles = () => ({ found: false, why: 'missing' });
