import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library';
import { absoluteIncidentUrl } from '../data/links';
import { incidentJson } from '../lib/exports';

export const GET: APIRoute = async () => {
  const { incidents } = await getLibrary();
  const body = incidentJson(incidents, { generatedAt: new Date().toISOString(), urlFor: absoluteIncidentUrl });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
