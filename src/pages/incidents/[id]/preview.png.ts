import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../../data/library';
import { incidentPreview } from '../../../data/link-previews';
import { previewCacheKey, renderPreview, type PreviewCard } from '../../../lib/link-preview';

/** The picture chat tools show when an incident page is pasted: one per published write-up. */
export const getStaticPaths = (async () => {
  const library = await getLibrary();
  return library.incidents.map((incident) => {
    const { card } = incidentPreview(library, incident);
    return { params: { id: incident.id }, props: { card }, cacheKey: previewCacheKey(card) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(await renderPreview(props.card), { headers: { 'Content-Type': 'image/png' } });
