import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, MAX_NESTING, parseBody } from './body';

describe('parseBody', () => {
  it('never treats a fence block in the body as front matter', () => {
    const parsed = parseBody('---\nlayout: x\n---\n', 'mdx', 1);
    expect(parsed.tree?.children.map((node) => node.type)).not.toContain('yaml');
    expect(parsed.tree?.children.map((node) => node.type)).not.toContain('toml');
  });

  it.each([
    ['quotes', `${'>'.repeat(5000)} deep\n`, 'mdx'],
    ['lists', `${'- '.repeat(5000)}deep\n`, 'mdx'],
    ['elements', `${'<b>\n'.repeat(5000)}deep\n${'</b>\n'.repeat(5000)}`, 'mdx'],
    ['quotes in Markdown', `${'>'.repeat(5000)} deep\n`, 'markdown'],
  ] as const)('refuses 5,000 levels of %s with a plain message', (_, body, format) => {
    const parsed = parseBody(body, format, 10);
    expect(parsed.problem).toMatchObject({ rule: 'body-nesting' });
    expect(parsed.problem!.message).toContain(String(MAX_NESTING));
  });

  it('gives file positions to a syntax error', () => {
    expect(parseBody('Fine.\n\nIt took {5 minutes.', 'mdx', 10).problem).toMatchObject({ rule: 'mdx-bare-brace', line: 12, column: 9 });
  });
});

describe('very long lines', () => {
  it('refuses a line longer than the limit before parsing it, naming its length', () => {
    const parsed = parseBody(`Intro.\n\n${'_a'.repeat(150_000)}\n`, 'mdx', 10);
    expect(parsed.problem).toMatchObject({ rule: 'body-line-length', line: 12 });
    expect(parsed.problem!.message).toContain('300,000 characters');
    expect(parseBody(`${'word '.repeat(MAX_LINE_LENGTH / 5)}\n`, 'mdx', 1).problem).toBeUndefined();
  });

  it('explains a syntax error from the block it is in, in a long body', () => {
    const filler = 'A plain paragraph of the narrative.\n\n'.repeat(2000);
    expect(parseBody(`${filler}It took {5 minutes.\n\n${filler}`, 'mdx', 1).problem).toMatchObject({ rule: 'mdx-bare-brace', line: 4001, column: 9 });
  });
});
