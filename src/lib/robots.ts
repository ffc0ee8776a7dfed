/**
 * `robots.txt`: the full library is read by the company's own people and asks search engines
 * not to index it; the public build welcomes them and names its sitemap.
 */
export function robotsTxt(options: { publicBuild: boolean; sitemapUrl?: string | undefined }): string {
  if (!options.publicBuild) {
    return ['# The full library of failures is for the company\'s own people: please do not index it.', 'User-agent: *', 'Disallow: /', ''].join('\n');
  }
  return [
    '# The public library of failures: only write-ups marked public are here.',
    'User-agent: *',
    'Allow: /',
    ...(options.sitemapUrl ? ['', `Sitemap: ${options.sitemapUrl}`] : []),
    '',
  ].join('\n');
}
