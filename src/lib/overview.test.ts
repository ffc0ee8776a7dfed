import { describe, expect, it } from 'vitest';
import { headline, recurringCausesEver, recurringCausesNow } from './overview';
import { action, incidentsOf, writeUp } from './test-fixtures';

const cause = (category: string) => ({ rootCause: { summary: 'A structural condition.', category } });
const log = incidentsOf(
  [
    writeUp('2026-11-20-c', { ...cause('capacity'), nearMiss: true, actions: [action('mei', '2026-11-21')] }),
    writeUp('2026-10-01-b', cause('capacity')),
    writeUp('2026-08-01-a', cause('capacity')),
    writeUp('2025-01-10-old', { ...cause('config'), actions: [action('mei', '2025-02-01', 'in-progress')] }),
  ],
  '2026-11-22',
);

describe('headline', () => {
  it('counts incidents, the last 365 days, near misses, open and overdue actions', () => {
    expect(headline(log, '2026-11-22')).toEqual({ incidents: 4, lastYear: 3, nearMisses: 1, openActions: 2, overdueActions: 2 });
  });
});

describe('recurringCausesNow', () => {
  it('lists categories with threshold incidents in the window ending today', () => {
    const now = recurringCausesNow(log, { threshold: 3, windowDays: 180 }, '2026-11-22');
    expect(now.map((c) => [c.category, c.incidents.length, c.latest])).toEqual([['capacity', 3, '2026-11-20']]);
    expect(recurringCausesNow(log, { threshold: 3, windowDays: 180 }, '2027-06-01')).toEqual([]);
  });
});

describe('recurringCausesEver', () => {
  it('lists every category whose chain met the rule, with its incidents newest first', () => {
    expect(recurringCausesEver(log).map((c) => [c.category, c.incidents.map((i) => i.id)])).toEqual([
      ['capacity', ['2026-11-20-c', '2026-10-01-b', '2026-08-01-a']],
    ]);
  });
});
