import { describe, expect, it } from 'vitest';
import { parseYaml, splitWriteUp } from './source';

describe('splitWriteUp', () => {
  it('separates the front matter from the body and says where each starts', () => {
    const parts = splitWriteUp('---\ntitle: A\ndate: 2024-03-06\n---\n\n## What happened\n');
    expect(parts.frontMatter).toBe('title: A\ndate: 2024-03-06');
    expect(parts.frontMatterLine).toBe(2);
    expect(parts.bodyLine).toBe(5);
    expect(parts.body).toBe('\n## What happened\n');
  });
  it('has no front matter without the opening line', () => {
    expect(splitWriteUp('# Only a body\n').frontMatter).toBeUndefined();
  });
});

describe('parseYaml', () => {
  it('keeps dates and timestamps as written (YAML 1.2 core schema)', () => {
    const yaml = parseYaml('date: 2024-03-06\nat: 2024-03-05T16:47:00\n');
    expect(yaml.value).toEqual({ date: '2024-03-06', at: '2024-03-05T16:47:00' });
  });
  it('locates a value, or its nearest written ancestor, in file lines', () => {
    const yaml = parseYaml('title: A\nactions:\n  - owner: priya\n', 2);
    expect(yaml.locate(['actions', 0, 'owner'])).toEqual({ line: 4, column: 5 });
    expect(yaml.locate(['actions', 0, 'due'])).toEqual({ line: 4, column: 5 });
    expect(yaml.locate(['impact'])).toEqual({ line: 2, column: 1 });
  });
  it('reports syntax errors with their position', () => {
    const yaml = parseYaml('title: A\ndate: [2024\n', 2);
    expect(yaml.value).toBeUndefined();
    expect(yaml.syntaxErrors[0]!.position.line).toBeGreaterThanOrEqual(3);
  });
});
