/**
 * Reading a write-up's text: the front matter block, its YAML with source positions, and the
 * body. YAML 1.2's core schema keeps dates and timestamps as written, so the validator can see a
 * timestamp that has no offset.
 *
 * The values come from js-yaml (core schema), which is several times faster; the `yaml`
 * package's document, with positions and its clearer syntax errors, is built only when a
 * position is asked for or the text does not parse. On large libraries that is most files never.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The parsed value (plain JS: strings, numbers, booleans, arrays, objects). */
  value: unknown;
  /** Syntax errors, with positions in the whole file. */
  syntaxErrors: { message: string; position: Position }[];
  /** Where the value at `path` is written; the nearest written ancestor when it is missing. */
  locate(path: readonly PropertyKey[]): Position;
}

/** Parses YAML text; `firstLine` is the line of the file on which the text starts (1-based). */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  try {
    const value = load(text, { schema: CORE_SCHEMA });
    let located: YamlSource | undefined;
    return {
      value,
      syntaxErrors: [],
      locate: (path) => (located ??= parseYamlDocument(text, firstLine)).locate(path),
    };
  } catch {
    return parseYamlDocument(text, firstLine);
  }
}

function parseYamlDocument(text: string, firstLine: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start: Position = { line: firstLine, column: 1 };
  return {
    value: doc.errors.length > 0 ? undefined : doc.toJS(),
    syntaxErrors: doc.errors.map((error) => ({
      message: error.message.split('\n')[0] ?? error.message,
      position: at(error.pos[0]),
    })),
    locate(path) {
      let node: unknown = doc.contents;
      let found: Position = node && (node as Node).range ? at((node as Node).range![0]) : start;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
          if (!pair) break;
          const key = pair.key as Node;
          if (key.range) found = at(key.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as Node | undefined;
          if (!item) break;
          if (item.range) found = at(item.range[0]);
          node = item;
        } else {
          break;
        }
      }
      return found;
    },
  };
}

export interface WriteUpSource {
  /** YAML text between the `---` lines, or undefined when the file has no front matter. */
  frontMatter: string | undefined;
  /** Line of the file on which the front matter text starts. */
  frontMatterLine: number;
  /** The MDX body after the closing `---`. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitWriteUp(text: string): WriteUpSource {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { frontMatter: undefined, frontMatterLine: 1, body: text, bodyLine: 1 };
  const block = match[0];
  const linesBefore = block.split('\n').length - (block.endsWith('\n') ? 1 : 0);
  return {
    frontMatter: match[1] ?? '',
    frontMatterLine: 2,
    body: text.slice(block.length),
    bodyLine: linesBefore + 1,
  };
}
