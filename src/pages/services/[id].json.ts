import type { APIRoute, GetStaticPaths } from 'astro';
import { getServiceCatalog } from '../../data/service-catalog';
import { serviceHistory } from '../../lib/service-catalog';

export const getStaticPaths = (async () => {
  const { ids } = await getServiceCatalog();
  return ids.map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { incidentsOf, context } = await getServiceCatalog();
  const id = params.id!;
  return new Response(JSON.stringify(serviceHistory(id, incidentsOf(id), context), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
