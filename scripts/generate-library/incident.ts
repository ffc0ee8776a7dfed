/**
 * One write-up's content, from its date and root cause: who and what was involved, the
 * timeline, the analysis and the actions. Everything is drawn from the incident's own random
 * source, so a write-up does not change when others are added before it.
 */
import { FACTOR_KINDS, INCIDENT_TYPES, type DetectionSource, type IncidentType } from '../../src/lib/schema';
import { addDays, clampDay, daysBetween, REFERENCE_DAY, WEEKDAY_NAMES, weekday, type Clock } from './calendar';
import { PROVIDERS } from './catalogue';
import type { ActionIdea, CauseTheme } from './causes';
import { writeBody } from './body';
import type { Organisation, Person, Service } from './organisation';
import * as prose from './prose';
import type { Random } from './random';
import { capitalise, duration, fill, thousands, type Slots } from './text';
import { shapeTimeline } from './timeline';
import type { GeneratedAction, GeneratedEvent, GeneratedWriteUp } from './write-up';

export interface IncidentSeed {
  index: number;
  date: string;
  cause: CauseTheme;
}

const CUSTOMERS_BY_SEVERITY: Readonly<Record<string, readonly [number, number]>> = {
  SEV1: [8_000, 90_000],
  SEV2: [900, 15_000],
  SEV3: [40, 2_500],
  SEV4: [3, 300],
};

export function draftWriteUp(random: Random, org: Organisation, clock: Clock, { index, date, cause }: IncidentSeed): GeneratedWriteUp {
  const nearMiss = random.chance(0.1);
  const severity = nearMiss
    ? random.weighted([['SEV2', 2], ['SEV3', 5], ['SEV4', 3]])
    : random.weighted([['SEV1', 4], ['SEV2', 32], ['SEV3', 48], ['SEV4', 16]]);
  // Now and then an incident has a type its cause rarely comes with, as in real logs.
  const type = random.chance(0.08) ? random.pick(INCIDENT_TYPES) : random.weighted(cause.types);

  const { primary, other, services } = pickServices(random, org);
  const detection = pickDetection(random, nearMiss);
  const shape = shapeTimeline(random, clock, date, nearMiss, detection);
  const [low, high] = CUSTOMERS_BY_SEVERITY[severity]!;
  const customers = random.int(low, high);
  const otherTeam = other.team === primary.team ? random.pick(org.teams.filter((team) => team !== primary.team)) : other.team;
  const slots: Slots = {
    service: primary.name,
    other: other.name,
    svc: primary.id,
    othersvc: other.id,
    team: primary.team.name,
    otherTeam: otherTeam.name,
    provider: random.pick(PROVIDERS),
    thing: random.pick(cause.things),
    effect: random.pick(primary.team.area.effects),
    duration: duration(shape.impactMinutes),
    detectAfter: duration(shape.detectAfter),
    mitigateAfter: duration(shape.mitigateAfter),
    weekday: WEEKDAY_NAMES[weekday(date)]!,
    detectTime: clock.timeOf(shape.moments.find((moment) => moment.kind === 'detected')!.instant),
    customers: thousands(customers),
    contacts: thousands(Math.max(1, Math.round(customers * random.int(2, 10) / 100))),
    count: thousands(random.int(40, 5_000)),
    pct: String(random.int(3, 60)),
    label: cause.label.toLowerCase(),
  };
  const say = (template: string) => capitalise(fill(template, slots));
  const sayAll = (templates: readonly string[], count: number) => random.sample(templates, count).map(say);

  const timeline = writeTimeline(random, shape.moments, cause, say, clock, nearMiss, detection);
  const people = pickPeople(random, org, primary, other);
  const ideas = random.sample(cause.actions, random.weighted([[1, 15], [2, 45], [3, 40]]));
  const actions = ideas.map((idea, number) => writeAction(random, idea, say, date, {
    owner: random.chance(0.75) ? people.ownerTeam : people.otherTeam,
    ticket: random.chance(0.8) ? `https://tracker.${org.slug}.example/${ticketPrefix(primary)}-${1000 + index * 3 + number}` : undefined,
  }));

  const title = pickTitle(random, nearMiss ? prose.NEAR_MISS_TITLES : cause.titles, say);
  const summary = `${say(random.pick(cause.summaries))} ${say(random.pick(nearMiss ? prose.NEAR_MISS_SENTENCES : prose.IMPACT_SENTENCES))}`;
  const tags = [...new Set([...random.sample(cause.tags, random.int(2, 3)), ...random.sample(primary.team.area.tags, random.int(0, 1)), ...(nearMiss ? ['near-miss'] : [])])];

  return {
    id: '',
    title,
    date,
    severity,
    type,
    nearMiss,
    summary,
    impact: say(random.pick(nearMiss ? prose.NEAR_MISS_IMPACT : prose.IMPACT_DETAILS)),
    resolution: say(random.pick(prose.RESOLUTIONS)),
    services: services.map((service) => service.id),
    detection,
    changes: pickChanges(random, org, primary, type, index),
    authors: people.authors.map((person) => person.id),
    facilitator: people.facilitator.id,
    participants: people.participants.map((person) => person.id),
    related: [],
    timeline,
    rootCause: { summary: say(random.pick(cause.rootCauses)), category: cause.id },
    whys: pickWhys(random, cause).map(([why, because]) => ({ why: say(why), because: say(because) })),
    contributingFactors: random
      .sample(FACTOR_KINDS, random.int(2, 4))
      .map((kind) => ({ kind, factor: say(random.pick(prose.suited(cause.factors[kind], nearMiss))) })),
    wentWell: sayAll(prose.suited(prose.WENT_WELL, nearMiss), random.int(1, 2)),
    learnings: sayAll(cause.learnings, random.int(1, 2)),
    gotLucky: random.chance(0.5) ? sayAll(prose.suited(prose.GOT_LUCKY, nearMiss), 1) : [],
    actions,
    followUp: addDays(date, random.int(14, 35)),
    tags,
    essential: false,
    visibility: 'internal',
    draft: false,
    body: writeBody(random, {
      slots,
      cause,
      nearMiss,
      clock,
      date,
      moments: shape.moments,
      timeline,
      names: org.services.map((service) => service.name),
      options: cause.actions.filter((idea) => !ideas.includes(idea)),
    }),
  };
}

function pickServices(random: Random, org: Organisation): { primary: Service; other: Service; services: Service[] } {
  const primary = random.weighted(org.serviceWeights);
  const sameTeam = org.services.filter((service) => service.team === primary.team && service !== primary);
  const elsewhere = org.services.filter((service) => service.team !== primary.team);
  const other = sameTeam.length > 0 && random.chance(0.5) ? random.pick(sameTeam) : random.pick(elsewhere);
  const services = [primary];
  if (random.chance(0.65)) services.push(other);
  if (random.chance(0.12)) {
    const third = random.pick(org.services);
    if (!services.includes(third)) services.push(third);
  }
  return { primary, other, services };
}

/** Who told us first: mostly our alerts, often customers; near misses are mostly caught from inside. */
function pickDetection(random: Random, nearMiss: boolean): DetectionSource {
  return nearMiss
    ? random.weighted([['monitoring', 40], ['internal-report', 30], ['audit', 15], ['synthetic', 10], ['third-party', 5]] as const)
    : random.weighted([['monitoring', 45], ['customer', 25], ['internal-report', 14], ['synthetic', 7], ['third-party', 5], ['audit', 2], ['other', 2]] as const);
}

/**
 * The changes that set it off: a deployment always has one or two, other kinds now and then
 * (a configuration change behind an integration failure, a process change).
 */
function pickChanges(random: Random, org: Organisation, service: Service, type: IncidentType, index: number): string[] {
  const likely = type === 'deployment' ? 1 : type === 'external' ? 0.05 : 0.3;
  if (!random.chance(likely)) return [];
  const pull = (offset: number) => `https://github.com/${org.slug}/${service.id}/pull/${200 + index * 7 + offset}`;
  return random.chance(0.2) ? [pull(0), pull(1)] : [pull(0)];
}

function ticketPrefix(service: Service): string {
  return service.team.area.id.replace(/-/g, '').slice(0, 4).toUpperCase();
}

interface People {
  authors: Person[];
  facilitator: Person;
  participants: Person[];
  ownerTeam: Person[];
  otherTeam: Person[];
}

/** Authors from the owning team; the facilitator from another team, as a review should have. */
function pickPeople(random: Random, org: Organisation, primary: Service, other: Service): People {
  const ownerTeam = org.membersOf.get(primary.team)!;
  const otherMembers = org.membersOf.get(other.team)!;
  const otherTeam = other.team === primary.team || otherMembers.length === 0 ? ownerTeam : otherMembers;
  const authors = random.sample(ownerTeam, random.chance(0.65) ? 1 : 2);
  const facilitator = random.pick(org.people.filter((person) => person.team !== primary.team));
  const participants = [...new Set([...authors, facilitator, ...random.sample(ownerTeam, random.int(1, 2)), ...random.sample(otherTeam, random.int(0, 2))])];
  return { authors, facilitator, participants, ownerTeam, otherTeam };
}

function pickTitle(random: Random, templates: readonly string[], say: (template: string) => string): string {
  const candidates = random.shuffle(templates).map(say);
  return candidates.find((title) => title.length <= 120) ?? candidates.reduce((a, b) => (a.length <= b.length ? a : b)).slice(0, 120);
}

/** The first question, then an ordered selection of the rest: 3 to 5 steps. */
function pickWhys(random: Random, cause: CauseTheme): (readonly [string, string])[] {
  const [first, ...rest] = cause.whys;
  const count = random.weighted([[3, 25], [4, 40], [5, 35]]) - 1;
  const kept = new Set(random.sample(rest, count));
  return [first!, ...rest.filter((step) => kept.has(step))];
}

function writeTimeline(
  random: Random,
  moments: readonly { kind: GeneratedEvent['kind']; instant: number }[],
  cause: CauseTheme,
  say: (template: string) => string,
  clock: Clock,
  nearMiss: boolean,
  detection: DetectionSource,
): GeneratedEvent[] {
  const decks = new Map<string, string[]>();
  const next = (kind: GeneratedEvent['kind']) => {
    if (kind === 'trigger') return random.pick(cause.triggers);
    if (kind === 'detected') return random.pick(prose.DETECTED_BY[detection]);
    let deck = decks.get(kind);
    if (!deck || deck.length === 0) decks.set(kind, (deck = random.shuffle(prose.suited(prose.EVENT_TEXT[kind], nearMiss))));
    return deck.pop()!;
  };
  const events: GeneratedEvent[] = moments.map(({ kind, instant }) => ({ at: clock.iso(instant), kind, what: say(next(kind)) }));
  // About half the reviews record what was known and decided at one or two decision points.
  if (random.chance(0.55)) {
    const points = events.filter((event) => event.kind === 'action' || event.kind === 'detected' || event.kind === 'signal');
    const choices = random.sample(prose.DECISION_POINTS, 2);
    random.sample(points, random.int(1, 2)).forEach((event, number) => {
      const [information, decision] = choices[number]!;
      event.information = say(information);
      event.decision = say(decision);
    });
  }
  return events;
}

/**
 * Older incidents have mostly finished actions; recent ones mostly open ones. An action that is
 * still open after its due date is overdue, as the library flags it.
 */
function writeAction(
  random: Random,
  idea: ActionIdea,
  say: (template: string) => string,
  date: string,
  { owner, ticket }: { owner: Person[]; ticket: string | undefined },
): GeneratedAction {
  const due = addDays(date, idea.horizon === 'short-term' ? random.int(3, 21) : random.int(21, 120));
  const age = daysBetween(date, REFERENCE_DAY);
  const status = due > REFERENCE_DAY
    ? random.weighted([['open', 45], ['in-progress', 40], ['done', 10], ['dropped', 5]] as const)
    : random.weighted([['done', age > 365 ? 82 : age > 120 ? 68 : 55], ['dropped', 8], ['in-progress', 8], ['open', 6]] as const);
  const action: GeneratedAction = { action: say(idea.action), owner: random.pick(owner).id, due, status, horizon: idea.horizon };
  if (status === 'done') action.completed = clampDay(addDays(due, random.int(-10, 30)), date, REFERENCE_DAY);
  if (ticket) action.ticket = ticket;
  if (idea.successMetric && random.chance(0.7)) action.successMetric = say(idea.successMetric);
  return action;
}

