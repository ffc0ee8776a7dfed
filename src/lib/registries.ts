/**
 * The four registries and the names pages show for their ids: a label or a name from the
 * registry, or the id itself when the registry does not know it (a public build keeps only what
 * its write-ups use). Which teams an incident belongs to is decided here too.
 */
import type { Cause, Person, Service, Team } from './schema';

export interface Registries {
  people: ReadonlyMap<string, Person>;
  teams: ReadonlyMap<string, Team>;
  services: ReadonlyMap<string, Service>;
  causes: ReadonlyMap<string, Cause>;
}

export const personName = (registries: Pick<Registries, 'people'>, id: string): string => registries.people.get(id)?.name ?? id;
export const teamName = (registries: Pick<Registries, 'teams'>, id: string): string => registries.teams.get(id)?.name ?? id;
export const serviceName = (registries: Pick<Registries, 'services'>, id: string): string => registries.services.get(id)?.name ?? id;
export const causeLabel = (registries: Pick<Registries, 'causes'>, id: string): string => registries.causes.get(id)?.label ?? id;

/**
 * The teams an incident belongs to: the owners of the services it affected, each once, in the
 * order of its services. A service the registry does not know has no team.
 */
export function teamsOf(services: readonly string[], registries: Pick<Registries, 'services'>): string[] {
  const teams: string[] = [];
  for (const id of services) {
    const team = registries.services.get(id)?.team;
    if (team !== undefined && !teams.includes(team)) teams.push(team);
  }
  return teams;
}
