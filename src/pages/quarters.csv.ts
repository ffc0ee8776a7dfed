import type { APIRoute } from 'astro';
import { getQuarterFiguresCsv } from '../data/pages';

/** Every quarter's figures with their sample sizes, oldest first. */
export const GET: APIRoute = async () =>
  new Response(await getQuarterFiguresCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
