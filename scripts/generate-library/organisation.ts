/**
 * A believable organisation that grows with the library: more write-ups come from a bigger
 * company, so people, teams and services scale with the count, and the root-cause categories
 * are a fixed handful (10 to 14), as an organisation's taxonomy would be.
 */
import { AREAS, FIRST_NAMES, LAST_NAMES, ORGANISATIONS, REGIONS, type Area } from './catalogue';
import { CAUSES, type CauseTheme } from './causes';
import type { Random } from './random';

export interface Team {
  id: string;
  name: string;
  area: Area;
  /** For an area's second and later teams, like "EMEA". */
  region?: string;
}

export interface Service {
  id: string;
  name: string;
  team: Team;
  tier: number;
}

export interface Person {
  id: string;
  name: string;
  team: Team;
  github?: string;
}

export interface Organisation {
  name: string;
  /** Lower-case, for the repository and tracker addresses. */
  slug: string;
  timeZone: string;
  teams: Team[];
  services: Service[];
  people: Person[];
  /** Most frequent first: the order gives the Zipf-like ranks of root causes. */
  causes: CauseTheme[];
  /** Services weighted by tier (tier 1 fails most visibly, so it gets more write-ups). */
  serviceWeights: (readonly [Service, number])[];
  membersOf: Map<Team, Person[]>;
}

/** Accents off and kebab-case: "Tomás Álvarez" → "tomas-alvarez". */
function idOf(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function buildOrganisation(random: Random, count: number): Organisation {
  const [name, slug] = random.pick(ORGANISATIONS);
  const timeZone = random.pick(['Europe/Berlin', 'America/New_York']);

  // The five core areas always exist; the rest join in a seed-dependent order as the company grows.
  const areas = [...AREAS.slice(0, 5), ...random.shuffle(AREAS.slice(5))];
  const teamCount = Math.max(6, Math.round(count / 400));
  const teams: Team[] = Array.from({ length: teamCount }, (_, index) => {
    const area = areas[index % areas.length]!;
    const region = index >= areas.length ? REGIONS[(Math.floor(index / areas.length) - 1) % REGIONS.length]! : undefined;
    return region
      ? { id: `${area.id}-${region[0]}`, name: `${area.name} squad (${region[1]})`, area, region: region[1] }
      : { id: area.id, name: `${area.name} squad`, area };
  });

  const serviceCount = Math.min(teams.length * 7, Math.max(15, Math.round(count / 60)));
  const services: Service[] = [];
  for (let round = 0; services.length < serviceCount; round++) {
    for (const team of teams) {
      if (services.length === serviceCount) break;
      const [id, serviceName] = team.area.services[round]!;
      services.push({
        id: team.region ? `${id}${team.id.slice(team.area.id.length)}` : id,
        name: team.region ? `${serviceName} (${team.region})` : serviceName,
        team,
        tier: round === 0 ? 1 : random.weighted([[1, 25], [2, 45], [3, 30]]),
      });
    }
  }

  const peopleCount = Math.max(15, Math.round(count / 40));
  const names = random.shuffle(FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)));
  if (peopleCount > names.length) throw new Error(`A library of ${count} write-ups needs more people than the generator has names for.`);
  const people: Person[] = names.slice(0, peopleCount).map((personName, index) => {
    const id = idOf(personName);
    const [first, last] = id.split('-') as [string, string];
    const github = random.weighted<string | undefined>([[id, 4], [`${first[0]}${last}`, 3], [undefined, 3]]);
    return { id, name: personName, team: teams[index % teams.length]!, ...(github ? { github } : {}) };
  });
  people.sort((a, b) => (a.id < b.id ? -1 : 1));

  const causeCount = Math.min(CAUSES.length, 10 + Math.floor(count / 2500));
  const causes = random.shuffle(CAUSES.slice(0, causeCount));

  const membersOf = new Map<Team, Person[]>(teams.map((team) => [team, people.filter((person) => person.team === team)]));
  const serviceWeights = services.map((service) => [service, 4 - service.tier] as const);
  return { name, slug, timeZone, teams, services, people, causes, serviceWeights, membersOf };
}
