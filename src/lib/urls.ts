/** Links inside the site and to the repository. */

/** Joins the site's base path (`/` or `/docs/`) and a path inside the site. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\/+/, '')}`;
}

export function incidentPath(id: string): string {
  return `incidents/${id}/`;
}

/** "Edit this page" and "history" links for a file of the repository (GitHub-style URLs). */
export function repositoryLinks(repository: string | undefined, branch: string, filePath: string | undefined) {
  if (!repository || !filePath) return undefined;
  const root = repository.replace(/\/+$/, '');
  const file = filePath.split('/').map(encodeURIComponent).join('/');
  return {
    edit: `${root}/edit/${encodeURIComponent(branch)}/${file}`,
    history: `${root}/commits/${encodeURIComponent(branch)}/${file}`,
  };
}
