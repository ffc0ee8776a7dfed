/** What the library puts in front of a new reader: the reading path, "on this day", archive picks. */
import { addDays } from './days';
import type { Incident } from './incident-log';
import { entriesOldestFirst } from './order';

/** The essential write-ups, oldest first: the path reads like the organisation's history. */
export function readingPath(incidents: readonly Incident[]): Incident[] {
  return incidents.filter((incident) => incident.data.essential).sort(entriesOldestFirst);
}

/** Incidents on the same calendar day as `today` in earlier years, newest first. */
export function onThisDay(incidents: readonly Incident[], today: string): Incident[] {
  const monthDay = today.slice(5);
  return incidents.filter((incident) => incident.data.date.slice(5) === monthDay && incident.data.date < today);
}

/** FNV-1a: a small, stable hash, so picks change with the day but not between builds of the same day. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/**
 * A few older write-ups worth rereading: more than a year old, preferring those with learnings,
 * in an order that changes from day to day.
 */
export function archivePicks(incidents: readonly Incident[], today: string, count = 3): Incident[] {
  const yearAgo = addDays(today, -365);
  return incidents
    .filter((incident) => incident.data.date <= yearAgo && incident.data.learnings.length > 0)
    .map((incident) => ({ incident, order: hash(`${today}:${incident.id}`) }))
    .sort((a, b) => a.order - b.order || a.incident.id.localeCompare(b.incident.id))
    .slice(0, count)
    .map(({ incident }) => incident);
}
