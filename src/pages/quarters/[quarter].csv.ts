import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteIncidentUrl } from '../../data/links';
import { getQuarterCsvPaths } from '../../data/pages';
import { incidentLogCsv } from '../../lib/exports';
import type { Incident } from '../../lib/incident-log';

/** One quarter's rows of the incident log, in the log's columns and order (newest first). */
export const getStaticPaths = (() => getQuarterCsvPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ incidents: Incident[] }> = ({ props }) =>
  new Response(incidentLogCsv(props.incidents, { urlFor: absoluteIncidentUrl }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
