import { describe, expect, it } from 'vitest';
import { action, incidentsOf, writeUp } from '../test-fixtures';
import { actionBacklog, actionsOf, backlogAgeOf, daysOverdue, overdueReviews } from './backlog';

const TEAMS: Record<string, string> = { priya: 'payments', leo: 'payments', hannah: 'fulfilment' };
const teamOf = (owner: string) => TEAMS[owner];

describe('the open-action backlog', () => {
  it('buckets an action by how long it has been overdue on the day', () => {
    expect(daysOverdue('2025-03-01', '2025-03-01')).toBe(0);
    expect(backlogAgeOf('2025-03-01', '2025-03-01')).toBe('not-yet-due');
    expect(backlogAgeOf('2025-03-31', '2025-03-01')).toBe('not-yet-due');
    expect(backlogAgeOf('2025-02-28', '2025-03-01')).toBe('overdue-under-30');
    expect(backlogAgeOf('2025-01-30', '2025-03-01')).toBe('overdue-30-to-90');
    expect(daysOverdue('2024-12-01', '2025-03-01')).toBe(90);
    expect(backlogAgeOf('2024-12-01', '2025-03-01')).toBe('overdue-30-to-90');
    expect(backlogAgeOf('2024-11-30', '2025-03-01')).toBe('overdue-over-90');
  });

  it('counts what was open on the day by owner\'s team, the team with most long-overdue work first', () => {
    const incidents = incidentsOf(
      [
        writeUp('2024-10-01-a', {
          actions: [
            action('priya', '2024-11-01'), // 120 days overdue on 2025-03-01
            action('leo', '2025-02-20', 'in-progress'), // 9 days
            action('priya', '2024-11-01', 'done', '2025-01-01'), // done before the day
            action('leo', '2024-11-01', 'done', '2025-04-01'), // done after the day: open then, 120 days
            action('priya', '2024-11-01', 'dropped'),
          ],
        }),
        writeUp('2025-02-01-b', { actions: [action('hannah', '2024-11-30'), action('hannah', '2025-01-15'), action('hannah', '2025-03-10')] }),
        writeUp('2025-02-02-c', { actions: [action('sofia', '2025-04-01')] }),
      ],
      '2025-06-01',
    );
    expect(actionBacklog(actionsOf(incidents), teamOf, '2025-03-01')).toEqual([
      { team: 'payments', open: 3, ages: { 'not-yet-due': 0, 'overdue-under-30': 1, 'overdue-30-to-90': 0, 'overdue-over-90': 2 }, oldestOverdueDue: '2024-11-01' },
      { team: 'fulfilment', open: 3, ages: { 'not-yet-due': 1, 'overdue-under-30': 0, 'overdue-30-to-90': 1, 'overdue-over-90': 1 }, oldestOverdueDue: '2024-11-30' },
      { team: null, open: 1, ages: { 'not-yet-due': 1, 'overdue-under-30': 0, 'overdue-30-to-90': 0, 'overdue-over-90': 0 }, oldestOverdueDue: null },
    ]);
  });

  it('lists follow-up reviews past their date with actions still open then, the longest overdue first', () => {
    const incidents = incidentsOf(
      [
        writeUp('2025-01-01-a', { followUp: '2025-01-20', actions: [action('priya', '2025-02-01')] }),
        writeUp('2025-01-02-b', { followUp: '2025-02-20', actions: [action('priya', '2025-02-01'), action('leo', '2025-02-01', 'done', '2025-02-25')] }),
        writeUp('2025-01-03-c', { followUp: '2025-01-10', actions: [action('priya', '2025-02-01', 'done', '2025-02-01')] }),
        writeUp('2025-01-04-d', { followUp: '2025-03-01', actions: [action('priya', '2025-02-01')] }),
      ],
      '2025-06-01',
    );
    expect(overdueReviews(incidents, '2025-03-01')).toEqual([
      { incidentId: '2025-01-01-a', due: '2025-01-20', daysOverdue: 40, openActions: 1 },
      { incidentId: '2025-01-02-b', due: '2025-02-20', daysOverdue: 9, openActions: 1 },
    ]);
  });
});
