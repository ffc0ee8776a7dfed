import { describe, expect, it } from 'vitest';
import { action, libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { actionsPage } from './actions';

describe('actionsPage', () => {
  const library = libraryOf(
    [
      writeUp('2025-01-10-a', {
        followUp: '2025-02-01',
        actions: [action('priya', '2025-04-20'), action('priya', '2025-01-20'), action('priya', '2025-03-01', 'done', '2025-02-20'), action('priya', '2025-02-01', 'dropped')],
      }),
      writeUp('2025-03-10-b', { followUp: '2025-04-01', actions: [action('leo', '2025-04-10', 'in-progress'), action('sofia', '2025-03-01', 'done', '2025-03-01')] }),
      writeUp('2025-03-12-c', { followUp: '2025-04-20', actions: [action('leo', '2025-03-30')] }),
    ],
    '2025-04-01',
  );
  const page = actionsPage({ library, links: siteLinks('/') });

  it('sums up open and overdue work and the oldest overdue action for a lead at a glance', () => {
    expect(page.figures).toEqual([
      { label: 'Open actions', value: '4', note: 'of 7 actions', link: undefined },
      { label: 'Overdue', value: '2', note: 'as of 1 Apr 2025', link: undefined },
      { label: 'Follow-up reviews due', value: '2', note: 'with actions still open', link: undefined },
      { label: 'Oldest overdue', value: '2 months', note: 'due 20 Jan 2025:', link: { href: '#owner-priya', text: 'Action for priya due 2025-01-20 (Priya Raman)' } },
    ]);
  });

  it('gives every open action by owner\'s team and how long overdue, with the file of every action', () => {
    // Open on 1 Apr: Priya's due 20 Apr and Leo's due 10 Apr (not yet due), Priya's due 20 Jan (71 days), Leo's due 30 Mar (2 days).
    expect(page.backlog.rows).toEqual([{ team: 'No team in the registry', open: 4, ages: [2, 1, 1, 0], oldest: '2 months' }]);
    expect(page.backlog.caption).toBe("4 open actions on 1 Apr 2025, by the owner's team and how long overdue, the teams with most long-overdue work first.");
    expect(page.csv).toBe('/actions.csv');
  });

  it('says so when nothing is overdue', () => {
    const calm = libraryOf([writeUp('2025-03-10-b', { actions: [action('leo', '2025-04-10')] })], '2025-04-01');
    expect(actionsPage({ library: calm, links: siteLinks('/') }).figures[3]).toEqual({ label: 'Oldest overdue', value: 'None', note: 'nothing is overdue', link: undefined });
  });

  it('lists the follow-up reviews due, with how long past their date, and those in the next 30 days', () => {
    expect(page.reviews.map((list) => list.rows.map((row) => [row.date.iso, row.dueState, row.overdue, row.incident.href, row.openActions, row.overdueActions]))).toEqual([
      [
        ['2025-02-01', 'Overdue 2 months', true, '/incidents/2025-01-10-a/', 2, 1],
        ['2025-04-01', 'Due today', false, '/incidents/2025-03-10-b/', 1, 0],
      ],
      [['2025-04-20', undefined, false, '/incidents/2025-03-12-c/', 1, 1]],
    ]);
  });

  it('shows each owner\'s open actions by due date with how long they are overdue, done and dropped folded away', () => {
    const board = page.owners.map((owner) => ({
      name: owner.name,
      counts: owner.counts,
      open: owner.actions.map((row) => [row.due.iso, row.overdueFor]),
      closed: owner.closed.map((row) => [row.due.iso, row.statusLabel]),
      closedSummary: owner.closedSummary,
    }));
    expect(board).toEqual([
      { name: 'Leo Martin', counts: '2 actions, 2 open, 1 overdue', open: [['2025-03-30', 'Overdue 2 days'], ['2025-04-10', undefined]], closed: [], closedSummary: '' },
      {
        name: 'Priya Raman',
        counts: '4 actions, 2 open, 1 overdue',
        open: [['2025-01-20', 'Overdue 2 months'], ['2025-04-20', undefined]],
        closed: [['2025-02-01', 'Dropped'], ['2025-03-01', 'Done']],
        closedSummary: '1 done, 1 dropped',
      },
      { name: 'Sofia Lindqvist', counts: '1 action', open: [], closed: [['2025-03-01', 'Done']], closedSummary: '1 done' },
    ]);
  });

  it('offers open work by default, overdue only, or everything, with how many each shows', () => {
    expect(page.views).toEqual([
      { value: 'open', label: 'Open', count: 4, asBuilt: true },
      { value: 'overdue', label: 'Overdue only', count: 2, asBuilt: false },
      { value: 'all', label: 'All, with done and dropped', count: 7, asBuilt: false },
    ]);
    expect(page.status).toBe('Showing 4 of 7 actions, 3 owners.');
  });
});
