/**
 * The one parse of a write-up's body: satteri's MDX parser (or its Markdown parser for `.md`),
 * with GitHub Markdown on and front matter off (the split is `front-matter.ts`'s). The tree it
 * gives is what the checks look at and what the page is rendered from.
 */
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { explainParseError } from './body-errors';
import { deepestNode } from './tree-depth';
import type { Position } from './position';

export type BodyFormat = 'mdx' | 'markdown';

export interface BodyParseProblem extends Position {
  rule: string;
  message: string;
}

export type ParsedBody = { tree: Root; problem?: undefined } | { tree?: undefined; problem: BodyParseProblem };

/**
 * No document needs more levels than this (a quote in a list in a list is five); a deeper tree is
 * refused before anything walks it, so no reader can run out of stack on it.
 */
export const MAX_NESTING = 64;

const FEATURES = { gfm: true, frontmatter: false } as const;

/**
 * No line of prose, table or code needs more. Longer lines are refused before parsing: the parser
 * takes time that grows with the square of some constructs' length on one line (a run of `_a`).
 */
export const MAX_LINE_LENGTH = 20_000;

/** `bodyLine`: the line of the file on which the body starts, for positions in the file. */
export function parseBody(body: string, format: BodyFormat, bodyLine: number): ParsedBody {
  const toFile = (line: number, column: number): Position => ({ line: line + bodyLine - 1, column });
  const long = longLine(body);
  if (long) {
    return {
      problem: {
        ...toFile(long.line, 1),
        rule: 'body-line-length',
        message: `This line is ${long.length.toLocaleString('en')} characters long; a line of a write-up holds at most ${MAX_LINE_LENGTH.toLocaleString('en')}. Break it into shorter lines or paragraphs, and keep data in a file beside the write-up.`,
      },
    };
  }
  let tree: Root;
  try {
    tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(body, { features: FEATURES }) as Root;
  } catch (error) {
    return { problem: explainParseError(error, body, format, toFile) };
  }
  const deepest = deepestNode(tree, MAX_NESTING);
  if (deepest.depth > MAX_NESTING) {
    const start = deepest.node.position?.start;
    return {
      problem: {
        ...(start ? toFile(start.line, start.column) : toFile(1, 1)),
        rule: 'body-nesting',
        message: `The narrative nests more than ${MAX_NESTING} levels deep here (quotes, lists or elements inside each other). Flatten it.`,
      },
    };
  }
  return { tree };
}

function longLine(body: string): { line: number; length: number } | undefined {
  let start = 0;
  for (let line = 1; start <= body.length; line += 1) {
    const end = body.indexOf('\n', start);
    const length = (end === -1 ? body.length : end) - start;
    if (length > MAX_LINE_LENGTH) return { line, length };
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}
