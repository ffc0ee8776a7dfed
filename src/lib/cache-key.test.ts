import { describe, expect, it } from 'vitest';
import { cacheKeyOf, cacheKeyWith } from './cache-key';

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

  it('changes when a date changes', () => {
    expect(cacheKeyOf({ at: new Date('2024-03-06T10:00:00Z') })).not.toBe(cacheKeyOf({ at: new Date('2024-03-07T10:00:00Z') }));
  });
});

describe('cacheKeyWith', () => {
  const first = { id: 'a', body: 'long text' };
  const second = { id: 'b', body: 'other text' };
  const standIn = (value: object) => ('id' in value ? `incident ${String(value.id)} v1` : undefined);

  it('hashes known objects by their stand-in, wherever they are', () => {
    expect(cacheKeyWith(standIn, { list: [first], chain: { items: [second] } })).toBe(
      cacheKeyWith(standIn, { list: [{ id: 'a', body: 'changed, but its stand-in is not' }], chain: { items: [second] } }),
    );
    expect(cacheKeyWith(standIn, [first])).not.toBe(cacheKeyWith(standIn, [second]));
  });

  it('changes when a stand-in changes', () => {
    expect(cacheKeyWith(standIn, [first])).not.toBe(cacheKeyWith(() => 'incident a v2', [first]));
  });
});
