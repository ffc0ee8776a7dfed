/**
 * The incident log in a real browser: filters and order live in the URL (a reload, a shared link
 * and the back button keep them), the caption says what is shown, zero matches says so and offers
 * a way out, and on a phone each row is a card that is still a table row to a screen reader.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';

describe.skipIf(!hasBrowser)('the incident log in a browser', () => {
  const context = useBrowserAndSite();

  const open = async (path: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) => {
    const page = await context.browser.newPage(options);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${context.site.url}${path}`);
    return Object.assign(page, { errors });
  };
  const caption = (page: Page) => page.locator('table.incident-log caption').textContent();
  /** Ids and dates of the rows a reader can see, in order. */
  const visibleRows = (page: Page) =>
    page.locator('table.incident-log tbody tr:visible').evaluateAll((rows) =>
      rows.map((row) => ({ id: row.id, date: row.querySelector('time')!.getAttribute('datetime')!, nearMiss: row.hasAttribute('data-near-miss') })),
    );
  const query = (page: Page) => new URL(page.url()).search;

  it('lists every incident newest first without JavaScript, with the filters left out', async () => {
    const page = await open('/log/?show=near-miss&sort=date-asc', { javaScriptEnabled: false });
    // The HTML carries no roles its elements already have.
    expect(await page.locator('table.incident-log [role]').count()).toBe(0);
    const rows = await visibleRows(page);
    expect(rows.length).toBe(await page.locator('table.incident-log tbody tr').count());
    expect(rows.map((row) => row.date)).toEqual(rows.map((row) => row.date).sort().reverse());
    expect(await caption(page)).toBe(`${rows.length} incidents, newest first`);
    expect(await page.locator('[data-controls]').isVisible()).toBe(false);
    expect(await page.locator('[data-empty]').isVisible()).toBe(false);
    await page.close();
  });

  it('keeps the filter and the order in the URL through a reload and the back button', async () => {
    const page = await open('/log/');
    const all = await visibleRows(page);
    expect(await caption(page)).toBe(`${all.length} incidents, newest first`);
    const nearMisses = all.filter((row) => row.nearMiss);
    expect(nearMisses.length).toBeGreaterThan(1);

    await page.getByLabel('Near misses').check();
    expect(query(page)).toBe('?show=near-miss');
    expect(await visibleRows(page)).toEqual(nearMisses);
    expect(await caption(page)).toBe(`${nearMisses.length} of ${all.length} incidents: near misses, newest first`);

    await page.locator('thead th', { hasText: 'Date' }).getByRole('button').click();
    expect(query(page)).toBe('?show=near-miss&sort=date-asc');
    const oldestFirst = [...nearMisses].reverse();
    expect(await visibleRows(page)).toEqual(oldestFirst);
    expect(await caption(page)).toBe(`${nearMisses.length} of ${all.length} incidents: near misses, oldest first`);
    expect(await page.locator('[data-status]').textContent()).toBe(`${nearMisses.length} of ${all.length} incidents: near misses, oldest first.`);

    await page.reload();
    expect(await visibleRows(page)).toEqual(oldestFirst);
    expect(await caption(page)).toBe(`${nearMisses.length} of ${all.length} incidents: near misses, oldest first`);
    expect(await page.getByLabel('Near misses').isChecked()).toBe(true);
    expect(await page.getByLabel('Recurring causes').isChecked()).toBe(false);
    expect(await page.locator('thead th', { hasText: 'Date' }).getAttribute('aria-sort')).toBe('ascending');

    // Back steps through the changes: first the order, then the filter.
    await page.goBack();
    expect(query(page)).toBe('?show=near-miss');
    await expect.poll(() => visibleRows(page)).toEqual(nearMisses);
    expect(await caption(page)).toBe(`${nearMisses.length} of ${all.length} incidents: near misses, newest first`);
    await page.goBack();
    expect(query(page)).toBe('');
    await expect.poll(() => visibleRows(page)).toEqual(all);
    expect(await page.getByLabel('Near misses').isChecked()).toBe(false);

    // Away to an incident and back: the state comes back with the page.
    await page.goForward();
    await page.goForward();
    await expect.poll(() => visibleRows(page)).toEqual(oldestFirst);
    await page.locator('table.incident-log tbody tr:visible a').first().click();
    await page.waitForURL(/\/incidents\//);
    await page.goBack();
    expect(query(page)).toBe('?show=near-miss&sort=date-asc');
    await expect.poll(() => visibleRows(page)).toEqual(oldestFirst);
    expect(await caption(page)).toBe(`${nearMisses.length} of ${all.length} incidents: near misses, oldest first`);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens a shared link with its filters and order', async () => {
    const page = await open('/log/?show=overdue&sort=severity-asc');
    const rows = page.locator('table.incident-log tbody tr:visible');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.evaluateAll((list) => list.every((row) => row.hasAttribute('data-overdue')))).toBe(true);
    const ranks = await rows.locator('td:nth-child(3)').evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.sortValue)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(await caption(page)).toMatch(/^\d+ of \d+ incidents: with overdue actions, most severe first$/);
    expect(await page.getByLabel('With overdue actions').isChecked()).toBe(true);
    await page.close();
  });

  it('says when nothing matches, and clears the filters in one click', async () => {
    // The sample library has no near miss with a recurring cause.
    const page = await open('/log/?show=recurring&show=near-miss');
    const total = await page.locator('table.incident-log tbody tr').count();
    expect(await visibleRows(page)).toEqual([]);
    expect(await caption(page)).toBe(`0 of ${total} incidents: recurring causes and near misses, newest first`);
    const empty = page.locator('[data-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain('No incident matches these filters.');
    expect(await axeViolations(page)).toEqual([]);

    await empty.getByRole('button', { name: 'Show every incident' }).click();
    expect(await visibleRows(page)).toHaveLength(total);
    expect(query(page)).toBe('');
    expect(await caption(page)).toBe(`${total} incidents, newest first`);
    expect(await empty.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('recurring');
    await page.close();
  });

  it('words the caption of a quarter\'s incidents with the quarter', async () => {
    const page = await open('/quarters/2024-q3/');
    await page.getByLabel('Recurring causes').check();
    expect(await caption(page)).toMatch(/^\d+ of \d+ incidents in Q3 2024: recurring causes, newest first$/);
    expect(query(page)).toBe('?show=recurring');
    await page.close();
  });

  it('shows each incident as a card on a phone, still a table row to a screen reader', async () => {
    const page = await open('/log/', { viewport: { width: 390, height: 844 } });
    const total = await page.locator('table.incident-log tbody tr').count();
    const first = page.locator('table.incident-log tbody tr').first();
    const layout = await first.evaluate((row) => {
      const box = (selector: string) => row.querySelector(selector)!.getBoundingClientRect();
      return {
        display: getComputedStyle(row).display,
        row: row.getBoundingClientRect().toJSON() as DOMRect,
        title: box('th'),
        date: box('td.when'),
        services: box('td:nth-child(5)'),
        cause: box('td:nth-child(6)'),
      };
    });
    expect(layout.display).not.toBe('table-row');
    // Title first, then date, then services and cause each on a line of their own, all inside the card.
    expect(layout.title.bottom).toBeLessThanOrEqual(layout.date.top);
    expect(layout.date.bottom).toBeLessThanOrEqual(layout.services.top);
    expect(layout.services.bottom).toBeLessThanOrEqual(layout.cause.top);
    expect(layout.row.right).toBeLessThanOrEqual(390);
    const scroller = await page.locator('.table-frame__scroll').evaluate((frame) => frame.scrollWidth - frame.clientWidth);
    expect(scroller).toBeLessThanOrEqual(1);
    // Still a table: explicit roles while the cards show, and the browser's accessibility tree
    // has one row per incident and the header, each incident's title its row header.
    expect(await first.getAttribute('role')).toBe('row');
    expect(await first.locator('th').getAttribute('role')).toBe('rowheader');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; ignored: boolean }[] };
    const roles = nodes.filter((node) => !node.ignored).map((node) => node.role?.value);
    const count = (role: string) => roles.filter((value) => value === role).length;
    expect(count('row')).toBe(total + 1);
    expect(count('rowheader')).toBe(total);
    expect(count('columnheader')).toBe(8);
    // The headers become sort buttons.
    await page.getByRole('button', { name: /Severity/ }).click();
    expect(await caption(page)).toBe(`${total} incidents, most severe first`);
    expect(await page.locator('table.incident-log tbody tr:first-child .badge').first().textContent()).toBe('SEV1');
    await page.close();
  });
});
