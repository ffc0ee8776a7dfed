import type { APIRoute } from 'astro';
import { getTrends } from '../../data/trends';

/** Each team's and service's trends, fetched by the trends page when a reader picks one. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getTrends()).byFilter), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
