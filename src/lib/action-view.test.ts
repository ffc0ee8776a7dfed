import { describe, expect, it } from 'vitest';
import { actionViewStatus, readActionView, writeActionView, type ActionView } from './action-view';

const written = (view: ActionView, query = '') => {
  const params = new URLSearchParams(query);
  writeActionView(params, view);
  return params.toString();
};

describe('the action board\'s view in the URL', () => {
  it('is open work unless the URL asks for overdue or all', () => {
    expect(readActionView(new URLSearchParams(''))).toBe('open');
    expect(readActionView(new URLSearchParams('show=overdue'))).toBe('overdue');
    expect(readActionView(new URLSearchParams('show=all'))).toBe('all');
    expect(readActionView(new URLSearchParams('show=done'))).toBe('open');
  });

  it('writes nothing for the default, and keeps other parameters', () => {
    expect(written('open', 'show=all')).toBe('');
    expect(written('all')).toBe('show=all');
    expect(written('overdue', 'owner=leo&show=all')).toBe('owner=leo&show=overdue');
    expect(readActionView(new URLSearchParams(written('overdue')))).toBe('overdue');
  });

  it('says how much of the board shows', () => {
    expect(actionViewStatus({ shown: 25, total: 64, owners: 12 })).toBe('Showing 25 of 64 actions, 12 owners.');
    expect(actionViewStatus({ shown: 1, total: 64, owners: 1 })).toBe('Showing 1 of 64 actions, 1 owner.');
  });
});
