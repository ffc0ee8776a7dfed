/**
 * Incremental builds reuse a page when its cache key is unchanged. An incident page shows more
 * than its own file: figures, recurrence and overdue marks as of today, and the titles of the
 * incidents it links to, names from the registries, git dates. Its key covers all of them.
 */
import type { Incident } from '../lib/incident-log';
import { cacheKeyOf } from '../lib/cache-key';
import { settings, today, type Library } from './library';

export function incidentPageKey(library: Library, incident: Incident): string {
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
