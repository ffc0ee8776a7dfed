import { describe, expect, it } from 'vitest';
import { MAX_YAML_VALUES, readYaml } from './yaml';

const rule = (text: string) => readYaml(text).problems.map((problem) => problem.rule);

describe('readYaml', () => {
  it('keeps dates and timestamps as written (YAML 1.2 core schema)', () => {
    expect(readYaml('date: 2024-03-06\nat: 2024-03-05T16:47:00\n').value).toEqual({ date: '2024-03-06', at: '2024-03-05T16:47:00' });
  });

  it('locates a value, or its nearest written ancestor, in file lines', () => {
    const yaml = readYaml('title: A\nactions:\n  - owner: priya\n', 2);
    expect(yaml.locate(['actions', 0, 'owner'])).toEqual({ line: 4, column: 5 });
    expect(yaml.locate(['actions', 0, 'due'])).toEqual({ line: 4, column: 5 });
    expect(yaml.locate(['impact'])).toEqual({ line: 2, column: 1 });
  });

  it('reports syntax errors with their position in the file', () => {
    const yaml = readYaml('title: A\ndate: [2024\n', 2);
    expect(yaml.value).toBeUndefined();
    expect(yaml.problems[0]).toMatchObject({ rule: 'yaml-syntax' });
    expect(yaml.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses custom and language tags', () => {
    expect(rule('a: !!js/function "function () { return 1 }"\n')).toEqual(['yaml-tag']);
    expect(rule('a: !custom value\n')).toEqual(['yaml-tag']);
    expect(rule('a: !!binary aGVsbG8=\n')).toEqual(['yaml-tag']);
    expect(readYaml('a: !!python/object:os.system ls\n').problems[0]!.message).toContain('!!python/object:os.system');
  });

  it('refuses merge keys', () => {
    expect(rule('base: &b {x: 1}\nc:\n  <<: *b\n')).toEqual(['yaml-merge-key']);
  });

  it('allows a few aliases, but refuses an alias bomb before it expands', () => {
    expect(readYaml('a: &a [x, y]\nb: *a\n').value).toEqual({ a: ['x', 'y'], b: ['x', 'y'] });
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = String.fromCharCode(97 + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const bomb = readYaml(`${levels.join('\n')}\n`);
    expect(bomb.value).toBeUndefined();
    expect(bomb.problems[0]!.rule).toBe('yaml-aliases');
    expect(bomb.problems[0]!.message).toContain(MAX_YAML_VALUES.toLocaleString('en'));
  });

  it('refuses duplicate keys and several documents', () => {
    expect(rule('a: 1\na: 2\n')).toEqual(['yaml-duplicate-key']);
    expect(rule('a: 1\n---\nb: 2\n')).toEqual(['yaml-syntax']);
  });

  it('refuses nesting no front matter needs, without running out of stack', () => {
    expect(rule(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toEqual(['yaml-nesting']);
  });

  it('keeps a key named __proto__ an ordinary key', () => {
    const value = readYaml('__proto__: {polluted: true}\n').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
