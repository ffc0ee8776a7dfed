import { describe, it, expect } from 'vitest';
import { actionCounts, followUpState, isOpenStatus, isOverdue, wasOpenAt, wasOverdueAt } from './actions';
import type { Action, ActionStatus } from './schema';

type ActionState = Pick<Action, 'status' | 'due' | 'completed'>;
const action = (status: ActionStatus, due: string, completed?: string): ActionState =>
  completed === undefined ? { status, due } : { status, due, completed };

describe('isOpenStatus', () => {
  it('is true for open and in-progress only', () => {
    expect(isOpenStatus('open')).toBe(true);
    expect(isOpenStatus('in-progress')).toBe(true);
    expect(isOpenStatus('done')).toBe(false);
    expect(isOpenStatus('dropped')).toBe(false);
  });
});

describe('isOverdue', () => {
  const today = '2024-03-20';

  it('is true for an open or in-progress action due before today', () => {
    expect(isOverdue(action('open', '2024-03-19'), today)).toBe(true);
    expect(isOverdue(action('in-progress', '2024-01-01'), today)).toBe(true);
  });

  it('is false for an action due today (due today is not late yet)', () => {
    expect(isOverdue(action('open', '2024-03-20'), today)).toBe(false);
  });

  it('is false for a future due date', () => {
    expect(isOverdue(action('open', '2024-03-21'), today)).toBe(false);
  });

  it('is false for done and dropped actions, however late', () => {
    expect(isOverdue(action('done', '2024-01-01', '2024-03-01'), today)).toBe(false);
    expect(isOverdue(action('dropped', '2024-01-01'), today)).toBe(false);
  });
});

describe('actionCounts', () => {
  it('counts open and in-progress as open, dropped only in total and dropped', () => {
    const actions = [
      action('open', '2024-03-19'), // overdue
      action('in-progress', '2024-03-01'), // overdue
      action('open', '2024-03-20'), // due today: open, not overdue
      action('done', '2024-03-01', '2024-03-02'),
      action('dropped', '2024-03-01'),
    ];
    expect(actionCounts(actions, '2024-03-20')).toEqual({ allWithDropped: 5, allButDropped: 4, done: 1, open: 3, overdue: 2, dropped: 1 });
  });

  it('gives all zeros for no actions', () => {
    expect(actionCounts([], '2024-03-20')).toEqual({ allWithDropped: 0, allButDropped: 0, done: 0, open: 0, overdue: 0, dropped: 0 });
  });
});

describe('wasOpenAt', () => {
  const day = '2024-06-10';

  it('is true for open and in-progress actions', () => {
    expect(wasOpenAt(action('open', '2024-01-01'), day)).toBe(true);
    expect(wasOpenAt(action('in-progress', '2024-01-01'), day)).toBe(true);
  });

  it('is true for an action completed the day after (done later than that day)', () => {
    expect(wasOpenAt(action('done', '2024-01-01', '2024-06-11'), day)).toBe(true);
  });

  it('is false for an action completed on that same day', () => {
    expect(wasOpenAt(action('done', '2024-01-01', '2024-06-10'), day)).toBe(false);
  });

  it('is false for an action completed before that day', () => {
    expect(wasOpenAt(action('done', '2024-01-01', '2024-06-09'), day)).toBe(false);
  });

  it('is false for a dropped action', () => {
    expect(wasOpenAt(action('dropped', '2024-01-01'), day)).toBe(false);
  });
});

describe('followUpState', () => {
  const today = '2024-03-20';

  it('is closed when no action is open (done and dropped only)', () => {
    const actions = [action('done', '2024-03-10', '2024-03-09'), action('dropped', '2024-03-10')] as Action[];
    expect(followUpState({ followUp: '2024-03-01', actions }, today)).toBe('closed');
  });

  it('is upcoming with open actions and a follow-up today or later', () => {
    const actions = [action('in-progress', '2024-04-01')] as Action[];
    expect(followUpState({ followUp: '2024-03-20', actions }, today)).toBe('upcoming');
    expect(followUpState({ followUp: '2024-04-01', actions }, today)).toBe('upcoming');
  });

  it('is overdue with open actions and a follow-up before today', () => {
    const actions = [action('open', '2024-04-01'), action('done', '2024-03-10', '2024-03-09')] as Action[];
    expect(followUpState({ followUp: '2024-03-19', actions }, today)).toBe('overdue');
  });
});

describe('wasOverdueAt', () => {
  it('is true when the action was due before the day and still open on it', () => {
    expect(wasOverdueAt({ due: '2024-06-01', status: 'open' }, '2024-06-10')).toBe(true);
    expect(wasOverdueAt({ due: '2024-06-10', status: 'open' }, '2024-06-10')).toBe(false);
    expect(wasOverdueAt({ due: '2024-06-01', status: 'done', completed: '2024-06-20' }, '2024-06-10')).toBe(true);
    expect(wasOverdueAt({ due: '2024-06-01', status: 'done', completed: '2024-06-05' }, '2024-06-10')).toBe(false);
    expect(wasOverdueAt({ due: '2024-06-01', status: 'dropped' }, '2024-06-10')).toBe(false);
  });
});
