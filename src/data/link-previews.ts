/** An incident's link preview: the card its picture shows, where the picture is, and its text alternative. */
import type { Incident } from '../lib/incident-log';
import { siteNameOf } from '../lib/format';
import { previewAlt, previewCardOf, type PreviewCard } from '../lib/link-preview';
import { incidentHref } from './links';
import { settings, type Library } from './library';

export interface IncidentPreview {
  card: PreviewCard;
  /** Site path of the PNG, beside the incident's page. */
  path: string;
  alt: string;
}

export function incidentPreview(library: Library, incident: Incident): IncidentPreview {
  const card = previewCardOf(incident, {
    siteName: siteNameOf(settings),
    severities: settings.severities.map((level) => level.id),
    serviceName: (id) => library.services.get(id)?.name ?? id,
  });
  return { card, path: `${incidentHref(incident.id)}preview.png`, alt: previewAlt(card) };
}
