/**
 * The action board for the monthly follow-up meeting, in a real browser: everything is listed
 * without JavaScript, and the checkboxes narrow it by status and to overdue actions.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';


describe.skipIf(!hasBrowser)('the action board in a browser', () => {
  const context = useBrowserAndSite();

  /** Status and overdue flag of every row a reader can see. */
  const visibleRows = (page: Page) =>
    page.locator('[data-owner] tbody tr:visible').evaluateAll((rows) =>
      rows.map((row) => ({ status: (row as HTMLElement).dataset.status!, overdue: (row as HTMLElement).dataset.overdue === 'true' })),
    );

  it('lists every action without JavaScript, with the filters left out', async () => {
    const page = await context.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${context.site.url}/actions/`);
    const total = await page.locator('[data-owner] tbody tr').count();
    expect(total).toBeGreaterThan(40);
    expect(await visibleRows(page)).toHaveLength(total);
    expect(await page.locator('[data-filters]').isVisible()).toBe(false);
    // The lede's count is the board's.
    expect(await page.locator('.lede').textContent()).toMatch(new RegExp(`${total} actions`));
    await page.close();
  });

  it('narrows the board by status and to overdue actions, hiding owners left with none', async () => {
    const page = await context.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${context.site.url}/actions/`);
    const total = await page.locator('[data-owner] tbody tr').count();
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toMatch(new RegExp(`^Showing ${total} of ${total} actions`));

    await page.getByLabel('Done', { exact: true }).uncheck();
    await page.getByLabel('Dropped', { exact: true }).uncheck();
    const open = await visibleRows(page);
    expect(open.length).toBeGreaterThan(0);
    expect(new Set(open.map((row) => row.status))).toEqual(new Set(['open', 'in-progress']));

    await page.getByLabel('Only overdue').check();
    const overdue = await visibleRows(page);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((row) => row.overdue)).toBe(true);
    const overdueInLede = Number(/(\d+) overdue/.exec((await page.locator('.lede').textContent())!)![1]);
    expect(overdue).toHaveLength(overdueInLede);
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toMatch(new RegExp(`^Showing ${overdue.length} of ${total} actions`));
    // An owner with nothing overdue is hidden altogether.
    const owners = await page.locator('[data-owner]').evaluateAll((sections) =>
      sections.map((section) => ({ hidden: (section as HTMLElement).hidden, overdue: section.querySelectorAll('tr[data-overdue="true"]').length })),
    );
    expect(owners.every((owner) => owner.hidden === (owner.overdue === 0))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the follow-up reviews that are due, with their open actions', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.url}/actions/`);
    const due = page.locator('section', { has: page.getByRole('heading', { name: 'Follow-up reviews due' }) });
    const rows = await due.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const openCounts = await due.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(openCounts.every((count) => Number(count) > 0)).toBe(true);
    await page.close();
  });

  it('has no accessibility violations (axe-core), light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await context.browser.newPage({ colorScheme });
      await page.goto(`${context.site.url}/actions/`);
      const violations = await axeViolations(page);
      expect(violations, colorScheme).toEqual([]);
      await page.close();
    }
  });
});
