import { describe, expect, it } from 'vitest';
import { writeUpSchema } from '../schema';
import { fieldDoc, fieldName, offsetNear, plainIssue } from './schema-issues';
import { valueAt } from '../values';

describe('field paths', () => {
  it('names a field as an author would write it, and reads the value at that path', () => {
    expect(fieldName(['actions', 1, 'owner'])).toBe('actions[1].owner');
    expect(valueAt({ actions: [{}, { owner: 'mei' }] }, ['actions', 1, 'owner'])).toBe('mei');
    expect(valueAt({ actions: 'none' }, ['actions', 1, 'owner'])).toBeUndefined();
  });

  it('finds a field\'s one-line doc through optional, default and preprocess wrappers', () => {
    const schema = writeUpSchema();
    expect(fieldDoc(schema, ['summary'])).toBe('Two sentences: what happened, what the impact was.');
    expect(fieldDoc(schema, ['actions', 0, 'due'])).toContain('not before the incident date');
    expect(fieldDoc(schema, ['nonexistent'])).toBeUndefined();
  });
});

describe('offsetNear', () => {
  it('gives the zone\'s offset on that date, daylight saving included, and Z for UTC', () => {
    expect(offsetNear('2024-01-15T10:00:00', 'America/New_York')).toBe('-05:00');
    expect(offsetNear('2024-07-15T10:00:00', 'America/New_York')).toBe('-04:00');
    expect(offsetNear('2024-07-15T10:00:00', 'UTC')).toBe('Z');
  });
});

describe('plainIssue', () => {
  it('turns a missing field into "is missing" with the field\'s doc', () => {
    const schema = writeUpSchema();
    const input = { title: 'A title of the right length' };
    const issue = schema.safeParse(input).error!.issues.find((i) => i.path[0] === 'summary')!;
    expect(plainIssue(issue, input, schema)).toEqual({
      path: ['summary'],
      rule: 'required-field',
      message: '`summary` is missing. Add it: Two sentences: what happened, what the impact was.',
    });
  });
});
