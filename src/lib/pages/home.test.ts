import { describe, expect, it } from 'vitest';
import { libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { homePage } from './home';

const capacity = { summary: 'Load outgrew the system.', category: 'capacity-planning' };
const links = siteLinks('/');

describe('homePage', () => {
  it('gives the figures as of today, and the causes recurring now with their latest incident', () => {
    const library = libraryOf(
      [
        writeUp('2025-09-01-a', { rootCause: capacity }),
        writeUp('2025-10-01-b', { rootCause: capacity, nearMiss: true }),
        writeUp('2025-11-01-c', { rootCause: capacity, title: 'Third capacity incident' }),
        writeUp('2023-11-20-old', {}),
      ],
      '2025-11-20',
    );
    const page = homePage({ library, links });
    expect(page.figures).toEqual([
      { label: 'Incidents', value: 4 },
      { label: 'In the last 12 months', value: 3 },
      { label: 'Near misses', value: 1 },
      { label: 'Open actions', value: 0 },
      { label: 'Overdue actions', value: 0 },
    ]);
    expect(page.recurringNow).toEqual([
      { cause: 'Capacity', incidents: '3 incidents', latest: { href: '/incidents/2025-11-01-c/', text: 'Third capacity incident' }, latestDate: { iso: '2025-11-01', label: '1 Nov 2025' } },
    ]);
    expect(page.recentChains).toEqual([]);
    expect(page.hot).toEqual({ quarter: 'Q4 2025', causes: [] });
    expect(page.onThisDay).toMatchObject({ day: '20 Nov', incidents: [{ href: '/incidents/2023-11-20-old/' }] });
    expect(page.latest.map((item) => item.href)).toEqual(['/incidents/2025-11-01-c/', '/incidents/2025-10-01-b/', '/incidents/2025-09-01-a/', '/incidents/2023-11-20-old/']);
  });

  it('names the quarter as every page does, and the most recent chains when none recurs now', () => {
    const library = libraryOf(
      [writeUp('2024-01-10-a', { rootCause: capacity }), writeUp('2024-02-10-b', { rootCause: capacity }), writeUp('2024-03-10-c', { rootCause: capacity })],
      '2025-11-20',
    );
    const page = homePage({ library, links });
    expect(page.recurringNow).toEqual([]);
    expect(page.recentChains.map((chain) => chain.incidents)).toEqual(['3 incidents']);
    expect(page.hot.quarter).toBe('Q4 2025');
  });

  it('says when the library is empty', () => {
    expect(homePage({ library: libraryOf([], '2025-11-20'), links }).empty).toBe(true);
  });
});
