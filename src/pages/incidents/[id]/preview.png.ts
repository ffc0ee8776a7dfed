import type { APIRoute, GetStaticPaths } from 'astro';
import { getIncidentPreviewPaths } from '../../../data/pages';
import { renderPreview, type PreviewCard } from '../../../lib/link-preview';
import { previewStoreDir, storedPreview, storePreview } from '../../../lib/preview-store';

/** The picture chat tools show when an incident page is pasted: one per published write-up. */
export const getStaticPaths = (() => getIncidentPreviewPaths()) satisfies GetStaticPaths;

/** Drawn ahead by scripts/draw-previews.ts, or by an earlier build, when the store has it. */
export const GET: APIRoute<{ card: PreviewCard; key: string }> = async ({ props }) => {
  const store = previewStoreDir();
  let png = storedPreview(store, props.key);
  if (!png) {
    png = await renderPreview(props.card);
    storePreview(store, props.key, png);
  }
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
