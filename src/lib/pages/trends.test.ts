import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../trends/charts';
import { libraryOf, smallLibrary } from '../test-fixtures';
import { siteLinks } from '../urls';
import { trendsOf, trendsPage } from './trends';

const library = smallLibrary();
const context = { library, links: siteLinks('/docs/') };

describe('trendsPage', () => {
  const page = trendsPage(context, trendsOf(context).embedded);

  it('says what the charts count, and offers each team and service with its count', () => {
    // Q2 2024 to today's quarter, Q2 2025, which has only begun.
    expect(page.summary).toBe('3 incidents, Q2 2024 to Q2 2025 (so far), as of 1 Apr 2025.');
    expect(page.filter.all.label).toBe('Every team and service (3)');
    expect(page.filter.services).toEqual([{ value: 'service:checkout', label: 'Checkout (3)' }]);
    expect(page.charts.map((chart) => chart.id)).toEqual([...CHART_IDS]);
  });

  it('has a menu entry for every chart, and presents the current quarter', () => {
    expect(page.menu.map((item) => item.href)).toEqual(CHART_IDS.map((id) => `#${id}`));
    expect(page.present).toEqual({ href: '/docs/quarters/2025-q2/present/', text: 'Present Q2 2025 so far' });
    expect(page.usualRule).toMatch(/^Usual: the median of the four quarters before\./);
  });

  it('is empty, with nothing to present, for an empty library', () => {
    const empty = { library: libraryOf([], '2025-04-01'), links: context.links };
    expect(trendsPage(empty, trendsOf(empty).embedded)).toMatchObject({ empty: true, charts: [], menu: [], present: undefined });
  });
});
