/**
 * Images in a write-up are files of the library, of an image type, named by a path relative to
 * the write-up. Where a path points is decided here, in one place, for the checks and for the
 * page; what is on disk is asked of an `ImageFiles` lookup, so this module stays pure.
 */
import path from 'node:path/posix';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { judgeUrl } from './allowlist';
import type { Position } from './position';

export const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'] as const;
export type ImageType = 'png' | 'jpg' | 'gif' | 'webp' | 'avif';

/** What the library holds at a path. */
export type ImageFile =
  | { found: true; type: ImageType; digest: string; width?: number; height?: number }
  | { found: false; why: 'missing' | 'not-a-file' | 'outside' | 'not-an-image'; detected?: string };

/** Looks a path up in the library (a path relative to the library folder, with `/`). */
export type ImageFiles = (libraryPath: string) => ImageFile;

export interface ImageReference extends Position {
  src: string;
  alt: string | undefined;
}

export type ImageResolution =
  | { ok: true; libraryPath: string; file: Extract<ImageFile, { found: true }>; url: string }
  | { ok: false; rule: 'image-location' | 'image-type' | 'image-missing'; message: string };

/** Every image of the tree, with its `src` and `alt` as written. */
export function imageReferences(tree: Root, toFile: (line: number, column: number) => Position): ImageReference[] {
  const found: ImageReference[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'img') return;
    const start = node.position?.start;
    const src = node.properties.src;
    const alt = node.properties.alt;
    found.push({
      ...(start ? toFile(start.line, start.column) : toFile(1, 1)),
      src: typeof src === 'string' ? src : '',
      alt: typeof alt === 'string' ? alt : undefined,
    });
  });
  return found;
}

/** The address an image is published at: one file per content digest, whatever write-ups show it. */
export function imageUrl(file: Extract<ImageFile, { found: true }>, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}images/${file.digest}.${file.type}`;
}

/**
 * Where `src`, written in the write-up at `writeUpPath` (relative to the library), points.
 * Nothing outside the library is ever looked up.
 */
export function resolveImage(src: string, writeUpPath: string, files: ImageFiles, base: string): ImageResolution {
  const shown = src.length > 80 ? `${src.slice(0, 79)}…` : src;
  const verdict = judgeUrl(src, []);
  if (!verdict.allowed || src.startsWith('/') || src === '') {
    return {
      ok: false,
      rule: 'image-location',
      message: `The image "${shown}" is not a file of the library. Store the image in the write-up's folder and use its relative path, like ./timeline.png.`,
    };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(src.split(/[?#]/)[0]!);
  } catch {
    decoded = src;
  }
  const libraryPath = path.normalize(path.join(path.dirname(writeUpPath), decoded));
  if (libraryPath.startsWith('../') || libraryPath === '..' || path.isAbsolute(libraryPath) || decoded.includes('\\')) {
    return { ok: false, rule: 'image-location', message: `The image "${shown}" points outside the library. Store it in the write-up's folder and use a path like ./timeline.png.` };
  }
  const extension = path.extname(libraryPath).slice(1).toLowerCase();
  if (!(IMAGE_TYPES as readonly string[]).includes(extension)) {
    return {
      ok: false,
      rule: 'image-type',
      message: `The image "${shown}" is not an image file: a write-up can show ${IMAGE_TYPES.join(', ')} files. Convert it, or link to it instead.`,
    };
  }
  const file = files(libraryPath);
  if (!file.found) {
    const messages = {
      missing: `The image "${shown}" does not exist (looked for ${libraryPath} in the library). Add the file, or fix the path.`,
      'not-a-file': `The image "${shown}" is not a file (${libraryPath}). Point at the image file itself.`,
      outside: `The image "${shown}" leads outside the library (through a link). Copy the image into the write-up's folder.`,
      'not-an-image': `The image "${shown}" is named .${extension}, but the file is ${file.detected ? `a ${file.detected} file` : 'not an image of any type a write-up can show'}. Save it as ${IMAGE_TYPES.join(', ')}.`,
    } as const;
    return { ok: false, rule: file.why === 'not-an-image' ? 'image-type' : file.why === 'missing' ? 'image-missing' : 'image-location', message: messages[file.why] };
  }
  return { ok: true, libraryPath, file, url: imageUrl(file, base) };
}
