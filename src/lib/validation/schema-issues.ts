/**
 * Turns zod's issues into sentences that name the field, say what is wrong and how to fix it.
 * Nobody writing a post-mortem should have to read a raw zod dump.
 */
import type { z } from 'astro/zod';
import { closestMatch } from '../suggest';
import { valueAt } from '../values';

export interface PlainIssue {
  path: PropertyKey[];
  rule: string;
  message: string;
}

/** `actions[1].owner` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The one-line doc (`.describe()`) of the field at `path`, looking through wrappers. */
export function fieldDoc(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let current: z.ZodType | undefined = schema;
  let doc: string | undefined;
  for (let i = 0; i <= path.length && current; ) {
    doc = current.description ?? doc;
    const def = defOf(current);
    if (['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(def.type)) {
      current = def.innerType;
      continue;
    }
    if (def.type === 'pipe') {
      current = def.out;
      continue;
    }
    if (i === path.length) break;
    doc = undefined;
    const segment = path[i++];
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else current = undefined;
  }
  return current ? doc : undefined;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields (indented "key: value" lines)',
  boolean: 'true or false',
  number: 'a number',
  int: 'a whole number',
};

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  return String(value);
}

const LOCAL_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** The UTC offset of a time zone around a local time, like `-04:00`, to suggest for a bare timestamp. */
export function offsetNear(localTimestamp: string, timeZone: string): string {
  const approximate = new Date(`${localTimestamp.replace(' ', 'T')}Z`);
  if (Number.isNaN(approximate.getTime())) return 'Z';
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(approximate)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' || offset === '+00:00' ? 'Z' : offset;
}

export function plainIssue(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType, timeZone = 'UTC'): PlainIssue {
  const path = [...issue.path];
  const field = `\`${fieldName(path)}\``;
  const value = valueAt(input, path);
  const doc = fieldDoc(schema, path);
  const params = (issue as { params?: { rule?: string } }).params;

  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { path, rule: 'required-field', message: `${field} is missing.${doc ? ` Add it: ${doc}` : ''}` };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        return {
          path,
          rule: 'required-field',
          message: `${field} is missing.${doc ? ` Add it: ${doc}` : ''}`,
        };
      }
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      const listHint =
        issue.expected === 'array' && typeof value === 'string' ? ` Write it as a list: [${value}]` : '';
      return {
        path,
        rule: 'field-type',
        message: `${field} must be ${expected}, but is ${describeValue(value)}.${listHint}${doc && !listHint ? ` (${doc})` : ''}`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof value === 'string' ? closestMatch(value, options) : undefined;
      return {
        path,
        rule: 'field-value',
        message: `${field} is ${describeValue(value)}, but ${issue.message}.${guess ? ` Did you mean "${guess}"?` : ''}`,
      };
    }
    case 'invalid_format': {
      if (path.at(-1) === 'at' && typeof value === 'string' && LOCAL_TIMESTAMP.test(value)) {
        const offset = offsetNear(value, timeZone);
        const example = `${value.replace(' ', 'T')}${value.length === 16 ? ':00' : ''}${offset}`;
        return {
          path,
          rule: 'timestamp-offset',
          message: `${field} is "${value}", with no UTC offset, so YAML would read it as UTC without saying so. Add the offset of the clock it was read from, like ${example}${offset === 'Z' ? ' for UTC' : ` for ${timeZone} time, or Z for UTC`}.`,
        };
      }
      return { path, rule: issue.format === 'url' ? 'url-scheme' : 'field-format', message: `${field} is ${describeValue(value)}, but ${issue.message}.` };
    }
    case 'too_small':
    case 'too_big':
      return {
        path,
        rule: issue.origin === 'array' && issue.code === 'too_small' ? 'required-field' : 'field-length',
        message: `${field} ${issue.message}.${doc && issue.origin === 'array' ? ` (${doc})` : ''}`,
      };
    case 'custom':
      return { path, rule: params?.rule ?? 'field-value', message: `${field} ${issue.message}.` };
    default:
      return { path, rule: 'field-value', message: `${field} is not valid: ${issue.message}.` };
  }
}
