import type { APIRoute } from 'astro';
import { getServiceCatalog } from '../data/service-catalog';
import { serviceIndex } from '../lib/service-catalog';

export const GET: APIRoute = async () => {
  const { ids, incidentsOf, context } = await getServiceCatalog();
  return new Response(JSON.stringify(serviceIndex(ids, incidentsOf, context), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
