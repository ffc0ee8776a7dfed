import type { APIRoute } from 'astro';
import { getActionsCsv } from '../data/pages';

/** Every action with its owner's team, status, and for open ones how long overdue. */
export const GET: APIRoute = async () => new Response(await getActionsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
