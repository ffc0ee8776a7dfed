import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library';
import { absoluteIncidentUrl } from '../data/links';
import { incidentLogCsv } from '../lib/exports';

export const GET: APIRoute = async () => {
  const { incidents } = await getLibrary();
  return new Response(incidentLogCsv(incidents, { urlFor: absoluteIncidentUrl }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
