import { describe, expect, it } from 'vitest';
import { valueAt } from './values';

describe('valueAt', () => {
  it('follows keys and indexes, and gives undefined where the path breaks', () => {
    const raw = { actions: [{ owner: 'priya' }], title: 'A' };
    expect(valueAt(raw, ['actions', 0, 'owner'])).toBe('priya');
    expect(valueAt(raw, ['actions', 3, 'owner'])).toBeUndefined();
    expect(valueAt(raw, ['title', 'x'])).toBeUndefined();
    expect(valueAt(null, ['a'])).toBeUndefined();
  });
});
