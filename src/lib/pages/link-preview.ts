/** An incident's link preview: the card its picture shows, where the picture is, and its text alternative. */
import { siteNameOf } from '../format';
import type { Incident } from '../incident-log';
import { previewAlt, previewCardOf, type PreviewCard } from '../link-preview';
import { serviceName } from '../registries';
import type { PageContext } from './parts';

export interface IncidentPreview {
  card: PreviewCard;
  /** Site path of the PNG, beside the incident's page. */
  path: string;
  alt: string;
}

export function incidentPreview(context: PageContext, incident: Incident): IncidentPreview {
  const { library, links } = context;
  const card = previewCardOf(incident, {
    siteName: siteNameOf(library.settings),
    severities: library.settings.severities.map((level) => level.id),
    serviceName: (id) => serviceName(library, id),
  });
  return { card, path: `${links.incident(incident.id)}preview.png`, alt: previewAlt(card) };
}
