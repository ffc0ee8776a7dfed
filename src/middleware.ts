/**
 * Hands each rendered incident page to the search index while the build goes on (see
 * `integrations/search-pages.ts`). Outside `astro build`, and for every other page, it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { incidentSourcePath, searchPageSink } from './integrations/search-pages';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = searchPageSink();
  const id = context.params.id;
  if (!sink || context.routePattern !== '/incidents/[id]' || id === undefined || !response.ok) return response;
  const html = await response.text();
  sink.add(incidentSourcePath(id), html);
  return new Response(html, response);
});
