/**
 * Link previews: the Open Graph and Twitter meta every page carries, and the image shown when an
 * incident page is pasted into chat. The image is laid out by satori (text shaped and wrapped
 * with the font, as glyph paths) and drawn by resvg; the text goes in as data, never as markup.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font, type SatoriNode } from 'satori';
import sharp from 'sharp';
import { cacheKeyOf } from './cache-key';
import { formatDay, siteNameOf } from './format';
import { serviceName, type Registries } from './registries';
import type { Settings } from './schema';

/**
 * The picture's size. Chat tools show link previews at most about 400 pixels wide, so 800 is
 * sharp on a high-density screen; drawing 1200 × 630 (the size social networks suggest) would
 * cost 1.7 times the time and bytes on every build that draws them.
 */
export const PREVIEW_WIDTH = 800;
export const PREVIEW_HEIGHT = 420;
/** The layout's own size (the sizes in `previewTree`), scaled to the picture's when drawn. */
const LAYOUT_WIDTH = 1200;
const LAYOUT_HEIGHT = 630;

/** What an incident's preview shows, already in words. */
export interface PreviewCard {
  /** Organisation · site title, as in the page title. */
  siteName: string;
  title: string;
  severity: string;
  /** 0 for the worst severity of the scale; picks the colour. */
  severityRank: number;
  /** The incident's day, formatted. */
  date: string;
  /** Service names. */
  services: string[];
}

/** The site's light palette (src/styles/global.css), worst severity first. */
const COLOURS = {
  background: '#fbfaf7',
  text: '#1d1f1e',
  muted: '#525a56',
  accent: '#1f5c43',
  severities: ['#9b1c1c', '#b4470f', '#7a5a00', '#3f5a6b'],
};

const MAX_SERVICES_SHOWN = 3;

/** What every card takes from the library: the site's name, the severity scale and service names. */
export interface PreviewContext {
  siteName: string;
  severities: readonly string[];
  serviceName: (id: string) => string;
}

export function previewContextOf(settings: Pick<Settings, 'organisation' | 'title' | 'severities'>, registries: Pick<Registries, 'services'>): PreviewContext {
  return {
    siteName: siteNameOf(settings),
    severities: settings.severities.map((level) => level.id),
    serviceName: (id) => serviceName(registries, id),
  };
}

/** The card of one incident, with its services named from the registry. */
export function previewCardOf(
  incident: { data: { title: string; severity: string; date: string; services: readonly string[] } },
  context: PreviewContext,
): PreviewCard {
  const { data } = incident;
  return {
    siteName: context.siteName,
    title: data.title,
    severity: data.severity,
    severityRank: context.severities.indexOf(data.severity),
    date: formatDay(data.date),
    services: data.services.map(context.serviceName),
  };
}

/** The image's text alternative: what it shows, in reading order. */
export function previewAlt(card: PreviewCard): string {
  return [`${card.severity}, ${card.date}`, card.title, card.services.length > 0 ? `Services: ${servicesLine(card.services)}` : '']
    .filter(Boolean)
    .join('. ');
}

function element(type: string, style: Record<string, unknown>, children: SatoriNode | SatoriNode[] | string): SatoriNode {
  return { type, props: { style, children } } as unknown as SatoriNode;
}

/** "Checkout API, Payments gateway and 3 more", the count kept on one line (no-break spaces). */
export function servicesLine(services: readonly string[]): string {
  if (services.length <= MAX_SERVICES_SHOWN) return services.join(', ');
  return `${services.slice(0, MAX_SERVICES_SHOWN - 1).join(', ')}\u00a0and\u00a0${services.length - (MAX_SERVICES_SHOWN - 1)}\u00a0more`;
}

/**
 * The card's layout, as satori's element tree. Long text is clamped and long words broken, never
 * clipped: `overflow: hidden` would make satori clip each block, and resvg draws clipped text in
 * twice the time.
 */
export function previewTree(card: PreviewCard): SatoriNode {
  const severityColour = COLOURS.severities[Math.min(Math.max(card.severityRank, 0), COLOURS.severities.length - 1)]!;
  const badge = (text: string, colour: string) =>
    element('div', { display: 'flex', padding: '2px 24px', borderRadius: 999, border: `4px solid ${colour}`, color: colour, fontWeight: 700 }, text);
  return element(
    'div',
    { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: COLOURS.background, color: COLOURS.text, fontFamily: 'Inter' },
    [
      element('div', { display: 'block', padding: '26px 64px', backgroundColor: COLOURS.accent, color: '#ffffff', fontSize: 38, fontWeight: 700, lineClamp: 1, wordBreak: 'break-word' }, card.siteName),
      element('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '40px 64px 36px' }, [
        element('div', { display: 'flex', alignItems: 'center', gap: 24, fontSize: 40 }, [
          badge(card.severity, severityColour),
          element('div', { display: 'flex', color: COLOURS.muted }, card.date),
        ]),
        element(
          'div',
          { display: 'block', marginTop: 30, fontSize: 68, fontWeight: 700, lineHeight: 1.15, lineClamp: 3, wordBreak: 'break-word' },
          card.title,
        ),
        element('div', { display: 'flex', flexGrow: 1 }, ''),
        element('div', { display: 'block', fontSize: 38, lineHeight: 1.25, color: COLOURS.muted, lineClamp: 2, wordBreak: 'break-word' }, card.services.length > 0 ? `Services: ${servicesLine(card.services)}` : ''),
      ]),
    ],
  );
}

const fontRequire = createRequire(import.meta.url);

type Subset = 'latin' | 'latin-ext';

/** Inter from its npm package (regular and bold of each subset): nothing is fetched. */
export function loadPreviewFonts(subsets: readonly Subset[] = ['latin', 'latin-ext']): Font[] {
  const file = (subset: Subset, weight: 400 | 700) => readFileSync(fontRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));
  return subsets.flatMap((subset) => ([400, 700] as const).map((weight) => ({ name: 'Inter', data: file(subset, weight), weight, style: 'normal' as const })));
}

/** The characters of Inter's `latin` subset (its unicode-range in @fontsource/inter). */
const LATIN_SUBSET = /^[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd]*$/;

/** Whether every character the card shows is in the `latin` subset. */
export function needsOnlyLatin(card: PreviewCard): boolean {
  return [card.siteName, card.title, card.severity, card.date, ...card.services].every((text) => LATIN_SUBSET.test(text));
}

let latinFonts: Font[] | undefined;
let allFonts: Font[] | undefined;

/**
 * The preview as a PNG. Satori lays it out on the main thread; resvg draws it and sharp encodes
 * it on libuv's thread pool, so a caller with several pictures in flight keeps two cores busy.
 * A card in plain Latin is laid out with the `latin` fonts only: satori looks each glyph up in
 * every font it is given, and the same glyphs come from the same font either way (a quarter less time).
 */
export async function renderPreview(card: PreviewCard): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = needsOnlyLatin(card) ? (latinFonts ??= loadPreviewFonts(['latin'])) : (allFonts ??= loadPreviewFonts());
  const svg = await satori(previewTree(card), { width: LAYOUT_WIDTH, height: LAYOUT_HEIGHT, fonts });
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: PREVIEW_WIDTH } });
  // The card is opaque, so the alpha channel goes; zlib level 3 encodes in three quarters of
  // resvg's own encoder's time, into four fifths of its bytes.
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
  return new Uint8Array(png);
}

/** Changes when anything the image shows changes, and with the layout's version. */
export function previewCacheKey(card: PreviewCard): string {
  return cacheKeyOf('link-preview-4', card);
}

export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  siteName: string;
  /** `article` for a write-up, `website` for the rest. */
  type: 'article' | 'website';
  /** The page's address: absolute when the site's URL is known. */
  url: string;
  /** The preview image's address, when the page has one. */
  image?: { url: string; alt: string } | undefined;
}

/** The Open Graph and Twitter `<meta>` tags of a page, as attribute pairs in order. */
export function socialMeta(page: PageMeta): { property?: string; name?: string; content: string }[] {
  const tags: { property?: string; name?: string; content: string }[] = [
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:type', content: page.type },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:url', content: page.url },
  ];
  if (page.image) {
    tags.push(
      { property: 'og:image', content: page.image.url },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(PREVIEW_WIDTH) },
      { property: 'og:image:height', content: String(PREVIEW_HEIGHT) },
      { property: 'og:image:alt', content: page.image.alt },
    );
  }
  tags.push(
    { name: 'twitter:card', content: page.image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
  );
  if (page.image) tags.push({ name: 'twitter:image', content: page.image.url }, { name: 'twitter:image:alt', content: page.image.alt });
  return tags;
}
