/**
 * Write-ups for the trend, quarter and action-board tests: every required field filled with
 * something valid, so each test only spells out what it is about. Not used by the site.
 */
import { buildIncidentLog, type Incident, type WriteUpEntry } from './incident-log';
import type { Library } from './library';
import { recurringChains } from './recurrence/chains';
import { settingsSchema, type Action, type Settings, type TimelineEvent, type WriteUp } from './schema';

export interface FixtureTimes {
  /** Minutes from impact to detection; no `detected` event when left out. */
  detect?: number;
  /** Minutes from detection to resolution; no `resolved` event when left out. */
  resolve?: number;
}

/** A timeline whose impact starts at 10:00 UTC on `date`, with the given gaps. */
export function timelineFor(date: string, times: FixtureTimes): TimelineEvent[] {
  const impact = Date.parse(`${date}T10:00:00Z`);
  const at = (minutes: number) => new Date(impact + minutes * 60_000).toISOString().replace('.000Z', 'Z');
  const events: TimelineEvent[] = [{ at: at(0), kind: 'impact', what: 'Impact began' }];
  if (times.detect !== undefined) {
    events.push({ at: at(times.detect), kind: 'detected', what: 'Detected' });
    if (times.resolve !== undefined) events.push({ at: at(times.detect + times.resolve), kind: 'resolved', what: 'Resolved' });
  }
  return events;
}

export function action(owner: string, due: string, status: Action['status'] = 'open', completed?: string): Action {
  return { action: `Action for ${owner} due ${due}`, owner, due, status, ...(completed ? { completed } : {}) };
}

/** A valid write-up; the date comes from the id (`2024-03-06-slug`). */
export function writeUp(id: string, fields: Partial<WriteUp> = {}, times: FixtureTimes = {}): WriteUpEntry {
  const date = id.slice(0, 10);
  const data: WriteUp = {
    title: `Incident ${id}`,
    date,
    severity: 'SEV3',
    type: 'deployment',
    nearMiss: false,
    summary: 'Something failed. Some orders were affected.',
    impact: 'Some orders were affected.',
    services: ['checkout'],
    authors: ['priya'],
    participants: [],
    timeline: timelineFor(date, times),
    rootCause: { summary: 'A structural condition.', category: 'config-change' },
    whys: [],
    contributingFactors: [],
    wentWell: [],
    learnings: [],
    gotLucky: [],
    actions: [action('priya', date, 'done', date)],
    followUp: date,
    tags: [],
    related: [],
    essential: false,
    visibility: 'internal',
    draft: false,
    changes: [],
    ...fields,
  };
  return { id, data };
}

/** The incident log of the given write-ups, with the default recurrence rule (3 in 180 days). */
export function incidentsOf(entries: readonly WriteUpEntry[], today: string): Incident[] {
  return buildIncidentLog(entries, { threshold: 3, windowDays: 180 }, today);
}

/**
 * A small library for the trend tests, today 2025-10-01 (Q1–Q3 2025; Q2 has no incident but
 * one completed action):
 *
 * | id           | cause         | type       | sev  | services               | detect | resolve | actions                                                      |
 * |--------------|---------------|------------|------|------------------------|--------|---------|--------------------------------------------------------------|
 * | 2025-01-10-a | capacity      | deployment | SEV2 | checkout               | 30     | 60      | done 01-20 (10 d)                                            |
 * | 2025-02-15-b | config-change | external   | SEV1 | website                | 10     | 120     | open due 03-01 (overdue); done 04-15 (59 d)                  |
 * | 2025-03-20-c | capacity      | deployment | SEV3 | checkout, website      | 90     | —       | dropped                                                      |
 * | 2025-07-05-d | capacity      | process    | SEV3 | checkout, payments-gw  | 20     | 40      | in progress due 12-01; done 07-10 (5 d)                      |
 *
 * d is recurring (a, c and d within 180 days), so the chain is a, c, d.
 */
export const TREND_SAMPLE_TODAY = '2025-10-01';
export function trendSample(): Incident[] {
  const capacity = { summary: 'Scheduled load outgrew the system.', category: 'capacity-planning' };
  const dns = { summary: 'A DNS change took effect unchecked.', category: 'config-change' };
  return incidentsOf(
    [
      writeUp(
        '2025-01-10-a',
        { rootCause: capacity, severity: 'SEV2', services: ['checkout'], actions: [action('hannah', '2025-01-20', 'done', '2025-01-20')] },
        { detect: 30, resolve: 60 },
      ),
      writeUp(
        '2025-02-15-b',
        {
          rootCause: dns,
          type: 'external',
          severity: 'SEV1',
          services: ['website'],
          actions: [action('leo', '2025-03-01'), action('sofia', '2025-04-01', 'done', '2025-04-15')],
        },
        { detect: 10, resolve: 120 },
      ),
      writeUp(
        '2025-03-20-c',
        { rootCause: capacity, services: ['checkout', 'website'], actions: [action('priya', '2025-04-01', 'dropped')] },
        { detect: 90 },
      ),
      writeUp(
        '2025-07-05-d',
        {
          rootCause: capacity,
          type: 'process',
          services: ['checkout', 'payments-gateway'],
          actions: [action('hannah', '2025-12-01', 'in-progress'), action('priya', '2025-07-20', 'done', '2025-07-10')],
        },
        { detect: 20, resolve: 40 },
      ),
    ],
    TREND_SAMPLE_TODAY,
  );
}

export const SAMPLE_SERVICES = new Map([
  ['checkout', { name: 'Checkout', team: 'payments' }],
  ['payments-gateway', { name: 'Payments gateway', team: 'payments' }],
  ['website', { name: 'Website', team: 'customer-apps' }],
  ['warehouse-labels', { name: 'Warehouse labels', team: 'fulfilment' }],
]);
export const SAMPLE_TEAMS = new Map([
  ['payments', { name: 'Payments squad' }],
  ['customer-apps', { name: 'Customer apps squad' }],
  ['fulfilment', { name: 'Fulfilment squad' }],
]);
export const SAMPLE_CAUSES = new Map([
  ['capacity-planning', { label: 'Capacity' }],
  ['config-change', { label: 'Configuration change' }],
]);

export const SAMPLE_PEOPLE = new Map([
  ['hannah', { name: 'Hannah Schultz' }],
  ['leo', { name: 'Leo Martin' }],
  ['priya', { name: 'Priya Raman' }],
  ['sofia', { name: 'Sofia Lindqvist' }],
]);

/**
 * A library of the given write-ups for the view-model tests: the trend sample's registries, the
 * default settings (recurrence 3 in 180 days, SEV1–SEV4, UTC) unless given, no git history.
 */
export function libraryOf(
  entries: readonly WriteUpEntry[],
  today: string,
  options: { settings?: Partial<Settings>; similar?: Library['similar']; publicBuild?: boolean } = {},
): Library {
  const settings = { ...settingsSchema.parse({}), ...options.settings };
  const incidents = buildIncidentLog(entries, settings.recurrence, today);
  return {
    incidents,
    byId: new Map(incidents.map((incident) => [incident.id, incident])),
    chains: recurringChains(incidents),
    history: new Map(),
    similar: options.similar ?? new Map(),
    people: SAMPLE_PEOPLE,
    teams: SAMPLE_TEAMS,
    services: SAMPLE_SERVICES,
    causes: SAMPLE_CAUSES,
    settings,
    today,
    publicBuild: options.publicBuild ?? false,
  };
}

/** Three write-ups, two essential, one overdue action, as of 2025-04-01: the smaller pages' tests. */
export function smallLibrary(): Library {
  return libraryOf(
    [
      writeUp('2025-01-10-a', { essential: true, learnings: ['Queues hide load.'], services: ['checkout'] }),
      writeUp('2024-06-10-b', { essential: true, actions: [action('leo', '2024-07-01')] }),
      writeUp('2025-02-10-c', {}),
    ],
    '2025-04-01',
  );
}
