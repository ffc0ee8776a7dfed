import { describe, it, expect } from 'vitest';
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
  return { ...fixture, filePath: `postmortems/${date.slice(0, 4)}/${id}.mdx` };
}

const at = (iso: string, kind: TimelineEvent['kind']): TimelineEvent => ({ at: iso, kind, what: kind });
const act = (fields: Pick<Action, 'status' | 'due'> & Partial<Action>): Action => ({ action: 'Do it', owner: 'priya', ...fields });

const openPastDue = act({ status: 'open', due: '2024-04-01' });
const LIBRARY: WriteUpEntry[] = [
  entry('2024-03-06-allergen-reconciliation', {
    timeline: [
      at('2024-03-05T16:47:00-05:00', 'trigger'),
      at('2024-03-05T18:00:00-05:00', 'impact'),
      at('2024-03-06T09:15:00-05:00', 'detected'),
      at('2024-03-06T11:00:00-05:00', 'resolved'),
    ],
    actions: [act({ status: 'done', due: '2024-03-15', completed: '2024-03-14' }), openPastDue],
    followUp: '2024-04-15',
  }),
  entry('2024-05-20-payment-retry-storm', {
    actions: [act({ status: 'in-progress', due: '2024-07-01' }), act({ status: 'dropped', due: '2024-06-01' })],
    followUp: '2024-06-30',
  }),
  entry('2023-12-28-alert-queue-backlog', { rootCause: { summary: 'Alerts share one queue.', category: 'alerting' } }),
  entry('2024-04-02-box-label-printer', {
    actions: [act({ status: 'done', due: '2024-04-12', completed: '2024-04-10' })],
    followUp: '2024-04-20',
  }),
  entry('2024-05-20-alert-routing-gap', {
    nearMiss: true,
    rootCause: { summary: 'Alert routes are not tested.', category: 'alerting' },
    timeline: [at('2024-05-20T08:00:00Z', 'detected'), at('2024-05-20T08:20:00Z', 'impact')],
  }),
];
const TODAY = '2024-06-15';
const RULE = { threshold: 3, windowDays: 180 };

describe('buildIncidentLog', () => {
  const log = buildIncidentLog(LIBRARY, RULE, TODAY);
  const byId = (id: string) => log.find((incident) => incident.id === id)!;

  it('lists incidents newest first, same-day ties by id ascending', () => {
    expect(log.map((incident) => incident.id)).toEqual([
      '2024-05-20-alert-routing-gap',
      '2024-05-20-payment-retry-storm',
      '2024-04-02-box-label-printer',
      '2024-03-06-allergen-reconciliation',
      '2023-12-28-alert-queue-backlog',
    ]);
  });

  it('gives the same log whatever order the files were read in', () => {
    expect(buildIncidentLog([...LIBRARY].reverse(), RULE, TODAY)).toEqual(log);
  });

  it('keeps the entry as given (id, data, filePath)', () => {
    const incident = byId('2024-04-02-box-label-printer');
    expect(incident.data).toBe(LIBRARY[3]!.data);
    expect(incident.filePath).toBe('postmortems/2024/2024-04-02-box-label-printer.mdx');
  });

  it('derives the timeline figures, null where an end is missing, negative when caught before impact', () => {
    expect(byId('2024-03-06-allergen-reconciliation').figures).toEqual({
      timeToImpactMinutes: 73,
      timeToDetectMinutes: 915,
      timeToMitigateMinutes: null,
      timeToResolveMinutes: 105,
      impactDurationMinutes: 1020,
    });
    expect(byId('2024-05-20-alert-routing-gap').figures.timeToDetectMinutes).toBe(-20);
  });

  it('counts actions and lists overdue ones as of today', () => {
    const first = byId('2024-03-06-allergen-reconciliation');
    expect(first.actionCounts).toEqual({ allWithDropped: 2, allButDropped: 2, done: 1, open: 1, overdue: 1, dropped: 0 });
    expect(first.overdueActions).toEqual([openPastDue]);
    const storm = byId('2024-05-20-payment-retry-storm');
    expect(storm.actionCounts).toEqual({ allWithDropped: 2, allButDropped: 1, done: 0, open: 1, overdue: 0, dropped: 1 });
    expect(storm.overdueActions).toEqual([]);
  });

  it('gives the follow-up state: overdue, upcoming, closed', () => {
    expect(byId('2024-03-06-allergen-reconciliation').followUp).toBe('overdue');
    expect(byId('2024-05-20-payment-retry-storm').followUp).toBe('upcoming');
    expect(byId('2024-04-02-box-label-printer').followUp).toBe('closed');
  });

  it('flags recurrence across the whole list: the third change-coordination incident in 180 days', () => {
    expect(byId('2024-05-20-payment-retry-storm').recurrence).toEqual({
      recurring: true,
      chain: ['2024-04-02-box-label-printer', '2024-03-06-allergen-reconciliation'],
      // The allergen incident's action was still open on 2024-05-20.
      fixesHeld: 'actions-not-done',
    });
    expect(byId('2024-04-02-box-label-printer').recurrence.recurring).toBe(false);
    expect(byId('2024-04-02-box-label-printer').recurrenceChain).toEqual([]);
    // Two alerting incidents only, so not recurring.
    expect(byId('2024-05-20-alert-routing-gap').recurrence).toEqual({ recurring: false, chain: [], fixesHeld: null });
  });

  it('gives the chain\'s incidents with their actions as they stood on the recurring incident\'s date', () => {
    expect(byId('2024-05-20-payment-retry-storm').recurrenceChain).toEqual([
      { id: '2024-04-02-box-label-printer', date: '2024-04-02', actionsOpenThen: 0, actionsDoneThen: 1, actionsWithoutDropped: 1 },
      { id: '2024-03-06-allergen-reconciliation', date: '2024-03-06', actionsOpenThen: 1, actionsDoneThen: 1, actionsWithoutDropped: 2 },
    ]);
  });

  it('lists the last two earlier incidents of the category with their actions as they stood then', () => {
    expect(byId('2024-05-20-payment-retry-storm').earlierInCategory).toEqual([
      { id: '2024-04-02-box-label-printer', date: '2024-04-02', actionsOpenThen: 0, actionsDoneThen: 1, actionsWithoutDropped: 1 },
      { id: '2024-03-06-allergen-reconciliation', date: '2024-03-06', actionsOpenThen: 1, actionsDoneThen: 1, actionsWithoutDropped: 2 },
    ]);
    expect(byId('2024-05-20-alert-routing-gap').earlierInCategory.map((e) => e.id)).toEqual(['2023-12-28-alert-queue-backlog']);
    expect(byId('2023-12-28-alert-queue-backlog').earlierInCategory).toEqual([]);
  });

  it('gives each incident its quarter', () => {
    expect(byId('2023-12-28-alert-queue-backlog').quarter).toBe('2023-Q4');
    expect(byId('2024-04-02-box-label-printer').quarter).toBe('2024-Q2');
  });

  it('takes the rule from its argument (threshold 2, window 30)', () => {
    const strict = buildIncidentLog(LIBRARY, { threshold: 2, windowDays: 30 }, TODAY);
    const get = (id: string) => strict.find((incident) => incident.id === id)!.recurrence;
    // 2024-03-06 → 2024-04-02 is 27 days; 2024-04-02 → 2024-05-20 is 48.
    expect(get('2024-04-02-box-label-printer')).toEqual({
      recurring: true,
      chain: ['2024-03-06-allergen-reconciliation'],
      fixesHeld: 'actions-not-done',
    });
    expect(get('2024-05-20-payment-retry-storm').recurring).toBe(false);
  });

  it('returns an empty log for no write-ups', () => {
    expect(buildIncidentLog([], RULE, TODAY)).toEqual([]);
  });
});
