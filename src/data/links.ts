/** Site links bound to this build's base path and, when configured, its site URL. */
import { incidentPath, withBase } from '../lib/urls';

export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
export const incidentHref = (id: string) => href(incidentPath(id));

/** A site path as an absolute URL when the site URL is known (SITE_URL), else as it is. */
export const absoluteUrl = (sitePath: string) => (import.meta.env.SITE ? new URL(sitePath, import.meta.env.SITE).href : sitePath);

/** Exports link to absolute URLs when the site URL is known (SITE_URL), else to site paths. */
export const absoluteIncidentUrl = (id: string) => absoluteUrl(incidentHref(id));

