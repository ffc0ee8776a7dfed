/**
 * The one way YAML is read, for write-ups' front matter, the registries and the settings alike:
 * YAML 1.2's core schema (dates and timestamps stay as written, so a timestamp without an offset
 * can be seen), no custom tags, no merge keys, and a bound on what anchors and aliases may
 * expand to. js-yaml reads the values; the `yaml` package is asked only where a value is written,
 * to place a message, and only when there is one.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import type { Position } from './position';

export interface YamlProblem extends Position {
  rule: 'yaml-syntax' | 'yaml-tag' | 'yaml-duplicate-key' | 'yaml-merge-key' | 'yaml-aliases' | 'yaml-nesting';
  message: string;
}

export interface YamlSource {
  /** The value as plain data (strings, numbers, booleans, null, arrays, objects); undefined when it cannot be read. */
  value: unknown;
  problems: YamlProblem[];
  /** Where the value at `path` is written; the nearest written ancestor when it is missing. */
  locate(path: readonly PropertyKey[]): Position;
}

/**
 * Anchors and aliases may repeat a value, but never into more than this many values in all: a
 * front matter of a long post-mortem has a few hundred. Beyond it lies the "billion laughs".
 */
export const MAX_YAML_VALUES = 20_000;

/** Parses YAML text; `firstLine` is the line of the file on which the text starts (1-based). */
export function readYaml(text: string, firstLine = 1): YamlSource {
  let located: ((path: readonly PropertyKey[]) => Position) | undefined;
  const locate = (path: readonly PropertyKey[]) => (located ??= locator(text, firstLine))(path);
  const at = (line: number, column: number): Position => ({ line: line + firstLine - 1, column });
  let loaded: unknown;
  try {
    loaded = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    return { value: undefined, problems: [explain(error, at)], locate };
  }
  const copied = plainCopy(loaded);
  if ('problem' in copied) {
    return { value: undefined, problems: [{ ...at(1, 1), ...copied.problem }], locate };
  }
  return { value: copied.value, problems: [], locate };
}

type Copy = { value: unknown } | { problem: Omit<YamlProblem, 'line' | 'column'> };

/**
 * A fresh tree with every alias expanded, within `MAX_YAML_VALUES`, and no merge keys. Keys are
 * defined, never assigned, so a key named `__proto__` stays an ordinary key.
 */
function plainCopy(root: unknown): Copy {
  let budget = MAX_YAML_VALUES;
  let mergeKey = false;
  const copy = (value: unknown): unknown => {
    budget -= 1;
    if (budget < 0) throw new RangeError('yaml-aliases');
    if (Array.isArray(value)) return value.map(copy);
    if (value === null || typeof value !== 'object') return value;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === '<<') mergeKey = true;
      Object.defineProperty(result, key, { value: copy(item), enumerable: true, writable: true, configurable: true });
    }
    return result;
  };
  try {
    const value = copy(root);
    if (mergeKey) {
      return { problem: { rule: 'yaml-merge-key', message: 'A merge key (`<<:`) copies fields from elsewhere, and readers disagree on what it means. Write the fields out in full.' } };
    }
    return { value };
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        problem: {
          rule: 'yaml-aliases',
          message: `Anchors and aliases (&name, *name) expand to more than ${MAX_YAML_VALUES.toLocaleString('en')} values. Write the values out instead of repeating them by alias.`,
        },
      };
    }
    throw error;
  }
}

function explain(error: unknown, at: (line: number, column: number) => Position): YamlProblem {
  const exception = error instanceof YAMLException ? error : undefined;
  const reason = exception?.reason ?? String(error);
  const mark = exception?.mark;
  const where = mark && typeof mark.line === 'number' ? at(mark.line + 1, (mark.column ?? 0) + 1) : at(1, 1);
  if (/^unknown tag/.test(reason)) {
    const tag = /!<([^>]*)>/.exec(reason)?.[1] ?? '';
    return { ...where, rule: 'yaml-tag', message: `\`${tag.replace(/^tag:yaml\.org,2002:/, '!!')}\` is a YAML tag, and write-ups use none: remove it and write the value as plain text (quote it if it starts with "!").` };
  }
  if (/^duplicated mapping key/.test(reason)) {
    return { ...where, rule: 'yaml-duplicate-key', message: 'This key is written twice in the same block. Keep one of them: readers disagree on which one wins.' };
  }
  if (/maxDepth/.test(reason)) {
    return { ...where, rule: 'yaml-nesting', message: 'The YAML is nested too deeply to be a front matter. Flatten it: no field of the format nests more than four levels.' };
  }
  if (/single document/.test(reason)) {
    return { ...where, rule: 'yaml-syntax', message: 'The YAML holds more than one document (a line "---" or "..." inside it). Keep one block of fields.' };
  }
  return {
    ...where,
    rule: 'yaml-syntax',
    message: `The YAML cannot be read: ${reason}. Check indentation, and quote text that contains ": " or starts with a special character.`,
  };
}

/** Positions of keys and items, from the `yaml` package's document (only ever used to place a message). */
function locator(text: string, firstLine: number): (path: readonly PropertyKey[]) => Position {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start: Position = { line: firstLine, column: 1 };
  return (path) => {
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
  };
}
