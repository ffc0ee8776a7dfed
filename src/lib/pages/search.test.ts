import { describe, expect, it } from 'vitest';
import { smallLibrary } from '../test-fixtures';
import { siteLinks } from '../urls';
import { searchPage } from './search';

const library = smallLibrary();
const context = { library, links: siteLinks('/docs/') };
const page = searchPage(context);

describe('searchPage', () => {
  it('lists only facets with values, each value with its count', () => {
    expect(page.label).toBe('Search 3 write-ups');
    expect(page.total).toBe(3);
    expect(page.facets.find((facet) => facet.key === 'year')!.values).toEqual([{ value: '2025', count: 2 }, { value: '2024', count: 1 }]);
    expect(page.links).toMatchObject({ pagefind: '/docs/pagefind/pagefind.js', words: '/docs/search/words.json' });
  });

  it('offers best match and the sort orders, the default first, which is newest first without a query', () => {
    expect(page.sorts).toEqual([
      { value: '', label: 'Best match' },
      { value: 'date-desc', label: 'Newest first' },
      { value: 'date-asc', label: 'Oldest first' },
      { value: 'severity-asc', label: 'Most severe first' },
    ]);
    expect(page.defaultSortWithoutQuery).toBe('Newest first');
  });

  it('explains each badge of a card as the incident pages do', () => {
    expect(Object.keys(page.badges.severity)).toEqual(library.settings.severities.filter((level) => level.description).map((level) => level.id));
    expect(page.badges.nearMiss).toMatch(/^No customer impact/);
    expect(page.badges.recurring).toMatch(/^3 or more incidents of one root cause within 180 days/);
  });

  it('links every browse page with how much it lists, for a search that finds nothing', () => {
    expect(page.browse.map((link) => link.href)).toEqual(['/docs/causes/', '/docs/services/', '/docs/teams/', '/docs/tags/', '/docs/log/']);
    expect(page.browse[0]!.detail).toBe('1 root cause');
  });
});
