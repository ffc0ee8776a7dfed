/**
 * Search, browse and the log in a real browser, against the built sample library.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';


describe.skipIf(!hasBrowser)('in a browser', () => {
  const context = useBrowserAndSite();

  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await context.browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${context.site.url}${path}`);
    (page as Page & { errors: string[] }).errors = errors;
    return page;
  }

  const status = (page: Page) => page.locator('[data-status]');
  const resultTitles = (page: Page) => page.locator('[data-results] .result-title').allTextContents();
  /** Every result's title: the page lists ten, then "Show 10 more of N" until all are listed. */
  const allResultTitles = async (page: Page) => {
    const more = page.locator('[data-more] button');
    while (await more.isVisible()) {
      const listed = (await resultTitles(page)).length;
      expect(await more.textContent()).toMatch(/^Show \d+ more of \d+$/);
      await more.click();
      await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(listed);
    }
    return resultTitles(page);
  };
  const waitForResults = (page: Page, pattern: RegExp) => expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(pattern);
  const focused = (page: Page) => page.evaluate(() => (document.activeElement?.matches('[data-results-heading]') ? 'results heading' : (document.activeElement?.id || document.activeElement?.tagName.toLowerCase())));
  const phone = { width: 390, height: 844 };

  it('finds the write-up a reader remembers by typing a query', async () => {
    const page = await open('/search/');
    await waitForResults(page, /^All 22 write-ups, newest first/);
    await page.locator('#search-query').fill('push certificate');
    await waitForResults(page, /match(es)? “push certificate”/);
    expect((await resultTitles(page))[0]).toBe('iOS push notifications stopped for two days when the push certificate expired');
    expect(await page.locator('[data-results] mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows results with a filter, and the filter count is the number of results', async () => {
    const page = await open('/search/?q=expired');
    await waitForResults(page, /match(es)? “expired”/);
    const option = page.locator('fieldset[data-facet="cause"] label', { hasText: 'Expiring certificates and credentials' });
    const shown = Number(await option.locator('[data-count-for]').textContent());
    const before = (await allResultTitles(page)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(before);
    await option.locator('input').check();
    await waitForResults(page, new RegExp(`^${shown} write-ups? match(es)? “expired” with root cause Expiring certificates and credentials\\.$`));
    expect(await allResultTitles(page)).toHaveLength(shown);
    expect(new URL(page.url()).searchParams.getAll('cause')).toEqual(['Expiring certificates and credentials']);
    await page.close();
  });

  it.each(['severity', 'type', 'cause', 'service', 'team', 'year', 'near-miss', 'recurring'])(
    'filters by %s alone, with counts that match the results',
    async (facet) => {
      const page = await open('/search/');
      await waitForResults(page, /^All 22 write-ups/);
      expect(await resultTitles(page)).toHaveLength(10);
      const option = page.locator(`fieldset[data-facet="${facet}"] label`).first();
      const value = await option.locator('input').getAttribute('value');
      const shown = Number(await option.locator('[data-count-for]').textContent());
      expect(shown).toBeGreaterThan(0);
      await option.locator('input').check();
      await waitForResults(page, new RegExp(`^${shown} write-ups? (?!match)\\w`));
      expect(await allResultTitles(page)).toHaveLength(shown);
      expect(new URL(page.url()).searchParams.get(facet)).toBe(value);
      await page.close();
    },
  );

  it('restores query, sort and filters from a shared URL, and the back button returns to the previous search', async () => {
    const page = await open('/search/?q=billing&severity=SEV2&sort=date-asc');
    await waitForResults(page, /match(es)? “billing” in SEV2, oldest first\.$/);
    expect(await page.locator('#search-query').inputValue()).toBe('billing');
    expect(await page.locator('fieldset[data-facet="severity"] input[value="SEV2"]').isChecked()).toBe(true);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('date-asc');
    const severities = await page.locator('[data-results] [data-field="severity"]').allTextContents();
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['SEV2']));
    const dates = await page.locator('[data-results] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort());

    await page.locator('fieldset[data-facet="severity"] input[value="SEV2"]').uncheck();
    await waitForResults(page, /match(es)? “billing”, oldest first\.$/);
    await page.goBack();
    await waitForResults(page, /“billing” in SEV2/);
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
    await waitForResults(page, /match(es)? “allergen”/);
    expect(await resultTitles(page)).toContain('Nightly reconciliation sent allergen boxes after a silent API shape change');
    // The reader asked for results: focus is on them, not left on <body>.
    await expect.poll(() => focused(page)).toBe('results heading');
    await page.close();
  });

  it('shows the first result within the first screen of a phone, and moves focus to the results only on submit', async () => {
    const page = await open('/search/', phone);
    await waitForResults(page, /^All 22 write-ups/);
    expect(await focused(page)).toBe('search-query');
    await page.locator('#search-query').pressSequentially('certificate');
    await waitForResults(page, /match(es)? “certificate”/);
    // Typing searches as it goes, and leaves focus in the box.
    expect(await focused(page)).toBe('search-query');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('results heading');
    const top = await page.locator('[data-results] > li').first().evaluate((card) => card.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThanOrEqual(phone.height);
    expect(await page.locator('[data-results] > li').first().locator('.badge').first().textContent()).toMatch(/^SEV\d$/);
    expect(await page.locator('[data-results] > li').first().locator('.result-card__facts').textContent()).toMatch(/Root cause.*Services/);
    await page.close();
  });

  it('opens the filters from a button on a phone; a ticked filter shows as a chip and in the URL, and a reload keeps it', async () => {
    const page = await open('/search/?q=certificate', phone);
    await waitForResults(page, /match(es)? “certificate”/);
    const filters = page.locator('#search-filters');
    const toggle = page.locator('[data-filters-toggle]');
    expect(await filters.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await filters.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const option = filters.locator('fieldset[data-facet="severity"] label', { hasText: 'SEV2' });
    const shown = Number(await option.locator('[data-count-for]').textContent());
    await option.click();
    await waitForResults(page, new RegExp(`^${shown} write-ups? match(es)? “certificate” in SEV2\\.$`));
    expect(await toggle.textContent()).toContain('Filters (1 active)');
    await page.locator('[data-filters-done]').click();
    expect(await filters.isVisible()).toBe(false);
    expect(await focused(page)).toBe('results heading');
    const chips = page.locator('[data-chips] button');
    expect(await chips.allTextContents()).toEqual(['Severity: SEV2']);
    expect(new URL(page.url()).searchParams.getAll('severity')).toEqual(['SEV2']);

    await page.reload();
    await waitForResults(page, /in SEV2\.$/);
    expect(await chips.allTextContents()).toEqual(['Severity: SEV2']);
    expect(await page.locator('fieldset[data-facet="severity"] input[value="SEV2"]').isChecked()).toBe(true);
    expect(await allResultTitles(page)).toHaveLength(shown);

    // Removing the chip removes the filter, from the URL too.
    await chips.first().click();
    await waitForResults(page, /match(es)? “certificate”\.$/);
    expect(new URL(page.url()).searchParams.has('severity')).toBe(false);
    expect(await page.locator('[data-chips]').isVisible()).toBe(false);
    await page.close();
  });

  it('offers "did you mean" with a word of the index when nothing matches, and the suggestion finds write-ups', async () => {
    const words = (await (await fetch(`${context.site.url}/search/words.json`)).json()) as string[];
    const page = await open('/search/?q=warehuose', phone);
    await waitForResults(page, /^No write-ups match “warehuose”\.$/);
    const suggestion = page.locator('[data-did-you-mean] a').first();
    await suggestion.waitFor();
    const word = (await suggestion.textContent())!;
    expect(words).toContain(word);
    expect(await page.locator('[data-empty]').getByRole('link', { name: 'Root causes' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await suggestion.click();
    await waitForResults(page, new RegExp(`^\\d+ write-ups? match(es)? “${word}”`));
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    expect(await focused(page)).toBe('results heading');
    expect(await page.locator('[data-empty]').isVisible()).toBe(false);
    await page.close();
  });

  it('suggests removing each filter when the filters leave nothing, with what each would find', async () => {
    const page = await open('/search/?q=certificate&severity=SEV1');
    await waitForResults(page, /^No write-ups match “certificate” in SEV1\.$/);
    const widen = page.locator('[data-widen] li');
    await widen.first().waitFor();
    expect(await widen.first().textContent()).toMatch(/^Without Severity: SEV1 \d+ write-ups?$/);
    await widen.first().locator('a').click();
    await waitForResults(page, /match(es)? “certificate”\.$/);
    await page.close();
  });

  it('opens the search page with the / key where the header shows no box, and focuses its box', async () => {
    const page = await open('/incidents/2024-03-06-allergen-reconciliation/', phone);
    await page.keyboard.press('/');
    await page.waitForURL(/\/search\/$/);
    await waitForResults(page, /^All 22 write-ups/);
    expect(await focused(page)).toBe('search-query');
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
      if (path.startsWith('/search/')) await waitForResults(page, /match/);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    },
  );
});
