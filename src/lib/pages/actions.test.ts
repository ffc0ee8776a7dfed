import { describe, expect, it } from 'vitest';
import { action, libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { actionsPage } from './actions';

describe('actionsPage', () => {
  const library = libraryOf(
    [
      writeUp('2025-01-10-a', { followUp: '2025-02-01', actions: [action('priya', '2025-01-20'), action('priya', '2025-03-01', 'done', '2025-02-20')] }),
      writeUp('2025-03-10-b', { followUp: '2025-04-20', actions: [action('leo', '2025-04-10', 'in-progress')] }),
    ],
    '2025-04-01',
  );
  const page = actionsPage({ library, links: siteLinks('/') });

  it('counts every action, the open and the overdue as of today', () => {
    expect(page.summary).toBe('3 actions, 2 open, 1 overdue as of 1 Apr 2025');
  });

  it('lists the follow-up reviews due and those in the next 30 days', () => {
    expect(page.reviews.map((list) => list.rows.map((row) => [row.date.iso, row.incident.href, row.openActions, row.overdueActions]))).toEqual([
      [['2025-02-01', '/incidents/2025-01-10-a/', 1, 1]],
      [['2025-04-20', '/incidents/2025-03-10-b/', 1, 0]],
    ]);
  });

  it('groups actions by owner, overdue first', () => {
    expect(page.owners.map((owner) => [owner.name, owner.counts, owner.actions.map((row) => row.status)])).toEqual([
      ['Leo Martin', '1 action, 1 open', ['in-progress']],
      ['Priya Raman', '2 actions, 1 open, 1 overdue', ['open', 'done']],
    ]);
  });
});
