import type { APIRoute, GetStaticPaths } from 'astro';
import { getIncidentPreviewPaths } from '../../../data/pages';
import { renderPreview, type PreviewCard } from '../../../lib/link-preview';
import { previewStoreDir, storedPreview, storePreview } from '../../../lib/preview-store';

/**
 * The picture chat tools show when an incident page is pasted: one per published write-up, drawn
 * here by the development server. A build renders none: `npm run build` draws them beside Astro
 * (scripts/draw-previews.ts) and places them after it, so that drawing 5,000 pictures (73 s of
 * CPU) runs on the core Astro leaves idle instead of inside Astro's page rendering.
 */
export const getStaticPaths = (() => (import.meta.env.DEV ? getIncidentPreviewPaths() : [])) satisfies GetStaticPaths;

/** From the store when an earlier request drew it. */
export const GET: APIRoute<{ card: PreviewCard; key: string }> = async ({ props }) => {
  const store = previewStoreDir();
  let png = storedPreview(store, props.key);
  if (!png) {
    png = await renderPreview(props.card);
    storePreview(store, props.key, png);
  }
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
