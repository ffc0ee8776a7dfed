import type { APIRoute } from 'astro';
import { getLibrary, settings, today } from '../data/library';
import { feedAddress, href, incidentHref } from '../data/links';
import { atomFeed } from '../lib/feed';
import { siteNameOf } from '../lib/format';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const xml = atomFeed(library.incidents, {
    siteName: siteNameOf(settings),
    description: settings.description ?? 'Blameless post-mortems',
    homeUrl: feedAddress(href('')),
    feedUrl: feedAddress(href('feed.xml')),
    incidentUrl: (id) => feedAddress(incidentHref(id)),
    history: (id) => library.history.get(id),
    personName: (id) => library.people.get(id)?.name ?? id,
    serviceName: (id) => library.services.get(id)?.name ?? id,
    causeLabel: (id) => library.causes.get(id)?.label ?? id,
    today,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
