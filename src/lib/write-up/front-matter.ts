/**
 * Where a write-up's front matter ends and its body begins, decided once for every reader.
 * Front matter is the lines between a first line `---` and the next line `---`. Anything that
 * another tool could read as a different boundary is refused instead of guessed: a fence with
 * more on its line, a YAML document marker inside the block, TOML's `+++`, and a second block
 * at the start of the body.
 */
import type { Position } from './position';

export interface FenceProblem extends Position {
  rule: 'front-matter-fence' | 'front-matter-missing' | 'front-matter-unclosed' | 'body-second-front-matter';
  message: string;
}

export interface SplitWriteUp {
  /** The YAML text between the fences, or undefined when the file has no front matter. */
  frontMatter: string | undefined;
  /** Line of the file on which the front matter text starts. */
  frontMatterLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  problems: FenceProblem[];
}

/** A fence line: three dashes, nothing else but trailing spaces or tabs. */
const FENCE = /^---[ \t]*$/;
/** Lines another reader could take for a fence or a YAML document boundary. */
const LOOKS_LIKE_FENCE = /^(?:---|\+\+\+|\.\.\.)/;
/** A body that starts like this would be a second front matter block to Markdown tools. */
const SECOND_BLOCK = /^(?:---|\+\+\+)/;

/** Splits normalised text (see `decodeText`): LF line ends, no byte-order mark. */
export function splitWriteUp(text: string): SplitWriteUp {
  const lines = text.split('\n');
  const problems: FenceProblem[] = [];
  const first = lines[0] ?? '';
  if (!FENCE.test(first)) {
    if (LOOKS_LIKE_FENCE.test(first)) {
      problems.push({
        line: 1,
        column: 1,
        rule: 'front-matter-fence',
        message: first.startsWith('+++')
          ? 'The front matter starts with `+++` (TOML), but write-ups use YAML: start the file with a line `---` alone, the fields, then another line `---`.'
          : `The first line must be \`---\` alone, but it is "${shorten(first)}". Put the fence on its own line and the first field on the next.`,
      });
    } else {
      problems.push({
        line: 1,
        column: 1,
        rule: 'front-matter-missing',
        message: 'The file has no front matter. Start it with a line "---", the fields (title, date, severity, …), then another "---".',
      });
    }
    return { frontMatter: undefined, frontMatterLine: 1, body: text, bodyLine: 1, problems };
  }

  let closing = -1;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (FENCE.test(line)) {
      closing = index;
      break;
    }
    if (LOOKS_LIKE_FENCE.test(line)) {
      problems.push({
        line: index + 1,
        column: 1,
        rule: 'front-matter-fence',
        message: `Line ${index + 1} starts with "${line.slice(0, 3)}" inside the front matter, which some readers take for its end. Indent the line, quote the value, or put the closing \`---\` on a line of its own.`,
      });
    }
  }
  if (closing === -1) {
    problems.push({
      line: 1,
      column: 1,
      rule: 'front-matter-unclosed',
      message: 'The front matter never ends: add a line `---` alone after the last field, before the narrative.',
    });
    return { frontMatter: undefined, frontMatterLine: 2, body: '', bodyLine: lines.length + 1, problems };
  }

  const bodyLine = closing + 2;
  const body = lines.slice(closing + 1).join('\n');
  const firstWritten = lines.slice(closing + 1).findIndex((line) => line.trim() !== '');
  if (firstWritten !== -1 && SECOND_BLOCK.test(lines[closing + 1 + firstWritten]!.trimStart())) {
    const line = bodyLine + firstWritten;
    problems.push({
      line,
      column: 1,
      rule: 'body-second-front-matter',
      message: `The body starts with "${shorten(lines[closing + 1 + firstWritten]!.trim())}", which some readers take for a second front matter block. Put every field in the one block above; for a horizontal rule, write \`***\`.`,
    });
  }
  return { frontMatter: lines.slice(1, closing).join('\n'), frontMatterLine: 2, body, bodyLine, problems };
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
