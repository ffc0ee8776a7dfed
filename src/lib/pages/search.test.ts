import { describe, expect, it } from 'vitest';
import { smallLibrary } from '../test-fixtures';
import { siteLinks } from '../urls';
import { searchPage } from './search';

const library = smallLibrary();
const context = { library, links: siteLinks('/docs/') };

describe('searchPage', () => {
  it('lists only facets with values, each value with its count', () => {
    const page = searchPage(context);
    expect(page.label).toBe('Search 3 write-ups');
    expect(page.facets.find((facet) => facet.key === 'year')!.values).toEqual([{ value: '2025', count: 2 }, { value: '2024', count: 1 }]);
    expect(page.links.pagefind).toBe('/docs/pagefind/pagefind.js');
  });
});
