import { describe, expect, it } from 'vitest';
import { byService, byTeam, causeCounts, groupIncidents, openActions } from './browse';
import type { Incident } from './incident-log';
import type { Action } from './schema';

function incident(id: string, date: string, category: string, services: string[], actions: Partial<Action>[] = []): Incident {
  return {
    id,
    data: {
      date,
      services,
      tags: [],
      rootCause: { summary: 's', category },
      actions: actions.map((a) => ({ action: 'Do a concrete thing', owner: 'mei', due: '2024-06-01', status: 'open', ...a })),
    },
  } as unknown as Incident;
}

const log = [
  incident('2024-09-30-c', '2024-09-30', 'capacity', ['billing', 'database']),
  incident('2024-07-31-b', '2024-07-31', 'capacity', ['billing'], [{ status: 'in-progress', due: '2024-08-10' }, { status: 'done', completed: '2024-08-01' }]),
  incident('2024-05-31-a', '2024-05-31', 'config', ['database'], [{ status: 'open', due: '2024-12-01' }]),
];

describe('groupIncidents', () => {
  it('keeps the log order inside each group and records its date range', () => {
    const groups = groupIncidents(log, byService);
    expect(groups.get('billing')!.incidents.map((i) => i.id)).toEqual(['2024-09-30-c', '2024-07-31-b']);
    expect(groups.get('database')).toMatchObject({ first: '2024-05-31', last: '2024-09-30' });
  });

  it('counts an incident once per group even when it names a key twice', () => {
    const services = new Map([
      ['billing', { name: 'Billing', team: 'payments' }],
      ['database', { name: 'DB', team: 'payments' }],
    ]);
    const groups = groupIncidents(log, byTeam({ services }));
    expect(groups.get('payments')!.incidents).toHaveLength(3);
  });
});

describe('openActions', () => {
  it('lists open and in-progress actions, soonest due first', () => {
    expect(openActions(log).map((o) => [o.incident.id, o.action.due])).toEqual([
      ['2024-07-31-b', '2024-08-10'],
      ['2024-05-31-a', '2024-12-01'],
    ]);
  });
});

describe('causeCounts', () => {
  it('orders causes by how often they occur, then by id', () => {
    expect(causeCounts(log)).toEqual([
      { category: 'capacity', count: 2 },
      { category: 'config', count: 1 },
    ]);
  });
});
