/** Site links bound to this build's base path and, when configured, its site URL. */
import { incidentPath, siteLinks, withBase } from '../lib/urls';

export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);

/** The links view models build their hrefs with. */
export const links = siteLinks(import.meta.env.BASE_URL);
export const incidentHref = (id: string) => href(incidentPath(id));

/** A site path as an absolute URL when the site URL is known (SITE_URL), else as it is. */
export const absoluteUrl = (sitePath: string) => (import.meta.env.SITE ? new URL(sitePath, import.meta.env.SITE).href : sitePath);

/** Exports link to absolute URLs when the site URL is known (SITE_URL), else to site paths. */
export const absoluteIncidentUrl = (id: string) => absoluteUrl(incidentHref(id));

/** Where `npm start` serves the site. */
const LOCAL_PREVIEW_ORIGIN = 'http://localhost:4321';

/**
 * A site path as an absolute URL for the feed, which must have one: on the published address
 * (SITE_URL), else on the local preview's, so the feed of a local build works with `npm start`.
 */
export const feedAddress = (sitePath: string) => new URL(sitePath, import.meta.env.SITE ?? LOCAL_PREVIEW_ORIGIN).href;
