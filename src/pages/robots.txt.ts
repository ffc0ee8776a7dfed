import type { APIRoute } from 'astro';
import { publicBuild } from '../data/library';
import { href } from '../data/links';
import { robotsTxt } from '../lib/robots';

export const GET: APIRoute = () => {
  // Sitemaps need absolute addresses, so there is one only when the site's URL is known.
  const sitemapUrl = import.meta.env.SITE ? new URL(href('sitemap-index.xml'), import.meta.env.SITE).href : undefined;
  return new Response(robotsTxt({ publicBuild, sitemapUrl }), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
