/** Links inside the site, to the repository, and taken from data. */
import { isWebUrl } from './write-up/allowlist';

/**
 * A link taken from data (a ticket, a change, the repository), or nothing: the checks refuse
 * anything but http and https, and a page links only to those even when a check was skipped.
 */
export function webLink(url: string | undefined): string | undefined {
  return url !== undefined && isWebUrl(url) ? url : undefined;
}

/** Joins the site's base path (`/` or `/docs/`) and a path inside the site. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\/+/, '')}`;
}

export function incidentPath(id: string): string {
  return `incidents/${id}/`;
}

/** Links inside the site, bound to its base path: what view models build their hrefs with. */
export interface SiteLinks {
  /** A path inside the site, like `log/` or `causes/capacity/`. */
  to(path: string): string;
  incident(id: string): string;
}

export function siteLinks(base: string): SiteLinks {
  return { to: (path) => withBase(base, path), incident: (id) => withBase(base, incidentPath(id)) };
}

/** "Edit this page" and "history" links for a file of the repository (GitHub-style URLs). */
export function repositoryLinks(repository: string | undefined, branch: string, filePath: string | undefined) {
  if (!webLink(repository) || !filePath) return undefined;
  const root = repository!.replace(/\/+$/, '');
  const file = filePath.split('/').map(encodeURIComponent).join('/');
  return {
    edit: `${root}/edit/${encodeURIComponent(branch)}/${file}`,
    history: `${root}/commits/${encodeURIComponent(branch)}/${file}`,
  };
}
