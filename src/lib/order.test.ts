import { describe, expect, it } from 'vitest';
import { entriesNewestFirst, entriesOldestFirst, newestFirst, oldestFirst } from './order';

const days = [
  { id: 'b', date: '2024-03-06' },
  { id: 'c', date: '2024-01-02' },
  { id: 'a', date: '2024-03-06' },
];

describe('the chronological order', () => {
  it('sorts by day, ids ascending within a day, whichever way the days go', () => {
    expect([...days].sort(oldestFirst).map((d) => d.id)).toEqual(['c', 'a', 'b']);
    expect([...days].sort(newestFirst).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads the day of a write-up from its data', () => {
    const entries = days.map(({ id, date }) => ({ id, data: { date } }));
    expect([...entries].sort(entriesOldestFirst).map((d) => d.id)).toEqual(['c', 'a', 'b']);
    expect([...entries].sort(entriesNewestFirst).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
});
