import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findWriteUpFiles, REGISTRY_FOLDER } from '../src/lib/library-files';
import { splitWriteUp } from '../src/lib/write-up/front-matter';
import { schemaFiles, schemaText, severityIds, type SchemaFile } from './schema';

const library = path.resolve(import.meta.dirname, '../postmortems');
const files = schemaFiles(severityIds(library));
const schemaAt = (file: string) => files.find((candidate) => candidate.path === file)!.schema;

type JsonSchema = Record<string, unknown>;

/** Keywords that only annotate, and the ones `violations` checks; anything else makes the test fail loudly. */
const ANNOTATIONS = new Set(['$schema', '$comment', 'title', 'description', 'default', 'format']);
const CHECKED = new Set(['type', 'enum', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'minItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum']);

/**
 * A small structural check of a value against the subset of JSON Schema the generator emits,
 * so the test needs no JSON Schema library. Returns the paths that do not fit.
 */
function violations(schema: JsonSchema, value: unknown, at = ''): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !CHECKED.has(keyword)) throw new Error(`The test's checker does not know "${keyword}" (at ${at || '/'}).`);
  }
  const found: string[] = [];
  const fail = (why: string) => found.push(`${at || '/'}: ${why}`);
  const type = schema.type as string | undefined;
  const typeOf = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (type && !(type === typeOf || (type === 'number' && typeOf === 'integer'))) return [`${at || '/'}: expected ${type}, got ${typeOf}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail(`not one of ${(schema.enum as unknown[]).join(', ')}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail('too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('too small');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('too big');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
    if (schema.items) value.forEach((item, index) => found.push(...violations(schema.items as JsonSchema, item, `${at}/${index}`)));
  }
  if (typeOf === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) fail(`missing ${key}`);
    for (const [key, inner] of Object.entries(object)) {
      if (schema.propertyNames) found.push(...violations(schema.propertyNames as JsonSchema, key, `${at}/${key} (name)`));
      if (properties[key]) found.push(...violations(properties[key], inner, `${at}/${key}`));
      else if (schema.additionalProperties === false) fail(`unknown property ${key}`);
      else if (typeof schema.additionalProperties === 'object') found.push(...violations(schema.additionalProperties as JsonSchema, inner, `${at}/${key}`));
    }
  }
  return found;
}

const frontMatterOf = (file: string) => parse(splitWriteUp(readFileSync(file, 'utf8')).frontMatter ?? '') as Record<string, unknown>;
const example = frontMatterOf(path.join(library, '2024/2024-03-06-allergen-reconciliation.mdx'));
const writeUp = schemaAt('postmortem.schema.json');

describe('the committed JSON Schemas', () => {
  it.each(files.map((file): [string, SchemaFile] => [file.path, file]))('postmortems/%s is up to date with src/lib/schema.ts', (file, generated) => {
    const committed = readFileSync(path.join(library, file), 'utf8');
    expect(committed, `postmortems/${file} is out of date: run \`npm run schema\` and commit the result.`).toBe(schemaText(generated));
  });

  it('cover the settings, every registry and the front matter', () => {
    expect(files.map((file) => file.path).sort()).toEqual(
      ['postmortem.schema.json', 'settings.schema.json', ...['causes', 'people', 'services', 'teams'].map((name) => `${REGISTRY_FOLDER}/${name}.schema.json`)].sort(),
    );
  });
});

describe('the front matter schema', () => {
  /** The schema of a field, looking into list items: `property('actions', 'due')`. */
  const property = (...keys: string[]) =>
    keys.reduce<JsonSchema>((schema, key) => {
      const object = schema.type === 'array' ? (schema.items as JsonSchema) : schema;
      return (object.properties as Record<string, JsonSchema>)[key]!;
    }, writeUp);

  it('describes dates as text in date and date-time formats, as YAML 1.2 editors read them', () => {
    for (const day of [property('date'), property('followUp'), property('actions', 'due'), property('actions', 'completed')]) {
      expect(day).toMatchObject({ type: 'string', format: 'date' });
    }
    expect(property('timeline', 'at')).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('offers the severities of settings.yaml', () => {
    expect(property('severity').enum).toEqual(severityIds(library));
    expect(schemaFiles(['P1', 'P2'])[0]!.schema).toMatchObject({ properties: { severity: { enum: ['P1', 'P2'] } } });
  });

  it('marks the fields the format requires', () => {
    expect(writeUp.required).toEqual(['title', 'date', 'severity', 'type', 'summary', 'impact', 'services', 'authors', 'timeline', 'rootCause', 'actions', 'followUp']);
  });

  it('accepts the example write-up and every write-up of the sample library', () => {
    expect(violations(writeUp, example)).toEqual([]);
    for (const file of findWriteUpFiles(library)) expect(violations(writeUp, frontMatterOf(file)), file).toEqual([]);
  });

  it('rejects a broken front matter, naming each problem', () => {
    const { title: _title, rootCause, ...rest } = example;
    const broken = {
      ...rest,
      rootcause: rootCause,
      severity: 'SEV9',
      services: ['Subscription API'],
      timeline: [{ at: '2024-03-05T16:47:00', kind: 'trigger', what: 'A change was deployed' }],
    };
    expect(violations(writeUp, broken)).toEqual(
      expect.arrayContaining([
        '/: missing title',
        '/: missing rootCause',
        '/: unknown property rootcause',
        '/severity: not one of SEV1, SEV2, SEV3, SEV4',
        expect.stringMatching(/^\/services\/0: does not match/),
        expect.stringMatching(/^\/timeline\/0\/at: does not match/),
      ]),
    );
  });
});

describe('the settings and registry schemas', () => {
  it('accept the sample library files', () => {
    expect(violations(schemaAt('settings.schema.json'), parse(readFileSync(path.join(library, 'settings.yaml'), 'utf8')))).toEqual([]);
    for (const name of ['people', 'teams', 'services', 'causes']) {
      const registry = parse(readFileSync(path.join(library, REGISTRY_FOLDER, `${name}.yaml`), 'utf8'));
      expect(violations(schemaAt(`${REGISTRY_FOLDER}/${name}.schema.json`), registry), name).toEqual([]);
    }
  });

  it('reject a misspelt key, a bad id and a missing name', () => {
    const people = schemaAt(`${REGISTRY_FOLDER}/people.schema.json`);
    expect(violations(people, { priya: { name: 'Priya Raman', gihub: 'priya' }, Sam: { team: 'payments' } })).toEqual([
      '/priya: unknown property gihub',
      expect.stringMatching(/^\/Sam \(name\): does not match/),
      '/Sam: missing name',
    ]);
    expect(violations(schemaAt('settings.schema.json'), { recurrence: { threshold: 1 } })).toEqual(['/recurrence/threshold: too small']);
  });
});
