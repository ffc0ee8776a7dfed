import { describe, expect, it } from 'vitest';
import { libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { searchAnnotations } from './search-annotations';

const capacity = { summary: 'Load outgrew the system.', category: 'capacity-planning' };
const library = libraryOf(
  [
    writeUp('2025-01-10-a', { rootCause: capacity }),
    writeUp('2025-02-10-b', { rootCause: capacity }),
    writeUp('2025-03-10-c', { rootCause: capacity, severity: 'SEV1', nearMiss: true, services: ['checkout', 'website'], summary: 'Checkout slowed.' }),
  ],
  '2025-04-01',
);
const annotations = searchAnnotations({ library, links: siteLinks('/') }, library.byId.get('2025-03-10-c')!);

describe('searchAnnotations', () => {
  it('gives every facet value a card shows as a filter: severity, cause, services and the two flags', () => {
    const values = (facet: string) => annotations.filters.filter((filter) => filter.facet === facet).map((filter) => filter.value);
    expect(values('severity')).toEqual(['SEV1']);
    expect(values('cause')).toEqual(['Capacity']);
    expect(values('service')).toEqual(['Checkout', 'Website']);
    expect(values('near-miss')).toEqual(['Yes']);
    expect(values('recurring')).toEqual(['Yes']);
  });

  it('sorts by day and by the severity rank as zero-padded text', () => {
    expect(annotations.sortDate).toBe('2025-03-10');
    expect(annotations.sortSeverity).toBe('00');
  });

  it('keeps as meta only what no filter carries: the day and the summary', () => {
    expect(annotations.meta).toEqual([
      { key: 'date', value: '2025-03-10' },
      { key: 'summary', value: 'Checkout slowed.' },
    ]);
  });
});
