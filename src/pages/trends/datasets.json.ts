import type { APIRoute } from 'astro';
import { getTrendDatasetsByFilter } from '../../data/pages';

/** Each team's and service's trends, fetched by the trends page when a reader picks one. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getTrendDatasetsByFilter()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
