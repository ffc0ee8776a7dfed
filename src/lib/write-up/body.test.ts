import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseBody } from './body';

describe('parseBody', () => {
  it('never treats a fence block in the body as front matter', () => {
    const parsed = parseBody('---\nlayout: x\n---\n', 'mdx', 1);
    expect(parsed.tree?.children.map((node) => node.type)).not.toContain('yaml');
    expect(parsed.tree?.children.map((node) => node.type)).not.toContain('toml');
  });

  it.each([
    ['quotes', `${'>'.repeat(5000)} deep\n`, 'mdx'],
    ['lists', `${'- '.repeat(5000)}deep\n`, 'mdx'],
    ['elements', `${'<b>'.repeat(5000)}deep${'</b>'.repeat(5000)}\n`, 'mdx'],
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
