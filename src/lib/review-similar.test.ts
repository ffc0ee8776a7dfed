import { describe, expect, it } from 'vitest';
import { earlierLookAlikes } from './review-similar';
import type { CheckedWriteUp } from './validation/check-library';
import type { WriteUp } from './schema';

function writeUp(id: string, data: Partial<WriteUp>, body = ''): CheckedWriteUp {
  const date = id.slice(0, 10);
  return {
    id,
    path: `pm/${id}.mdx`,
    narrative: body,
    images: [],
    data: {
      title: id,
      date,
      summary: '',
      impact: '',
      services: [],
      tags: [],
      related: [],
      whys: [],
      contributingFactors: [],
      learnings: [],
      rootCause: { summary: '', category: 'other' },
      ...data,
    } as WriteUp,
  };
}

const library = [
  writeUp('2024-05-31-billing-overload', { rootCause: { summary: 'x', category: 'capacity' }, services: ['billing', 'database'] }),
  writeUp('2024-07-31-billing-again', { rootCause: { summary: 'x', category: 'capacity' }, services: ['billing'] }),
  writeUp('2024-08-01-printer', { rootCause: { summary: 'x', category: 'deploy' }, services: ['warehouse'] }),
  writeUp('2024-09-30-billing-third', { rootCause: { summary: 'x', category: 'capacity' }, services: ['billing'] }),
];

describe('earlierLookAlikes', () => {
  it('lists earlier incidents with the same cause and a shared service for the changed write-ups only', () => {
    const found = earlierLookAlikes(library, new Set(['pm/2024-09-30-billing-third.mdx']));
    expect([...found.keys()]).toEqual(['pm/2024-09-30-billing-third.mdx']);
    expect(found.get('pm/2024-09-30-billing-third.mdx')!.map((m) => m.id)).toEqual(['2024-07-31-billing-again', '2024-05-31-billing-overload']);
  });

  it('never lists later incidents, nor those already in related', () => {
    const withRelated = library.map((w) =>
      w.id === '2024-07-31-billing-again' ? { ...w, data: { ...w.data!, related: ['2024-05-31-billing-overload'] } } : w,
    );
    const found = earlierLookAlikes(withRelated, new Set(['pm/2024-07-31-billing-again.mdx']));
    expect(found.get('pm/2024-07-31-billing-again.mdx')).toEqual([]);
  });
});
