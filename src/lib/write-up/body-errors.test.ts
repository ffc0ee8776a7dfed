import { describe, expect, it } from 'vitest';
import { explainParseError, shorten } from './body-errors';

const toFile = (line: number, column: number) => ({ line: line + 9, column });

describe('explainParseError', () => {
  it('reads only the block of the error with micromark, and places the message in the file', () => {
    const body = `${'A paragraph.\n\n'.repeat(3)}It took {5 minutes.\n\nMore.`;
    const problem = explainParseError(new Error('7:9: Unexpected end of file in expression (mdx:x)'), body, 'mdx', toFile);
    expect(problem).toMatchObject({ rule: 'mdx-bare-brace', line: 16, column: 9 });
  });

  it('falls back on the parser\'s own words, without its jargon, in plain Markdown', () => {
    const problem = explainParseError(new Error('2:3: Something odd (U+0041) (md:y)'), 'x\nyy z', 'markdown', toFile);
    expect(problem).toMatchObject({ rule: 'mdx-syntax', line: 11, column: 3 });
    expect(problem.message).not.toContain('U+0041');
  });
});

describe('shorten', () => {
  it('keeps code on one line and cuts it with an ellipsis', () => {
    expect(shorten('a\n  b', 10)).toBe('a b');
    expect(shorten('x'.repeat(60), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
