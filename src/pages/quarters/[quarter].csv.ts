import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../data/library';
import { absoluteIncidentUrl } from '../../data/links';
import { listingPageKey } from '../../data/page-keys';
import { incidentLogCsv } from '../../lib/exports';
import type { Incident } from '../../lib/incident-log';
import { quarterSlug } from '../../lib/quarters';
import { getQuarterReports } from './_reports';

/** One quarter's rows of the incident log, in the log's columns and order (newest first). */
export const getStaticPaths = (async () => {
  const [reports, library] = await Promise.all([getQuarterReports(), getLibrary()]);
  return reports.map((report) => ({
    params: { quarter: quarterSlug(report.quarter) },
    props: { incidents: report.incidents },
    cacheKey: listingPageKey(library, report.incidents),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ incidents: Incident[] }> = ({ props }) =>
  new Response(incidentLogCsv(props.incidents, { urlFor: absoluteIncidentUrl }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
