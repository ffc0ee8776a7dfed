import { describe, it, expect } from 'vitest';
import { daysBetween } from '../days';
import {
  earlierIncidentAt,
  earlierInCategory,
  hotCategories,
  recurrenceByIncident,
  type RecurrenceInput,
} from './rule';
import type { Action } from '../schema';

type ActionState = RecurrenceInput['actions'][number];
const done = (completed: string): ActionState => ({ status: 'done', completed });
const open: ActionState = { status: 'open' };
const inProgress: ActionState = { status: 'in-progress' };
const dropped: ActionState = { status: 'dropped' };

function incident(id: string, date: string, category = 'deploys', actions: readonly Pick<Action, 'status' | 'completed'>[] = []): RecurrenceInput {
  return { id, date, category, actions };
}

const DEFAULT_RULE = { threshold: 3, windowDays: 180 };

describe('recurrenceByIncident', () => {
  it('counts an incident exactly windowDays before (2024-01-01 to 2024-06-29 is 180 days)', () => {
    expect(daysBetween('2024-01-01', '2024-06-29')).toBe(180);
    const result = recurrenceByIncident(
      [incident('a', '2024-01-01'), incident('b', '2024-03-01'), incident('c', '2024-06-29')],
      DEFAULT_RULE,
    );
    expect(result.get('c')).toEqual({ recurring: true, chain: ['b', 'a'], fixesHeld: 'fixes-did-not-hold' });
  });

  it('does not count an incident windowDays + 1 before (2024-01-01 to 2024-06-30)', () => {
    const result = recurrenceByIncident(
      [incident('a', '2024-01-01'), incident('b', '2024-03-01'), incident('c', '2024-06-30')],
      DEFAULT_RULE,
    );
    expect(result.get('c')).toEqual({ recurring: false, chain: [], fixesHeld: null });
  });

  it('counts same-day incidents both ways', () => {
    const result = recurrenceByIncident(
      [incident('a', '2024-05-01'), incident('b', '2024-05-01'), incident('c', '2024-05-01')],
      DEFAULT_RULE,
    );
    expect(result.get('a')?.chain).toEqual(['b', 'c']);
    expect(result.get('b')?.chain).toEqual(['a', 'c']);
    expect(result.get('c')?.chain).toEqual(['a', 'b']);
    expect([...result.values()].every((r) => r.recurring)).toBe(true);
  });

  it('is not recurring one below the threshold: empty chain and no earlier-actions state', () => {
    const result = recurrenceByIncident([incident('a', '2024-01-01'), incident('b', '2024-01-02')], DEFAULT_RULE);
    expect(result.get('a')).toEqual({ recurring: false, chain: [], fixesHeld: null });
    expect(result.get('b')).toEqual({ recurring: false, chain: [], fixesHeld: null });
  });

  it('never counts later incidents: only the third of three is recurring', () => {
    const result = recurrenceByIncident(
      [incident('a', '2024-01-01'), incident('b', '2024-02-01'), incident('c', '2024-03-01')],
      DEFAULT_RULE,
    );
    expect(result.get('a')?.recurring).toBe(false);
    expect(result.get('b')?.recurring).toBe(false);
    expect(result.get('c')).toEqual({ recurring: true, chain: ['b', 'a'], fixesHeld: 'fixes-did-not-hold' });
  });

  it('sees an action completed the day after the later incident as still open then', () => {
    const result = recurrenceByIncident(
      [
        incident('a', '2024-01-01', 'deploys', [done('2024-01-20')]),
        incident('b', '2024-02-01', 'deploys', [done('2024-03-02')]),
        incident('c', '2024-03-01'),
      ],
      DEFAULT_RULE,
    );
    expect(result.get('c')?.fixesHeld).toBe('actions-not-done');
  });

  it('sees an action completed on the later incident\'s own date as done: the fixes did not hold', () => {
    const result = recurrenceByIncident(
      [
        incident('a', '2024-01-01', 'deploys', [done('2024-01-20')]),
        incident('b', '2024-02-01', 'deploys', [done('2024-03-01')]),
        incident('c', '2024-03-01'),
      ],
      DEFAULT_RULE,
    );
    expect(result.get('c')?.fixesHeld).toBe('fixes-did-not-hold');
  });

  it('does not count dropped actions as open; open or in-progress ones are', () => {
    const onlyDropped = recurrenceByIncident(
      [
        incident('a', '2024-01-01', 'deploys', [dropped, done('2024-01-05')]),
        incident('b', '2024-02-01', 'deploys', [dropped]),
        incident('c', '2024-03-01'),
      ],
      DEFAULT_RULE,
    );
    expect(onlyDropped.get('c')?.fixesHeld).toBe('fixes-did-not-hold');

    const oneInProgress = recurrenceByIncident(
      [
        incident('a', '2024-01-01', 'deploys', [dropped, inProgress]),
        incident('b', '2024-02-01', 'deploys', [dropped]),
        incident('c', '2024-03-01'),
      ],
      DEFAULT_RULE,
    );
    expect(oneInProgress.get('c')?.fixesHeld).toBe('actions-not-done');
  });

  it('ignores the incident\'s own open actions (only the chain\'s actions count)', () => {
    const result = recurrenceByIncident(
      [incident('a', '2024-01-01'), incident('b', '2024-02-01'), incident('c', '2024-03-01', 'deploys', [open])],
      DEFAULT_RULE,
    );
    expect(result.get('c')?.fixesHeld).toBe('fixes-did-not-hold');
  });

  it('counts only incidents of the same category when categories are mixed', () => {
    const result = recurrenceByIncident(
      [
        incident('a', '2024-01-01', 'deploys'),
        incident('b', '2024-01-02', 'config'),
        incident('c', '2024-01-03', 'deploys'),
        incident('d', '2024-01-04', 'config'),
        incident('e', '2024-01-05', 'deploys'),
      ],
      DEFAULT_RULE,
    );
    expect(result.get('e')).toEqual({ recurring: true, chain: ['c', 'a'], fixesHeld: 'fixes-did-not-hold' });
    expect(result.get('d')).toEqual({ recurring: false, chain: [], fixesHeld: null });
  });

  it('orders the chain newest first, same-day ties by id, whatever the input order', () => {
    const incidents = [
      incident('b', '2024-03-05'),
      incident('x', '2024-03-10'),
      incident('c', '2024-03-10'),
      incident('a', '2024-03-05'),
    ];
    const forward = recurrenceByIncident(incidents, DEFAULT_RULE);
    const backward = recurrenceByIncident([...incidents].reverse(), DEFAULT_RULE);
    expect(forward.get('x')?.chain).toEqual(['c', 'a', 'b']);
    expect(backward.get('x')?.chain).toEqual(['c', 'a', 'b']);
    expect([...forward.keys()]).toEqual(['b', 'x', 'c', 'a']); // results in input order
  });

  it('takes threshold and window from its arguments (threshold 2, window 30)', () => {
    const rule = { threshold: 2, windowDays: 30 };
    const result = recurrenceByIncident(
      [incident('a', '2024-01-01'), incident('b', '2024-01-31'), incident('c', '2024-03-02')],
      rule,
    );
    // a→b is 30 days (counts); b→c is 31 days (2024-01-31 → 2024-02-29 is 29, + 2).
    expect(result.get('a')?.recurring).toBe(false);
    expect(result.get('b')).toEqual({ recurring: true, chain: ['a'], fixesHeld: 'fixes-did-not-hold' });
    expect(result.get('c')).toEqual({ recurring: false, chain: [], fixesHeld: null });
  });

  it('slides the window along a series (every 100 days with window 180: never three; one more makes three)', () => {
    const series = ['2023-01-01', '2023-04-11', '2023-07-20', '2023-10-28'].map((date, i) => incident(`s${i}`, date));
    const result = recurrenceByIncident(series, DEFAULT_RULE);
    expect([...result.values()].some((r) => r.recurring)).toBe(false);
    // Add t on 2023-05-01. s1 still has only s0 behind it. For s2 (2023-07-20) the window holds s1 (100 days back) and t (80).
    // For s3 (2023-10-28), t is exactly 180 days back (31+30+31+31+30+27) and s1 200: t counts, s1 not.
    expect(daysBetween('2023-05-01', '2023-10-28')).toBe(180);
    const denser = recurrenceByIncident([...series, incident('t', '2023-05-01')], DEFAULT_RULE);
    expect(denser.get('s1')?.recurring).toBe(false);
    expect(denser.get('s2')?.chain).toEqual(['t', 's1']);
    expect(denser.get('s3')?.chain).toEqual(['s2', 't']);
    // For t itself, s0 is 120 days back and s1 20: recurring too.
    expect(denser.get('t')?.chain).toEqual(['s1', 's0']);
  });

  it('agrees with the rule applied naively, pair by pair, on a generated library', () => {
    // A small deterministic generator (LCG), so the test is reproducible.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const categories = ['deploys', 'config', 'capacity'];
    const incidents = Array.from({ length: 120 }, (_, i) => {
      const day = Math.floor(next() * 700);
      const date = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
      return incident(`i${String(i).padStart(3, '0')}`, date, categories[Math.floor(next() * 3)]!, next() < 0.3 ? [open] : []);
    });
    const rule = { threshold: 4, windowDays: 60 };
    const result = recurrenceByIncident(incidents, rule);
    for (const self of incidents) {
      const counted = incidents.filter(
        (other) =>
          other.category === self.category &&
          other.date <= self.date &&
          daysBetween(other.date, self.date) <= rule.windowDays,
      );
      const recurring = counted.length >= rule.threshold;
      const chain = counted
        .filter((other) => other !== self)
        .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date > b.date ? -1 : 1))
        .map((other) => other.id);
      const anyOpen = counted.some((other) => other !== self && other.actions.length > 0);
      expect(result.get(self.id)).toEqual({
        recurring,
        chain: recurring ? chain : [],
        fixesHeld: recurring ? (anyOpen ? 'actions-not-done' : 'fixes-did-not-hold') : null,
      });
    }
    expect([...result.values()].filter((r) => r.recurring).length).toBeGreaterThan(0);
  });

  it('refuses a duplicate id rather than overwriting a result', () => {
    expect(() => recurrenceByIncident([incident('a', '2024-01-01'), incident('a', '2024-01-02')], DEFAULT_RULE)).toThrow(
      /"a" appears twice/,
    );
  });
});


describe('earlierInCategory', () => {
  const library = [
    incident('a', '2024-01-10', 'deploys', [done('2024-02-01'), open, dropped, done('2024-03-02')]),
    incident('b', '2024-03-01', 'deploys', [done('2024-03-01')]),
    incident('c', '2024-05-01', 'deploys', [inProgress]),
    incident('d', '2024-04-01', 'config', [open]),
  ];
  const result = earlierInCategory(library);

  it('lists nothing for the first incident of a category', () => {
    expect(result.get('a')).toEqual([]);
    expect(result.get('d')).toEqual([]);
  });

  it('gives the state of actions on the later date: completed the day after counts as open then', () => {
    // Seen from b (2024-03-01): a's done-on-02-01 is done, done-on-03-02 still open, "open" open, dropped left out.
    expect(result.get('b')).toEqual([
      { id: 'a', date: '2024-01-10', actionsOpenThen: 2, actionsDoneThen: 1, actionsWithoutDropped: 3 },
    ]);
  });

  it('lists the last two, newest first, each seen from this incident\'s date (completed same day counts as done)', () => {
    expect(result.get('c')).toEqual([
      { id: 'b', date: '2024-03-01', actionsOpenThen: 0, actionsDoneThen: 1, actionsWithoutDropped: 1 },
      { id: 'a', date: '2024-01-10', actionsOpenThen: 1, actionsDoneThen: 2, actionsWithoutDropped: 3 },
    ]);
  });

  it('keeps only `count` incidents, and reaches back any length of time', () => {
    const long = [
      incident('old', '2019-06-01'),
      incident('mid', '2021-06-01'),
      incident('new', '2024-06-01'),
      incident('now', '2024-06-02'),
    ];
    expect(earlierInCategory(long).get('now')?.map((e) => e.id)).toEqual(['new', 'mid']);
    expect(earlierInCategory(long, 3).get('now')?.map((e) => e.id)).toEqual(['new', 'mid', 'old']);
    expect(earlierInCategory(long, 1).get('mid')?.map((e) => e.id)).toEqual(['old']);
  });

  it('treats same-day incidents as earlier for each other, ids ascending within the day', () => {
    const sameDay = [
      incident('r', '2024-06-01'),
      incident('q', '2024-07-01'),
      incident('p', '2024-07-01'),
      incident('s', '2024-07-01'),
    ];
    const earlier = earlierInCategory(sameDay);
    expect(earlier.get('p')?.map((e) => e.id)).toEqual(['q', 's']);
    expect(earlier.get('q')?.map((e) => e.id)).toEqual(['p', 's']);
    expect(earlier.get('s')?.map((e) => e.id)).toEqual(['p', 'q']);
    expect(earlierInCategory(sameDay, 3).get('s')?.map((e) => e.id)).toEqual(['p', 'q', 'r']);
    expect(earlier.get('r')).toEqual([]);
  });
});

describe('earlierIncidentAt', () => {
  it('counts open-then, done-then and total (dropped excluded) as of a given day', () => {
    const earlier = incident('e', '2024-01-01', 'deploys', [done('2024-02-01'), done('2024-02-02'), inProgress, dropped]);
    expect(earlierIncidentAt(earlier, '2024-02-01')).toEqual({
      id: 'e',
      date: '2024-01-01',
      actionsOpenThen: 2, // done the day after, and in progress
      actionsDoneThen: 1, // done that same day
      actionsWithoutDropped: 3,
    });
  });
});

describe('hotCategories', () => {
  const library = [
    incident('d1', '2023-12-01', 'deploys'),
    incident('d2', '2023-12-02', 'deploys'),
    incident('d3', '2023-12-31', 'deploys'),
    incident('q1', '2024-01-05', 'deploys'),
    incident('q2', '2024-02-10', 'deploys'),
    incident('q3', '2024-03-31', 'deploys'),
    incident('c1', '2024-01-01', 'config'),
    incident('c2', '2024-01-02', 'config'),
    incident('c3', '2024-03-03', 'config'),
    incident('al1', '2024-01-03', 'alerts'),
    incident('al2', '2024-01-04', 'alerts'),
    incident('al3', '2024-02-04', 'alerts'),
    incident('al4', '2024-03-04', 'alerts'),
    incident('x1', '2024-02-01', 'capacity'),
    incident('x2', '2024-02-02', 'capacity'),
    incident('p1', '2024-04-01', 'deploys'), // Q2 edge, alone
    incident('p2', '2024-06-30', 'config'),
  ];

  it('lists hot categories per quarter, most incidents first then by id, quarters oldest first', () => {
    expect([...hotCategories(library, 3)]).toEqual([
      ['2023-Q4', ['deploys']],
      ['2024-Q1', ['alerts', 'config', 'deploys']],
    ]);
  });

  it('takes the threshold from its argument (2 makes capacity hot; Q2 has one of each, so none)', () => {
    expect(hotCategories(library, 2).get('2024-Q1')).toEqual(['alerts', 'config', 'deploys', 'capacity']);
    expect(hotCategories(library, 2).has('2024-Q2')).toBe(false);
  });
});
