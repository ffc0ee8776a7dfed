import type { APIRoute } from 'astro';
import { getIncidentsJson } from '../data/pages';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getIncidentsJson(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
