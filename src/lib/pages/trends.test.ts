import { describe, expect, it } from 'vitest';
import { libraryOf, smallLibrary } from '../test-fixtures';
import { siteLinks } from '../urls';
import { trendsOf, trendsPage } from './trends';

const library = smallLibrary();
const context = { library, links: siteLinks('/docs/') };

describe('trendsPage', () => {
  it('says how many incidents the charts count, and offers each team and service with its count', () => {
    const page = trendsPage(context, trendsOf(context).embedded);
    expect(page.incidents).toBe('3 incidents');
    expect(page.filter.all.label).toBe('Every team and service (3)');
    expect(page.filter.services).toEqual([{ value: 'service:checkout', label: 'Checkout (3)' }]);
    expect(page.charts.length).toBeGreaterThan(0);
    expect(trendsPage({ library: libraryOf([], '2025-04-01'), links: context.links }, trendsOf({ library: libraryOf([], '2025-04-01'), links: context.links }).embedded)).toMatchObject({ empty: true, charts: [] });
  });
});
