import type { APIRoute } from 'astro';
import { getSearchWords } from '../../data/pages';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchWords()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
