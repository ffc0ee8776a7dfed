import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from './cache-key';

describe('cacheKeyOf', () => {
  it('is the same for the same data, whatever the order of object keys', () => {
    expect(cacheKeyOf({ a: 1, b: [1, 2] }, 'x')).toBe(cacheKeyOf({ b: [1, 2], a: 1 }, 'x'));
  });

  it('changes when any part changes, including inside maps and lists', () => {
    const base = cacheKeyOf({ a: 1 }, new Map([['k', { v: 1 }]]), ['x']);
    expect(cacheKeyOf({ a: 2 }, new Map([['k', { v: 1 }]]), ['x'])).not.toBe(base);
    expect(cacheKeyOf({ a: 1 }, new Map([['k', { v: 2 }]]), ['x'])).not.toBe(base);
    expect(cacheKeyOf({ a: 1 }, new Map([['k', { v: 1 }]]), ['y'])).not.toBe(base);
  });
});
