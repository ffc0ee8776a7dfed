import type { APIRoute } from 'astro';
import { getFeed } from '../data/pages';

/** The Atom feed of new and amended write-ups, the most recently changed first. */
export const GET: APIRoute = async () => new Response(await getFeed(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
