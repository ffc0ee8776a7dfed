/** An incident's link preview: the card its picture shows, where the picture is, and its text alternative. */
import type { Incident } from '../incident-log';
import { previewAlt, previewCardOf, previewContextOf, type PreviewCard } from '../link-preview';
import type { PageContext } from './parts';

export interface IncidentPreview {
  card: PreviewCard;
  /** Site path of the PNG, beside the incident's page. */
  path: string;
  alt: string;
}

export function incidentPreview(context: PageContext, incident: Incident): IncidentPreview {
  const { library, links } = context;
  const card = previewCardOf(incident, previewContextOf(library.settings, library));
  return { card, path: `${links.incident(incident.id)}preview.png`, alt: previewAlt(card) };
}
