import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { parseBody } from './body';
import { bodyToHast, INTRINSIC_ELEMENT } from './to-hast';

const hastOf = (body: string, format: 'mdx' | 'markdown' = 'mdx') => bodyToHast(parseBody(body, format, 1).tree!, body, format, { timeZone: 'UTC' });
const elements = (tree: Root | Element) => JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value));

describe('bodyToHast', () => {
  it('makes JSX elements plain elements (any case), and expressions, imports and unknown components nothing', () => {
    const tree = hastOf('<sCrIpT>x</sCrIpT>\n\n{1 + 1}\n\n<Chart data="x" />\n\nText {/* note */}');
    expect(elements(tree)).toContain('"tagName":"script"');
    expect(elements(tree)).not.toContain('Chart');
    expect(elements(tree)).not.toContain('1 + 1');
    expect(INTRINSIC_ELEMENT.test('sCrIpT')).toBe(true);
    expect(INTRINSIC_ELEMENT.test('Chart')).toBe(false);
  });

  it('renders the documented components into the elements they stand for, placed where they are written', () => {
    const tree = hastOf('Intro.\n\n<ChannelQuote at="2024-03-06T09:04:00-05:00" from="support lead" channel="#inc">\n  Three customers wrote in.\n</ChannelQuote>');
    const figure = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'figure')!;
    expect(figure.properties.className).toEqual(['channel-quote']);
    expect(elements(figure)).toContain('Wed 6 Mar 2024, 14:04 UTC');
    expect(elements(figure)).toContain('#inc');
    const image = hastOf('<Figure src="./a.png" alt="A chart" caption="What to see." />').children[0] as Element;
    expect((image.children[0] as Element).position?.start.line).toBe(1);
  });

  it('parses raw HTML of Markdown with an HTML parser, keeping positions', () => {
    const tree = hastOf('Para.\n\n<div>\n<b>bold</b>\n</div>', 'markdown');
    const div = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'div')!;
    expect(div.position?.start.line).toBe(3);
  });
});
