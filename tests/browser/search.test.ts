/**
 * Search, browse and the log in a real browser, against the built sample library.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';


describe.skipIf(!hasBrowser)('in a browser', () => {
  const context = useBrowserAndSite();

  async function open(path: string): Promise<Page> {
    const page = await context.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${context.site.url}${path}`);
    (page as Page & { errors: string[] }).errors = errors;
    return page;
  }

  const status = (page: Page) => page.locator('[data-status]');
  const resultTitles = (page: Page) => page.locator('[data-results] .result-title').allTextContents();
  const waitForResults = (page: Page, pattern: RegExp) => expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(pattern);

  it('finds the write-up a reader remembers by typing a query', async () => {
    const page = await open('/search/');
    await waitForResults(page, /Every write-up/);
    await page.locator('#search-query').fill('push certificate');
    await waitForResults(page, /found for “push certificate”/);
    expect((await resultTitles(page))[0]).toBe('iOS push notifications stopped for two days when the push certificate expired');
    expect(await page.locator('[data-results] mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows results with a filter, and the filter count is the number of results', async () => {
    const page = await open('/search/?q=expired');
    await waitForResults(page, /found for “expired”/);
    const option = page.locator('fieldset[data-facet="cause"] label', { hasText: 'Expiring certificates and credentials' });
    const shown = Number(await option.locator('[data-count-for]').textContent());
    const before = (await resultTitles(page)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(before);
    await option.locator('input').check();
    await waitForResults(page, new RegExp(`^${shown} write-ups? found for “expired” with the chosen filters`));
    expect(await resultTitles(page)).toHaveLength(shown);
    expect(new URL(page.url()).searchParams.getAll('cause')).toEqual(['Expiring certificates and credentials']);
    await page.close();
  });

  it.each(['severity', 'type', 'cause', 'service', 'team', 'year', 'near-miss', 'recurring'])(
    'filters by %s alone, with counts that match the results',
    async (facet) => {
      const page = await open('/search/');
      await waitForResults(page, /Every write-up/);
      const option = page.locator(`fieldset[data-facet="${facet}"] label`).first();
      const value = await option.locator('input').getAttribute('value');
      const shown = Number(await option.locator('[data-count-for]').textContent());
      expect(shown).toBeGreaterThan(0);
      await option.locator('input').check();
      await waitForResults(page, new RegExp(`^${shown} write-ups? found with the chosen filters`));
      expect(new URL(page.url()).searchParams.get(facet)).toBe(value);
      await page.close();
    },
  );

  it('restores query, sort and filters from a shared URL, and the back button returns to the previous search', async () => {
    const page = await open('/search/?q=billing&severity=SEV2&sort=date-asc');
    await waitForResults(page, /found for “billing” with the chosen filters/);
    expect(await page.locator('#search-query').inputValue()).toBe('billing');
    expect(await page.locator('fieldset[data-facet="severity"] input[value="SEV2"]').isChecked()).toBe(true);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('date-asc');
    const severities = await page.locator('[data-results] .badge').allTextContents();
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['SEV2']));
    const dates = await page.locator('[data-results] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort());

    await page.locator('fieldset[data-facet="severity"] input[value="SEV2"]').uncheck();
    await waitForResults(page, /found for “billing”\.$/);
    await page.goBack();
    await waitForResults(page, /with the chosen filters/);
    expect(await page.locator('fieldset[data-facet="severity"] input[value="SEV2"]').isChecked()).toBe(true);
    await page.close();
  });

  it('focuses the search box with the / key, and the header box leads to the search page', async () => {
    const page = await open('/incidents/2024-03-06-allergen-reconciliation/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('allergen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=allergen/);
    await waitForResults(page, /found for “allergen”/);
    expect(await resultTitles(page)).toContain('Nightly reconciliation sent allergen boxes after a silent API shape change');
    await page.close();
  });

  it('loads no search code on an incident page until search is used', async () => {
    context.site.resetLog();
    const page = await open('/incidents/2024-03-06-allergen-reconciliation/');
    await page.waitForLoadState('networkidle');
    expect(context.site.served.filter((request) => request.path.includes('pagefind'))).toEqual([]);
    await page.close();
  });

  it('sorts the incident log by a column, and it is complete without JavaScript', async () => {
    const page = await open('/log/');
    const rows = page.locator('table.incident-log tbody tr');
    const count = await rows.count();
    await page.locator('th', { hasText: 'Severity' }).locator('button').click();
    const severities = await page.locator('table.incident-log tbody tr td:nth-child(3)').allTextContents();
    expect(severities.map((s) => s.trim())).toEqual([...severities.map((s) => s.trim())].sort());
    expect(await rows.count()).toBe(count);
    const noScript = await context.browser.newPage({ javaScriptEnabled: false });
    await noScript.goto(`${context.site.url}/log/`);
    expect(await noScript.locator('table.incident-log tbody tr').count()).toBe(count);
    await noScript.goto(`${context.site.url}/search/`);
    expect(await noScript.locator('noscript').count()).toBeGreaterThan(0);
    await noScript.close();
    await page.close();
  });

  it('filters the log to recurring incidents and to those with overdue actions', async () => {
    const page = await open('/log/');
    const visible = page.locator('table.incident-log tbody tr:not([hidden])');
    const all = await visible.count();
    await page.getByLabel('Recurring causes').check();
    const recurring = await visible.count();
    expect(recurring).toBeGreaterThan(0);
    expect(recurring).toBeLessThan(all);
    expect(await visible.locator('.badge--recurring').count()).toBe(recurring);
    await page.getByLabel('Recurring causes').uncheck();
    await page.getByLabel('With overdue actions').check();
    const overdue = await visible.count();
    expect(await visible.locator('.badge--overdue').count()).toBe(overdue);
    expect(overdue).toBeLessThan(all);
    await page.close();
  });

  it.each(['/', '/incidents/2024-09-30-billing-run-checkout-outage/', '/log/', '/search/?q=database', '/start-here/', '/causes/capacity-planning/', '/services/reconciliation/'])(
    'has no accessibility violations (axe-core) on %s',
    async (path) => {
      const page = await open(path);
      if (path.startsWith('/search/')) await waitForResults(page, /found/);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    },
  );
});
