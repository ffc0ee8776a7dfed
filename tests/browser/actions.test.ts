/**
 * The action board for the monthly follow-up meeting, in a real browser: open work first, with
 * or without JavaScript, done and dropped actions one click away, the chosen view kept in the URL,
 * and how long each overdue action and review is overdue.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';

describe.skipIf(!hasBrowser)('the action board in a browser', () => {
  const context = useBrowserAndSite();

  /** Status and overdue flag of every action row a reader can see. */
  const visibleRows = (page: Page) =>
    page.locator('[data-owner] tbody tr:visible').evaluateAll((rows) =>
      rows.map((row) => ({ status: (row as HTMLElement).dataset.status!, overdue: row.hasAttribute('data-overdue') })),
    );
  const figure = async (page: Page, label: string) => Number(await page.locator('.action-summary div', { has: page.locator('dt', { hasText: label }) }).locator('dd').first().textContent());
  const query = (page: Page) => new URL(page.url()).search;
  const isOpen = (row: { status: string }) => row.status === 'open' || row.status === 'in-progress';

  it('shows open work first without JavaScript, done and dropped folded under each owner', async () => {
    const page = await context.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${context.site.url}/actions/`);
    const total = await page.locator('[data-owner] tbody tr').count();
    expect(total).toBeGreaterThan(40);
    const open = await visibleRows(page);
    expect(open.length).toBe(await figure(page, 'Open actions'));
    expect(open.every(isOpen)).toBe(true);
    expect(await page.locator('[data-filters]').isVisible()).toBe(false);
    // One click on an owner's summary shows the done and dropped ones.
    const owner = page.locator('[data-owner]', { has: page.locator('details') }).first();
    await owner.locator('summary').click();
    const unfolded = await owner.locator('details tbody tr:visible').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.status));
    expect(unfolded.length).toBeGreaterThan(0);
    expect(unfolded.every((status) => status === 'done' || status === 'dropped')).toBe(true);
    await page.close();
  });

  it('sums up open, overdue and the oldest overdue action at the top', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.url}/actions/`);
    const overdue = await page.locator('[data-owner] tr[data-overdue]').count();
    expect(await figure(page, 'Overdue')).toBe(overdue);
    const oldest = page.locator('.action-summary div', { has: page.locator('dt', { hasText: 'Oldest overdue' }) });
    expect(await oldest.locator('dd').first().textContent()).toMatch(/^\d+ (days?|weeks?|months?|years?)( \d+ months?)?$/);
    // Its link leads to the owner's board, where the action is marked overdue.
    await oldest.getByRole('link').click();
    const owner = page.locator(`[data-owner]:has(${await page.evaluate(() => location.hash)})`);
    expect(await owner.locator('tr[data-overdue]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows how long each overdue action and review is overdue, open actions by due date', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.url}/actions/`);
    const badges = await page.locator('[data-owner] tr[data-overdue] .badge--overdue').allTextContents();
    expect(badges.length).toBe(await page.locator('[data-owner] tr[data-overdue]').count());
    expect(badges.every((text) => /^Overdue \d+ (day|week|month|year)/.test(text))).toBe(true);
    const reviews = page.locator('section', { has: page.getByRole('heading', { name: 'Follow-up reviews due' }) });
    expect(await reviews.locator('tbody tr').count()).toBeGreaterThan(0);
    const openCounts = await reviews.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(openCounts.every((count) => Number(count) > 0)).toBe(true);
    const lateness = await reviews.locator('tbody tr td:first-child .badge').allTextContents();
    expect(lateness).toHaveLength(openCounts.length);
    expect(lateness.every((text) => /^(Overdue \d+ (day|week|month|year)|Due today)/.test(text))).toBe(true);
    // Within each owner, open actions by due date.
    const dues = await page.locator('[data-owner]').evaluateAll((sections) =>
      sections.map((section) => [...section.querySelectorAll(':scope > .table-frame tbody time')].map((time) => time.getAttribute('datetime')!)),
    );
    for (const list of dues) expect(list).toEqual([...list].sort());
    await page.close();
  });

  it('narrows the board to overdue actions or shows everything, with the view kept in the URL', async () => {
    const page = await context.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${context.site.url}/actions/`);
    const total = await page.locator('[data-owner] tbody tr').count();
    const openCount = await figure(page, 'Open actions');
    expect(await page.getByRole('radio', { name: /^Open/ }).isChecked()).toBe(true);
    expect((await visibleRows(page)).every(isOpen)).toBe(true);
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(new RegExp(`^Showing ${openCount} of ${total} actions`));

    await page.getByRole('radio', { name: /^Overdue only/ }).check();
    expect(query(page)).toBe('?show=overdue');
    const overdue = await visibleRows(page);
    expect(overdue.length).toBe(await figure(page, 'Overdue'));
    expect(overdue.every((row) => row.overdue)).toBe(true);
    expect(await page.locator('[data-owner] details:visible').count()).toBe(0);
    // An owner with nothing overdue is hidden altogether.
    const owners = await page.locator('[data-owner]').evaluateAll((sections) =>
      sections.map((section) => ({ hidden: (section as HTMLElement).hidden, overdue: section.querySelectorAll('tr[data-overdue]').length })),
    );
    expect(owners.every((owner) => owner.hidden === (owner.overdue === 0))).toBe(true);

    await page.getByRole('radio', { name: /^All, with done and dropped/ }).check();
    expect(query(page)).toBe('?show=all');
    const all = await visibleRows(page);
    expect(all).toHaveLength(total);
    expect(all.some((row) => row.status === 'done')).toBe(true);
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(new RegExp(`^Showing ${total} of ${total} actions`));

    await page.reload();
    expect(await page.getByRole('radio', { name: /^All, with done and dropped/ }).isChecked()).toBe(true);
    await expect.poll(async () => (await visibleRows(page)).length).toBe(total);

    await page.goBack();
    expect(query(page)).toBe('?show=overdue');
    await expect.poll(async () => (await visibleRows(page)).length).toBe(overdue.length);
    expect(await page.getByRole('radio', { name: /^Overdue only/ }).isChecked()).toBe(true);
    await page.goBack();
    expect(query(page)).toBe('');
    await expect.poll(async () => (await visibleRows(page)).every(isOpen)).toBe(true);
    expect(await page.locator('[data-owner] details[open]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared link to the overdue actions', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.url}/actions/?show=overdue`);
    expect(await page.getByRole('radio', { name: /^Overdue only/ }).isChecked()).toBe(true);
    const rows = await visibleRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.overdue)).toBe(true);
    await page.close();
  });

  it('shows each action as a card on a phone, with nothing wider than the screen', async () => {
    const page = await context.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${context.site.url}/actions/`);
    const widths = await page.locator('.table-frame__scroll').evaluateAll((frames) => frames.map((frame) => frame.scrollWidth - frame.clientWidth));
    expect(widths.every((extra) => extra <= 1)).toBe(true);
    const row = page.locator('[data-owner] tbody tr').first();
    expect(await row.evaluate((element) => getComputedStyle(element).display)).not.toBe('table-row');
    expect(await row.getAttribute('role')).toBe('row');
    expect(await row.locator('td').first().getAttribute('role')).toBe('cell');
    expect(await page.getByRole('region', { name: /^Actions owned by/ }).first().getByRole('columnheader').count()).toBe(4);
    await page.close();
  });

  it('has no accessibility violations (axe-core), light and dark, folded and unfolded', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of ['/actions/', '/actions/?show=all']) {
        const page = await context.browser.newPage({ colorScheme });
        await page.goto(`${context.site.url}${path}`);
        const violations = await axeViolations(page);
        expect(violations, `${path} ${colorScheme}`).toEqual([]);
        await page.close();
      }
    }
  });
});
