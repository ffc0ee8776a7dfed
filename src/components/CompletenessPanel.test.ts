import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';

// tsc has no types for .astro files (Astro's own checker does); Vite compiles it for the test.
const COMPONENT: string = './CompletenessPanel.astro';
const { default: CompletenessPanel } = (await import(/* @vite-ignore */ COMPONENT)) as { default: Parameters<AstroContainer['renderToString']>[0] };

describe('CompletenessPanel', () => {
  it('folds the score and what would raise it into one details element', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(CompletenessPanel, {
      props: { score: 78, suggestions: [{ text: 'Link a `ticket` to 2 actions.', points: 5 }, { text: 'Name the `facilitator`.', points: 5 }] },
    });
    const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    expect(html).toMatch(/^<details[^>]*class="completeness"/);
    expect(text(/<summary.*<\/summary>/s.exec(html)![0])).toBe('Completeness 78/100 — what would raise it');
    expect([...html.matchAll(/<li.*?<\/li>/gs)].map((item) => text(item[0]))).toEqual(['Link a ticket to 2 actions. +5', 'Name the facilitator. +5']);
    expect(html).toMatch(/<code[^>]*>ticket<\/code>/);
  });

  it('says so when nothing would raise it', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(CompletenessPanel, { props: { score: 100, suggestions: [] } });
    expect(html).toContain('100/100');
    expect(html).not.toContain('what would raise it');
    expect(html).not.toContain('<li');
  });
});
