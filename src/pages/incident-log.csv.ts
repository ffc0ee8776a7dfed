import type { APIRoute } from 'astro';
import { getIncidentLogCsv } from '../data/pages';

export const GET: APIRoute = async () => new Response(await getIncidentLogCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
