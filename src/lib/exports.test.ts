import { describe, it, expect } from 'vitest';
import { parseCsv } from './csv';
import { incidentJson, incidentLogCsv, INCIDENT_LOG_COLUMNS } from './exports';
import { buildIncidentLog, type WriteUpEntry } from './incident-log';
import type { Action, TimelineEvent, WriteUp } from './schema';
import { writeUp } from './test-fixtures';

/** A valid write-up (see test-fixtures) with the defaults these tests were written against. */
function entry(id: string, fields: Partial<WriteUp> = {}): WriteUpEntry {
  const date = id.slice(0, 10);
  const fixture = writeUp(id, {
    services: ['subscription-api'],
    timeline: [{ at: `${date}T10:00:00Z`, kind: 'action', what: 'Something happened' }],
    rootCause: { summary: 'A structural condition.', category: 'change-coordination' },
    actions: [{ action: 'Add a check', owner: 'priya', due: date, status: 'done', completed: date }],
    ...fields,
  });
  return fixture;
}

const at = (iso: string, kind: TimelineEvent['kind']): TimelineEvent => ({ at: iso, kind, what: kind });
const act = (fields: Pick<Action, 'status' | 'due'> & Partial<Action>): Action => ({ action: 'Do it', owner: 'priya', ...fields });

const TRICKY_TITLE = 'Checkout, "pause" and\r\nresume broke';
const LIBRARY: WriteUpEntry[] = [
  entry('2024-03-06-allergen-reconciliation', {
    title: 'Allergen notes dropped from paused boxes',
    severity: 'SEV1',
    type: 'integration',
    services: ['subscription-api', 'reconciliation'],
    summary: 'A pause change dropped allergen notes. 212 boxes were packed without them.',
    rootCause: { summary: 'No contract between the two services.', category: 'change-coordination' },
    tags: ['api-contracts', 'allergens'],
    detection: 'customer',
    changes: ['https://github.com/greenbox/subscriptions/pull/812'],
    timeline: [
      at('2024-03-05T16:47:00-05:00', 'trigger'),
      at('2024-03-05T18:00:00-05:00', 'impact'),
      at('2024-03-06T09:15:00-05:00', 'detected'),
      at('2024-03-06T09:40:00-05:00', 'mitigated'),
      at('2024-03-06T11:00:00-05:00', 'resolved'),
    ],
    actions: [
      act({ status: 'done', due: '2024-03-15', completed: '2024-03-14' }),
      act({ status: 'open', due: '2024-04-01' }),
      act({ status: 'dropped', due: '2024-04-01' }),
    ],
  }),
  entry('2024-04-02-checkout-pause', { title: TRICKY_TITLE, nearMiss: true }),
  entry('2024-05-20-payment-retry-storm', {
    actions: [act({ status: 'in-progress', due: '2024-07-01' })],
    timeline: [at('2024-05-20T08:00:00Z', 'detected'), at('2024-05-20T09:30:00Z', 'resolved')],
  }),
];
const log = buildIncidentLog(LIBRARY, { threshold: 3, windowDays: 180 }, '2024-06-15');
const urlFor = (id: string) => `https://failures.example.com/incidents/${id}/`;
const json = incidentJson(log, { generatedAt: '2024-06-15T12:00:00.000Z', urlFor });
const csv = incidentLogCsv(log, { urlFor });

describe('incidentJson', () => {
  it('keeps the log order (newest first) and the generation time', () => {
    expect(json.generatedAt).toBe('2024-06-15T12:00:00.000Z');
    expect(json.incidents.map((incident) => incident.id)).toEqual([
      '2024-05-20-payment-retry-storm',
      '2024-04-02-checkout-pause',
      '2024-03-06-allergen-reconciliation',
    ]);
  });

  it('writes every field the contract lists, metrics null when missing, dropped only in total', () => {
    expect(json.incidents[2]).toEqual({
      id: '2024-03-06-allergen-reconciliation',
      url: 'https://failures.example.com/incidents/2024-03-06-allergen-reconciliation/',
      title: 'Allergen notes dropped from paused boxes',
      date: '2024-03-06',
      severity: 'SEV1',
      type: 'integration',
      nearMiss: false,
      services: ['subscription-api', 'reconciliation'],
      summary: 'A pause change dropped allergen notes. 212 boxes were packed without them.',
      rootCause: { summary: 'No contract between the two services.', category: 'change-coordination' },
      tags: ['api-contracts', 'allergens'],
      metrics: {
        timeToImpactMinutes: 73,
        timeToDetectMinutes: 915,
        timeToMitigateMinutes: 25,
        timeToResolveMinutes: 105,
        impactDurationMinutes: 1020,
      },
      actions: { total: 3, done: 1, open: 1, overdue: 1 },
      recurring: false,
      recurringChain: [],
      detection: 'customer',
      changes: ['https://github.com/greenbox/subscriptions/pull/812'],
    });
    expect(json.incidents[0]).toMatchObject({ detection: null, changes: [] });
    expect(json.incidents[0]!.metrics).toEqual({
      timeToImpactMinutes: null,
      timeToDetectMinutes: null,
      timeToMitigateMinutes: null,
      timeToResolveMinutes: 90,
      impactDurationMinutes: null,
    });
  });

  it('marks the third incident of the category as recurring, with its chain', () => {
    expect(json.incidents[0]!.recurring).toBe(true);
    expect(json.incidents[0]!.recurringChain).toEqual(['2024-04-02-checkout-pause', '2024-03-06-allergen-reconciliation']);
  });

  it('survives JSON serialisation unchanged (no undefined, nulls kept)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('incidentLogCsv', () => {
  const records = parseCsv(csv);

  it('has exactly the contract columns, in order, then the extra ones', () => {
    expect(csv.startsWith(
      'id,date,title,severity,type,services,root_cause_category,root_cause,time_to_detect_min,time_to_resolve_min,actions_total,actions_done,actions_overdue,recurring,url,' +
        'near_miss,time_to_impact_min,time_to_mitigate_min,impact_duration_min,actions_open,recurring_chain,tags,detection,changes\r\n',
    )).toBe(true);
    expect(records[0]).toEqual([...INCIDENT_LOG_COLUMNS]);
  });

  it('has one row per incident, newest first, and ends with CRLF', () => {
    expect(records.length).toBe(1 + log.length);
    expect(records.slice(1).map((row) => row[0])).toEqual(json.incidents.map((incident) => incident.id));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes a row as hand-computed (lists joined with ";", recurring as true/false)', () => {
    expect(records[3]).toEqual([
      '2024-03-06-allergen-reconciliation',
      '2024-03-06',
      'Allergen notes dropped from paused boxes',
      'SEV1',
      'integration',
      'subscription-api;reconciliation',
      'change-coordination',
      'No contract between the two services.',
      '915',
      '105',
      '3',
      '1',
      '1',
      'false',
      'https://failures.example.com/incidents/2024-03-06-allergen-reconciliation/',
      'false',
      '73',
      '25',
      '1020',
      '1',
      '',
      'api-contracts;allergens',
      'customer',
      'https://github.com/greenbox/subscriptions/pull/812',
    ]);
  });

  it('leaves a missing figure as an empty cell', () => {
    const storm = records[1]!;
    const cell = (column: string) => storm[INCIDENT_LOG_COLUMNS.indexOf(column as never)];
    expect(cell('time_to_detect_min')).toBe('');
    expect(cell('time_to_resolve_min')).toBe('90');
    expect(cell('recurring')).toBe('true');
    expect(cell('recurring_chain')).toBe('2024-04-02-checkout-pause;2024-03-06-allergen-reconciliation');
  });

  it('round-trips a title with a comma, a quote and a line break', () => {
    expect(csv).toContain('"Checkout, ""pause"" and\r\nresume broke"');
    expect(records[2]![2]).toBe(TRICKY_TITLE);
  });

  it('agrees with incidents.json for every incident, field by field', () => {
    const figure = (value: number | null) => (value === null ? '' : String(value));
    json.incidents.forEach((incident, index) => {
      const row = Object.fromEntries(INCIDENT_LOG_COLUMNS.map((column, i) => [column, records[index + 1]![i]]));
      const openActions = log[index]!.actionCounts.open;
      expect(row).toEqual({
        id: incident.id,
        date: incident.date,
        title: incident.title,
        severity: incident.severity,
        type: incident.type,
        services: incident.services.join(';'),
        root_cause_category: incident.rootCause.category,
        root_cause: incident.rootCause.summary,
        time_to_detect_min: figure(incident.metrics.timeToDetectMinutes),
        time_to_resolve_min: figure(incident.metrics.timeToResolveMinutes),
        actions_total: String(incident.actions.total),
        actions_done: String(incident.actions.done),
        actions_overdue: String(incident.actions.overdue),
        recurring: String(incident.recurring),
        url: incident.url,
        near_miss: String(incident.nearMiss),
        time_to_impact_min: figure(incident.metrics.timeToImpactMinutes),
        time_to_mitigate_min: figure(incident.metrics.timeToMitigateMinutes),
        impact_duration_min: figure(incident.metrics.impactDurationMinutes),
        actions_open: String(incident.actions.open),
        recurring_chain: incident.recurringChain.join(';'),
        tags: incident.tags.join(';'),
        detection: incident.detection ?? '',
        changes: incident.changes.join(';'),
      });
      expect(incident.actions.open).toBe(openActions);
    });
  });

  it('writes only the header for an empty log', () => {
    expect(parseCsv(incidentLogCsv([], { urlFor }))).toEqual([[...INCIDENT_LOG_COLUMNS]]);
  });
});
