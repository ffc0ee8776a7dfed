/** Site links bound to this build's base path and, when configured, its site URL. */
import { incidentPath, siteLinks, withBase } from '../lib/urls';

export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);

/** The links view models build their hrefs with. */
export const links = siteLinks(import.meta.env.BASE_URL);
export const incidentHref = (id: string) => href(incidentPath(id));

/** Exports link to absolute URLs when the site URL is known (SITE_URL), else to site paths. */
export const absoluteIncidentUrl = (id: string) =>
  import.meta.env.SITE ? new URL(incidentHref(id), import.meta.env.SITE).href : incidentHref(id);
