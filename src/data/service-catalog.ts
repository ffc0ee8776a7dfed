/** What the service catalog files are made from, gathered once per build. */
import { byService, groupIncidents } from '../lib/browse';
import type { Incident } from '../lib/incident-log';
import { publishedServiceIds, type ServiceCatalogContext } from '../lib/service-catalog';
import { absoluteIncidentUrl, absoluteUrl, href } from './links';
import { getLibrary, publicBuild, today } from './library';

export interface ServiceCatalog {
  ids: string[];
  incidentsOf: (id: string) => Incident[];
  context: ServiceCatalogContext;
}

let catalog: Promise<ServiceCatalog> | undefined;

export function getServiceCatalog(): Promise<ServiceCatalog> {
  catalog ??= loadServiceCatalog();
  return catalog;
}

async function loadServiceCatalog(): Promise<ServiceCatalog> {
  const library = await getLibrary();
  const groups = groupIncidents(library.incidents, byService);
  return {
    ids: publishedServiceIds(library.services, library.incidents, publicBuild),
    incidentsOf: (id) => groups.get(id)?.incidents ?? [],
    context: {
      services: library.services,
      teams: library.teams,
      causes: library.causes,
      people: library.people,
      chains: library.chains,
      today,
      generatedAt: new Date().toISOString(),
      urls: {
        incident: absoluteIncidentUrl,
        servicePage: (id) => absoluteUrl(href(`services/${id}/`)),
        serviceJson: (id) => absoluteUrl(href(`services/${id}.json`)),
        schema: (name) => absoluteUrl(href(`schemas/${name}.schema.json`)),
      },
    },
  };
}
