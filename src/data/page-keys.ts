/**
 * Incremental builds reuse a page when its cache key is unchanged. An incident page shows more
 * than its own file: figures, recurrence and overdue marks as of today, and the titles of the
 * incidents it links to, names from the registries, git dates. Its key covers all of them.
 */
import type { Incident } from '../lib/incident-log';
import { cacheKeyOf, cacheKeyWith } from '../lib/cache-key';
import { publicBuild, settings, today, type Library } from './library';

const incidentKeys = new WeakMap<Incident, string>();

/** Computed once per incident and build: the incident's page and every listing of it use it. */
export function incidentPageKey(library: Library, incident: Incident): string {
  let key = incidentKeys.get(incident);
  if (key === undefined) incidentKeys.set(incident, (key = keyOfIncidentPage(library, incident)));
  return key;
}

function keyOfIncidentPage(library: Library, incident: Incident): string {
  const { data } = incident;
  const linked = [
    ...data.related,
    ...incident.recurrence.chain,
    ...incident.earlierInCategory.map((earlier) => earlier.id),
    ...(library.similar.get(incident.id) ?? []).map((similar) => similar.id),
  ].map((id) => {
    const other = library.byId.get(id);
    return other ? [id, other.data.title, other.data.date] : [id];
  });
  const people = [...data.authors, ...data.participants, data.facilitator ?? '', ...data.actions.map((action) => action.owner)];
  return cacheKeyOf(
    library.entries.get(incident.id)?.digest,
    today,
    settings,
    { ...incident, data: undefined },
    library.similar.get(incident.id),
    linked,
    people.map((id) => library.people.get(id)?.name ?? id),
    data.services.map((id) => library.services.get(id)),
    library.causes.get(data.rootCause.category),
    library.history.get(incident.id),
  );
}

/**
 * The key of a page that lists incidents (a quarter, a cause, a service, a team, a tag): what it
 * is given to show, with the registries it names from. A listing shows no more of an incident
 * than the incident's own page does, so each incident is hashed as that page's key, once per build.
 */
export function listingPageKey(library: Library, ...shown: unknown[]): string {
  const standIn = (value: object) => {
    const incident = value as Incident;
    return library.byId.get(incident.id) === incident ? incidentPageKey(library, incident) : undefined;
  };
  return cacheKeyWith(standIn, today, settings, publicBuild, library.people, library.teams, library.services, library.causes, shown);
}
