/**
 * The one reading of a write-up file, shared by `npm run validate`, the build, the development
 * server, `npm run new` and the tests: the front matter split, its YAML, the body's parse, the
 * HTML tree derived from it and where its images lead. The checks look at this reading and the
 * page is rendered from it, so nothing can be seen one way by a check and another by the page.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { parseBody, MAX_NESTING, type BodyFormat } from './body';
import type { RenderContext } from './components';
import { splitWriteUp, type SplitWriteUp } from './front-matter';
import { imageReferences, resolveImage, type ImageFiles, type ImageReference, type ImageResolution } from './images';
import type { Position } from './position';
import { renderBody, type RenderedBody } from './render';
import { bodyToHast } from './to-hast';
import { deepestNode } from './tree-depth';
import { readYaml, type YamlSource } from './yaml';

export interface ReadingProblem extends Position {
  rule: string;
  message: string;
}

export interface ReadOptions extends RenderContext {
  /** The write-up's path relative to the library folder, with `/`: images are resolved from it. */
  libraryPath: string;
  images: ImageFiles;
  /** The site's base path, for the addresses images are published at. */
  base: string;
  /** Read the front matter and leave the body unread (no `body`, and no problem of its own). */
  frontMatterOnly?: boolean;
}

export interface WriteUpReading {
  format: BodyFormat;
  split: SplitWriteUp;
  /** The front matter's YAML, when there is a front matter block. */
  frontMatter?: YamlSource;
  /** The body's trees, when it parses. */
  body?: {
    mdast: MdastRoot;
    hast: HastRoot;
    images: { reference: ImageReference; resolution: ImageResolution }[];
    toFile(line: number, column: number): Position;
  };
  /** What stopped part of the file from being read: each is an error. */
  problems: ReadingProblem[];
}

export function formatOf(fileName: string): BodyFormat {
  return fileName.endsWith('.md') ? 'markdown' : 'mdx';
}

/** `text` is normalised (see `decodeText`). */
export function readWriteUp(text: string, options: ReadOptions): WriteUpReading {
  const format = formatOf(options.libraryPath);
  const split = splitWriteUp(text);
  const problems: ReadingProblem[] = [...split.problems];
  const reading: WriteUpReading = { format, split, problems };
  // Where a fence is in doubt, so is what the YAML holds: only the fence is reported.
  if (split.frontMatter !== undefined && !split.problems.some((problem) => problem.rule === 'front-matter-fence')) {
    reading.frontMatter = readYaml(split.frontMatter, split.frontMatterLine);
    problems.push(...reading.frontMatter.problems);
  }
  if (options.frontMatterOnly) return reading;
  const parsed = parseBody(split.body, format, split.bodyLine);
  if (parsed.problem) {
    problems.push(parsed.problem);
    return reading;
  }
  const toFile = (line: number, column: number): Position => ({ line: line + split.bodyLine - 1, column });
  const tooDeep = (at: Position): WriteUpReading => {
    problems.push({ ...at, rule: 'body-nesting', message: `The narrative nests more than ${MAX_NESTING} levels deep here (elements inside each other). Flatten it.` });
    return reading;
  };
  let hast: HastRoot;
  try {
    hast = bodyToHast(parsed.tree, split.body, format, options);
  } catch (error) {
    // Raw HTML in Markdown is parsed into elements only now, by recursive code: thousands of
    // nested tags exhaust its stack before any depth can be measured.
    if (error instanceof RangeError) return tooDeep(toFile(1, 1));
    throw error;
  }
  const deepest = deepestNode(hast, MAX_NESTING);
  if (deepest.depth > MAX_NESTING) {
    const start = deepest.node.position?.start;
    return tooDeep(start ? toFile(start.line, start.column) : toFile(1, 1));
  }
  const images = imageReferences(hast, toFile).map((reference) => ({
    reference,
    resolution: resolveImage(reference.src, options.libraryPath, options.images, options.base),
  }));
  reading.body = { mdast: parsed.tree, hast, images, toFile };
  return reading;
}

/** The page's body; call it only for a reading whose checks found no error. */
export function renderReading(reading: WriteUpReading, reservedIds: readonly string[] = []): RenderedBody {
  if (!reading.body) return { html: '', headings: [], text: '' };
  return renderBody(reading.body.hast, {
    images: new Map(reading.body.images.map(({ reference, resolution }) => [reference.src, resolution])),
    reservedIds,
  });
}
