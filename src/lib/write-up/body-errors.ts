/**
 * A body the parser cannot read gets a sentence a writer can act on. satteri's own messages are
 * terse, so micromark, which explains MDX syntax errors in detail, reads the body again: only a
 * body that has already failed, and only for the wording and the place of the message. Nothing
 * micromark reads reaches a page.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { BodyFormat, BodyParseProblem } from './body';
import { positionOf, type Position } from './position';

// Built once: the extensions are the same for every write-up.
const MDX_SYNTAX = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };

/**
 * micromark is slow on some inputs a parser error can sit in (it is quadratic on long runs of
 * emphasis), so it reads only the block around the error, and not at all beyond this size.
 */
const MAX_EXPLAINED_BLOCK = 20_000;

export function explainParseError(
  error: unknown,
  body: string,
  format: BodyFormat,
  toFile: (line: number, column: number) => Position,
): BodyParseProblem {
  const place = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(String((error as Error)?.message ?? error));
  if (format === 'mdx') {
    const block = blockAround(body, place ? Number(place[1]) : 1);
    if (block.text.length <= MAX_EXPLAINED_BLOCK) {
      try {
        fromMarkdown(block.text, MDX_SYNTAX);
      } catch (micromarkError) {
        return explainSyntaxError(micromarkError, block.text, (line, column) => toFile(line + block.firstLine - 1, column));
      }
    }
  }
  const at = place ? toFile(Number(place[1]), Number(place[2])) : toFile(1, 1);
  return {
    ...at,
    rule: 'mdx-syntax',
    message: `MDX cannot read this: ${plainReason(place?.[3] ?? String(error))}. Escape a literal < or { with a backslash (\\<, \\{), or put it in a code span.`,
  };
}

/** The lines around `line` up to the nearest blank line on each side, and the line they start on. */
function blockAround(body: string, line: number): { text: string; firstLine: number } {
  const lines = body.split('\n');
  let first = Math.min(Math.max(line, 1), lines.length) - 1;
  let last = first;
  while (first > 0 && lines[first - 1]!.trim() !== '') first -= 1;
  while (last < lines.length - 1 && lines[last + 1]!.trim() !== '') last += 1;
  return { text: lines.slice(first, last + 1).join('\n'), firstLine: first + 1 };
}

interface ParserError {
  reason?: string;
  message?: string;
  source?: string;
  ruleId?: string;
  place?: { line: number; column: number; offset?: number } | { start: { line: number; column: number; offset?: number } };
}

function explainSyntaxError(error: unknown, body: string, toFile: (line: number, column: number) => Position): BodyParseProblem {
  const parserError = (error ?? {}) as ParserError;
  const reason = String(parserError.reason ?? parserError.message ?? error);
  const source = parserError.source ?? '';
  const place = parserError.place && 'start' in parserError.place ? parserError.place.start : parserError.place;
  // Some messages carry the position only in their text, like "for `<div>` (1:1-1:6)".
  const quoted = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const reported = quoted ? offsetOf(body, Number(quoted[1]), Number(quoted[2])) : (place?.offset ?? 0);
  const problem = (offset: number, rule: string, message: string): BodyParseProblem => {
    const { line, column } = positionOf(body, offset);
    return { ...toFile(line, column), rule, message };
  };

  if (source.endsWith('mdx-expression')) {
    const brace = unmatchedBraceBefore(body, reported) ?? reported;
    return problem(brace, 'mdx-bare-brace',
      `A \`{\` starts a JavaScript expression in MDX, and "${shorten(restOfLine(body, brace), 30)}" is not one. Escape it as \\{, or put it in a code span (\`like {this}\`).`);
  }
  if (source.endsWith('mdxjs-esm')) {
    const lineStart = body.lastIndexOf('\n', reported - 1) + 1;
    return problem(lineStart, 'mdx-import-export-prose',
      `MDX reads a paragraph that starts with "import" or "export" as JavaScript ("${shorten(restOfLine(body, lineStart), 40)}"). Start the sentence with another word.`);
  }
  if (source.endsWith('mdx-jsx') && parserError.ruleId === 'end-tag-mismatch') {
    const unclosed = /^Expected a closing tag for `<([^\s`>]*)[^`]*>`/.exec(reason);
    return unclosed
      ? problem(reported, 'mdx-unclosed-tag', `\`<${unclosed[1]}>\` is never closed. Close it with \`</${unclosed[1]}>\` in the same paragraph, or escape the < as \\< if you meant the character.`)
      : problem(reported, 'mdx-unclosed-tag', `${plainReason(reason)}: tags close in the reverse order they open. Close the inner tag first, or escape the < as \\< if you meant the character.`);
  }
  if (source.endsWith('mdx-jsx') && parserError.ruleId === 'unexpected-closing-slash') {
    return problem(Math.max(0, reported - 1), 'mdx-syntax', 'This closing tag has no opening tag. Remove it, or escape the < as \\< if you meant the character.');
  }
  if (source.endsWith('mdx-jsx')) {
    const lessThan = Math.max(0, body.lastIndexOf('<', reported));
    const tag = restOfLine(body, lessThan);
    if (reason.includes('to create a comment in MDX')) {
      return problem(lessThan, 'mdx-html-comment', 'HTML comments (<!-- … -->) do not work in MDX. Write the comment as {/* … */}.');
    }
    if (reason.includes('to create a link in MDX')) {
      return problem(lessThan, 'mdx-autolink', 'MDX reads `<` as the start of a tag, so <https://…> and <name@example.com> are not links here. Write [text](https://…), or the address on its own.');
    }
    if (/^<[\p{L}\p{N}=\s-]/u.test(tag) && !tag.includes('>')) {
      return problem(lessThan, 'mdx-bare-less-than',
        `A \`<\` before a letter or digit starts a tag in MDX ("${shorten(tag, 30)}"). Write it in words, like "under 5 minutes", or escape it as \\<.`);
    }
    return problem(lessThan, 'mdx-syntax', `MDX cannot read this tag: ${plainReason(reason)}. Fix the tag, or escape the < as \\< if you meant the character.`);
  }
  return problem(reported, 'mdx-syntax', `MDX cannot read this: ${plainReason(reason)}. Escape a literal < or { with a backslash (\\<, \\{), or put it in a code span.`);
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? undefined : end);
}

/** micromark's reason without the code-point noise, as the middle of a sentence. */
function plainReason(reason: string): string {
  return reason.replace(/ \(U\+[0-9A-F]+\)/g, '').replace(/\s*\(note:[^)]*\)/, '').replace(/\.$/, '');
}

/** The `{` before `offset` that no `}` closes: micromark reports the end of the paragraph instead. */
function unmatchedBraceBefore(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let index = Math.min(offset, text.length) - 1; index >= 0; index -= 1) {
    if (text[index] === '}') depth += 1;
    else if (text[index] === '{') {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  return undefined;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + column - 1;
}

export function shorten(code: string, max = 50): string {
  const oneLine = code.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
