/**
 * The one way pages read the library: the write-ups (drafts left out of production builds), the
 * registries, and the incident log derived from them, assembled once per build and sorted
 * explicitly (collection order is not guaranteed).
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveToday } from '../lib/days';
import { readGitHistory, type FileHistory } from '../lib/git-history';
import { buildIncidentLog, type Incident } from '../lib/incident-log';
import { libraryDir } from '../lib/library-files';
import { recurringChains, type RecurringChain } from '../lib/recurring-chains';
import type { Cause, Person, Service, Team } from '../lib/schema';
import { similarIncidents, writeUpText, type SimilarIncident } from '../lib/similarity';
import { settings } from './settings';

export { settings };

/** The build's "today": `POSTMORTEMS_TODAY` when set, else the date in the library's time zone. */
export const today = resolveToday({ override: process.env.POSTMORTEMS_TODAY, timeZone: settings.timeZone, now: new Date() });

/**
 * `POSTMORTEMS_VISIBILITY=public` (npm run build:public) publishes only `visibility: public`
 * write-ups. Everything derived (counts, recurrence, similarity, search, exports) is computed
 * from what is published, so nothing of an internal write-up can reach the output.
 */
export const publicBuild = process.env.POSTMORTEMS_VISIBILITY === 'public';

export interface Library {
  /** Newest first. */
  incidents: Incident[];
  byId: Map<string, Incident>;
  /** The recurring chains, the most recently grown first. */
  chains: RecurringChain[];
  entries: Map<string, CollectionEntry<'postmortems'>>;
  people: Map<string, Person>;
  teams: Map<string, Team>;
  services: Map<string, Service>;
  causes: Map<string, Cause>;
  /** Git dates per write-up id; empty outside a git checkout. */
  history: Map<string, FileHistory>;
  /** Up to five similar write-ups per id, besides its `related` list. */
  similar: Map<string, SimilarIncident[]>;
}

let library: Promise<Library> | undefined;

export function getLibrary(): Promise<Library> {
  library ??= loadLibrary();
  return library;
}

async function registry<T>(name: 'people' | 'teams' | 'services' | 'causes'): Promise<Map<string, T>> {
  const entries = await getCollection(name);
  return new Map(entries.map((entry) => [entry.id, entry.data as T]));
}

async function loadLibrary(): Promise<Library> {
  const all = await getCollection('postmortems');
  const published = all.filter(
    (entry) => !(import.meta.env.PROD && entry.data.draft) && (!publicBuild || entry.data.visibility === 'public'),
  );
  const incidents = buildIncidentLog(
    published.map((entry) => ({ id: entry.id, data: entry.data, filePath: entry.filePath })),
    settings.recurrence,
    today,
  );
  const gitByPath = readGitHistory(path.relative(process.cwd(), libraryDir()) || '.');
  const history = new Map<string, FileHistory>();
  for (const entry of published) {
    const known = entry.filePath ? gitByPath.get(entry.filePath) : undefined;
    if (known) history.set(entry.id, known);
  }
  const relatedById = new Map(published.map((entry) => [entry.id, entry.data.related]));
  const similar = similarIncidents(
    published.map((entry) => ({
      id: entry.id,
      category: entry.data.rootCause.category,
      services: entry.data.services,
      tags: entry.data.tags,
      text: writeUpText(entry.data, entry.body),
    })),
    { exclude: (id) => relatedById.get(id) ?? [] },
  );
  return {
    incidents,
    byId: new Map(incidents.map((incident) => [incident.id, incident])),
    chains: recurringChains(incidents),
    entries: new Map(published.map((entry) => [entry.id, entry])),
    people: await registry<Person>('people'),
    teams: await registry<Team>('teams'),
    services: await registry<Service>('services'),
    causes: await registry<Cause>('causes'),
    history,
    similar,
  };
}

