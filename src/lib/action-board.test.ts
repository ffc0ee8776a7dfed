import { describe, expect, it } from 'vitest';
import { actionBoard, followUpReviews } from './action-board';
import { action, incidentsOf, SAMPLE_PEOPLE, TREND_SAMPLE_TODAY, trendSample, writeUp } from './test-fixtures';

const summary = (board: ReturnType<typeof actionBoard>) =>
  board.map((owner) => ({
    name: owner.name,
    open: owner.open,
    overdue: owner.overdue,
    actions: owner.actions.map((item) => `${item.incident.id.slice(11)} ${item.action.status}${item.overdue ? ' overdue' : ''}`),
  }));

describe('actionBoard', () => {
  it('puts every action under its owner, owners by name, open ones first, each by due date', () => {
    expect(summary(actionBoard(trendSample(), SAMPLE_PEOPLE, TREND_SAMPLE_TODAY))).toEqual([
      { name: 'Hannah Schultz', open: 1, overdue: 0, actions: ['d in-progress', 'a done'] },
      { name: 'Leo Martin', open: 1, overdue: 1, actions: ['b open overdue'] },
      { name: 'Priya Raman', open: 0, overdue: 0, actions: ['c dropped', 'd done'] },
      { name: 'Sofia Lindqvist', open: 0, overdue: 0, actions: ['b done'] },
    ]);
  });

  it('orders open actions by due date, so the most overdue lead, then done and dropped ones by due date', () => {
    const log = incidentsOf(
      [
        writeUp('2025-01-10-a', {
          actions: [
            action('leo', '2025-03-01'),
            action('leo', '2025-01-05', 'done', '2025-01-06'),
            action('leo', '2025-01-12'),
            action('leo', '2025-02-15', 'in-progress'),
            action('leo', '2025-01-01', 'dropped'),
            action('leo', '2025-01-15'),
          ],
        }),
      ],
      '2025-01-20',
    );
    expect(actionBoard(log, SAMPLE_PEOPLE, '2025-01-20')[0]!.actions.map((item) => `${item.action.due} ${item.action.status}${item.overdue ? ' overdue' : ''}`)).toEqual([
      '2025-01-12 open overdue',
      '2025-01-15 open overdue',
      '2025-02-15 in-progress',
      '2025-03-01 open',
      '2025-01-01 dropped',
      '2025-01-05 done',
    ]);
  });

  it('shows the id of an owner the registry does not know', () => {
    const log = incidentsOf([writeUp('2025-01-10-a', { actions: [action('ghost', '2025-02-01')] })], '2025-01-20');
    expect(actionBoard(log, SAMPLE_PEOPLE, '2025-01-20').map((owner) => owner.name)).toEqual(['ghost']);
  });
});

describe('followUpReviews', () => {
  it('lists past follow-ups with open actions as due, soonest first', () => {
    // Follow-up is the incident date in the sample: b (02-15) and d (07-05) have open actions.
    const { due, upcoming } = followUpReviews(trendSample(), TREND_SAMPLE_TODAY);
    expect(due.map((review) => [review.incident.id, review.followUp, review.openActions, review.overdueActions])).toEqual([
      ['2025-02-15-b', '2025-02-15', 1, 1],
      ['2025-07-05-d', '2025-07-05', 1, 0],
    ]);
    expect(upcoming).toEqual([]);
  });

  it('counts today as due, the next N days as upcoming, and leaves out later ones and closed ones', () => {
    const open = [action('leo', '2025-12-01')];
    const log = incidentsOf(
      [
        writeUp('2025-09-01-today', { followUp: '2025-10-01', actions: open }),
        writeUp('2025-09-02-soon', { followUp: '2025-10-31', actions: open }), // 30 days after today
        writeUp('2025-09-03-later', { followUp: '2025-11-01', actions: open }), // 31 days
        writeUp('2025-09-04-closed', { followUp: '2025-09-10' }), // every action done
      ],
      '2025-10-01',
    );
    const { due, upcoming } = followUpReviews(log, '2025-10-01', 30);
    expect(due.map((review) => review.incident.id)).toEqual(['2025-09-01-today']);
    expect(upcoming.map((review) => review.incident.id)).toEqual(['2025-09-02-soon']);
  });
});
