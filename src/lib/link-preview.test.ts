import satori from 'satori';
import { describe, expect, it } from 'vitest';
import {
  loadPreviewFonts,
  needsOnlyLatin,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  previewAlt,
  previewCacheKey,
  previewCardOf,
  previewTree,
  renderPreview,
  servicesLine,
  socialMeta,
  type PreviewCard,
} from './link-preview';

const card: PreviewCard = {
  siteName: 'Acme · Library of failures',
  title: 'Checkout <script> declined cards for "74" minutes',
  severity: 'SEV2',
  severityRank: 1,
  date: '6 Mar 2024',
  services: ['Checkout', 'Payments gateway'],
};

/** Every string in satori's element tree, in document order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return node ? [node] : [];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return texts((node as { props?: { children?: unknown } }).props?.children);
  return [];
}

describe('previewCardOf', () => {
  it('names the services from the registry, formats the day and ranks the severity on the scale', () => {
    const incident = { data: { title: 'A title long enough', severity: 'SEV3', date: '2024-03-06', services: ['checkout', 'unknown'] } };
    const names = new Map([['checkout', 'Checkout']]);
    expect(previewCardOf(incident, { siteName: 'Acme', severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'], serviceName: (id) => names.get(id) ?? id })).toEqual({
      siteName: 'Acme',
      title: 'A title long enough',
      severity: 'SEV3',
      severityRank: 2,
      date: '6 Mar 2024',
      services: ['Checkout', 'unknown'],
    });
  });
});

describe('the preview picture', () => {
  it('shows the site, severity, date, title and services as text, never as markup', () => {
    expect(texts(previewTree(card))).toEqual(['Acme · Library of failures', 'SEV2', '6 Mar 2024', 'Checkout <script> declined cards for "74" minutes', 'Services: Checkout, Payments gateway']);
  });

  it('shortens a long list of services', () => {
    expect(servicesLine(['A', 'B', 'C'])).toBe('A, B, C');
    expect(servicesLine(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B\u00a0and\u00a04\u00a0more');
  });

  it('describes itself for readers who cannot see it', () => {
    expect(previewAlt(card)).toBe('SEV2, 6 Mar 2024. Checkout <script> declined cards for "74" minutes. Services: Checkout, Payments gateway');
  });

  it('is a PNG of the size the meta tags give', async () => {
    const png = Buffer.from(await renderPreview(card));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
  });

  it('is laid out from the Latin fonts alone only when they hold every character it shows', async () => {
    expect(needsOnlyLatin(card)).toBe(true);
    expect(needsOnlyLatin({ ...card, title: 'Zürich’s “café” queue — 5 € lost' })).toBe(true);
    expect(needsOnlyLatin({ ...card, services: ['Łódź edge'] })).toBe(false);
    expect(needsOnlyLatin({ ...card, title: 'Chybná konfigurace' })).toBe(true);
    expect(needsOnlyLatin({ ...card, title: 'Špatná konfigurace' })).toBe(false);
    // The same glyphs come from the same font: the layout does not change.
    const layout = (fonts: ReturnType<typeof loadPreviewFonts>) => satori(previewTree(card), { width: 1200, height: 630, fonts });
    expect(await layout(loadPreviewFonts(['latin']))).toBe(await layout(loadPreviewFonts()));
  });

  it('gets a new cache key when anything it shows changes', () => {
    expect(previewCacheKey(card)).toBe(previewCacheKey({ ...card, services: [...card.services] }));
    expect(previewCacheKey({ ...card, title: `${card.title}!` })).not.toBe(previewCacheKey(card));
    expect(previewCacheKey({ ...card, severityRank: 0 })).not.toBe(previewCacheKey(card));
  });
});

describe('socialMeta', () => {
  const page = { title: 'Checkout failed', description: 'Cards were declined.', siteName: 'Acme', type: 'article' as const, url: 'https://failures.example/incidents/x/' };

  it('gives Open Graph and Twitter title, description, type, site name and address', () => {
    expect(socialMeta(page)).toEqual([
      { property: 'og:title', content: 'Checkout failed' },
      { property: 'og:description', content: 'Cards were declined.' },
      { property: 'og:type', content: 'article' },
      { property: 'og:site_name', content: 'Acme' },
      { property: 'og:url', content: 'https://failures.example/incidents/x/' },
      { name: 'twitter:card', content: 'summary' },
      { name: 'twitter:title', content: 'Checkout failed' },
      { name: 'twitter:description', content: 'Cards were declined.' },
    ]);
  });

  it('adds the picture, its size and text alternative, and asks for a large card', () => {
    const tags = socialMeta({ ...page, image: { url: 'https://failures.example/incidents/x/preview.png', alt: 'SEV2' } });
    expect(tags).toContainEqual({ property: 'og:image', content: 'https://failures.example/incidents/x/preview.png' });
    expect(tags).toContainEqual({ property: 'og:image:width', content: String(PREVIEW_WIDTH) });
    expect(tags).toContainEqual({ property: 'og:image:alt', content: 'SEV2' });
    expect(tags).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' });
    expect(tags).toContainEqual({ name: 'twitter:image', content: 'https://failures.example/incidents/x/preview.png' });
  });
});
