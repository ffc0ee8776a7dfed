/**
 * The one way pages read the library: the write-ups (drafts left out of production builds), the
 * registries, and the incident log derived from them, assembled once per build and sorted
 * explicitly (collection order is not guaranteed).
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveToday } from '../lib/days';
import { readGitHistory, type FileHistory } from '../lib/git-history';
import { buildIncidentLog } from '../lib/incident-log';
import type { Library } from '../lib/library';
import { libraryDir } from '../lib/library-files';
import { recurringChains } from '../lib/recurrence/chains';
import type { Cause, Person, Service, Team, WriteUp } from '../lib/schema';
import { similarIncidents, similarityDocument } from '../lib/similarity';
import { settings } from './settings';
import { entryData, type WriteUpEntryData } from './write-up-loader';
import { isPublicBuild, isPublished } from '../lib/published';

export { settings };

/** The build's "today": `POSTMORTEMS_TODAY` when set, else the date in the library's time zone. */
export const today = resolveToday({ override: process.env.POSTMORTEMS_TODAY, timeZone: settings.timeZone, now: new Date() });

/**
 * `POSTMORTEMS_VISIBILITY=public` (npm run build:public) publishes only `visibility: public`
 * write-ups. Everything derived (counts, recurrence, similarity, search, exports) is computed
 * from what is published, so nothing of an internal write-up can reach the output.
 */
export const publicBuild = isPublicBuild();

/** The library (see lib/library.ts), with the stored entries the pages render bodies and images from. */
export interface SiteLibrary extends Library {
  entries: Map<string, WriteUpEntry>;
  /** Write-ups with errors, shown in place of their pages by the development server (never in a build). */
  broken: WriteUpEntry[];
}

/** A write-up as the loader stored it. */
export type WriteUpEntry = Omit<CollectionEntry<'postmortems'>, 'data'> & { data: WriteUpEntryData };
type PublishedEntry = WriteUpEntry & { data: WriteUpEntryData & { writeUp: WriteUp } };

let library: Promise<SiteLibrary> | undefined;

export function getLibrary(): Promise<SiteLibrary> {
  library ??= loadLibrary();
  return library;
}

async function registry<T>(name: 'people' | 'teams' | 'services' | 'causes'): Promise<Map<string, T>> {
  const entries = await getCollection(name);
  return new Map(entries.map((entry) => [entry.id, JSON.parse(String((entry.data as { json: string }).json)) as T]));
}

async function loadLibrary(): Promise<SiteLibrary> {
  const all = (await getCollection('postmortems')).map((entry) => ({ ...entry, data: entryData(entry.data as Record<string, unknown>) })) as WriteUpEntry[];
  const broken = all.filter((entry) => entry.data.writeUp === null);
  const published = all.filter(
    (entry): entry is PublishedEntry =>
      entry.data.writeUp !== null && isPublished(entry.data.writeUp, { publicBuild, drafts: !import.meta.env.PROD }),
  );
  const incidents = buildIncidentLog(
    published.map((entry) => ({ id: entry.id, data: entry.data.writeUp, filePath: entry.filePath })),
    settings.recurrence,
    today,
  );
  const gitByPath = readGitHistory(path.relative(process.cwd(), libraryDir()) || '.');
  const history = new Map<string, FileHistory>();
  for (const entry of published) {
    const known = entry.filePath ? gitByPath.get(entry.filePath) : undefined;
    if (known) history.set(entry.id, known);
  }
  const relatedById = new Map(published.map((entry) => [entry.id, entry.data.writeUp.related]));
  const similar = similarIncidents(
    published.map((entry) => similarityDocument(entry.id, entry.data.writeUp, entry.data.narrative)),
    { exclude: (id) => relatedById.get(id) ?? [] },
  );
  const registries = usedRegistries(
    {
      people: await registry<Person>('people'),
      teams: await registry<Team>('teams'),
      services: await registry<Service>('services'),
      causes: await registry<Cause>('causes'),
    },
    published.map((entry) => entry.data.writeUp),
  );
  return {
    incidents,
    byId: new Map(incidents.map((incident) => [incident.id, incident])),
    chains: recurringChains(incidents),
    entries: new Map(published.map((entry) => [entry.id, entry])),
    broken,
    ...registries,
    history,
    similar,
    settings,
    today,
    publicBuild,
  };
}

interface Registries {
  people: Map<string, Person>;
  teams: Map<string, Team>;
  services: Map<string, Service>;
  causes: Map<string, Cause>;
}

/**
 * In a public build, only what a public write-up uses: its services and their teams, its people
 * and their teams, its root-cause category. Nothing of the registries is published otherwise, so
 * an internal service's or person's name cannot appear on any page or in any file.
 */
function usedRegistries(all: Registries, writeUps: readonly WriteUp[]): Registries {
  if (!publicBuild) return all;
  const people = new Set(writeUps.flatMap((w) => [...w.authors, ...w.participants, ...(w.facilitator ? [w.facilitator] : []), ...w.actions.map((a) => a.owner)]));
  const services = new Set(writeUps.flatMap((w) => w.services));
  const causes = new Set(writeUps.map((w) => w.rootCause.category));
  const teams = new Set([...services].map((id) => all.services.get(id)?.team).concat([...people].map((id) => all.people.get(id)?.team)));
  const only = <T>(map: Map<string, T>, used: Set<string | undefined>) => new Map([...map].filter(([id]) => used.has(id)));
  return { people: only(all.people, people), teams: only(all.teams, teams), services: only(all.services, services), causes: only(all.causes, causes) };
}
