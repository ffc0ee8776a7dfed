/**
 * The incident page in a real browser: its contents lead to its headings, the summary block's
 * lists have clean separators, a near miss says it had no customer impact, the timeline tells
 * noticed and missed signals apart without colour, and the page prints as a document.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '../../scripts/lib/page-types';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';

const INCIDENT = PAGE_TYPES.incident!;
const NEAR_MISS = PAGE_TYPES['near-miss']!;

/** A4 at 96 px per inch, less the page's print margins (15 mm top and bottom, 14 mm each side). */
const PRINTED = { width: Math.floor(((210 - 28) / 25.4) * 96), height: Math.floor(((297 - 30) / 25.4) * 96) };

describe.skipIf(!hasBrowser)('the incident page in a browser', () => {
  const context = useBrowserAndSite();

  async function open(address: string, width = 1280, height = 720): Promise<Page> {
    const page = await context.browser.newPage({ viewport: { width, height } });
    await page.goto(`${context.site.url}${address}`, { waitUntil: 'networkidle' });
    return page;
  }

  it('lists its own sections and the narrative\'s headings in its contents, each leading to its heading', async () => {
    const page = await open(INCIDENT);
    const entries = await page.locator('.incident-toc a').evaluateAll((links) =>
      links.map((link) => {
        const target = document.getElementById(decodeURIComponent(new URL((link as HTMLAnchorElement).href).hash.slice(1)));
        return { text: link.textContent, target: target?.tagName, targetText: target?.textContent };
      }),
    );
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect(entry).toEqual({ text: entry.text, target: 'H2', targetText: entry.text });
    expect(entries.map((entry) => entry.text)).toEqual(expect.arrayContaining(['Impact', 'What happened', 'Timeline', 'Actions', 'Earlier and related incidents']));
    await page.close();
  });

  it('shows its contents beside the page on a wide screen and folds them on a phone', async () => {
    const wide = await open(INCIDENT, 1280, 720);
    const contents = wide.locator('.incident-toc');
    expect(await contents.locator('a').first().isVisible()).toBe(true);
    const [toc, body] = await Promise.all([contents.boundingBox(), wide.locator('.incident__body').boundingBox()]);
    expect(toc!.x).toBeGreaterThanOrEqual(body!.x + body!.width);
    await wide.close();

    const phone = await open(INCIDENT, 390, 844);
    const folded = phone.locator('.incident-toc');
    expect(await folded.locator('a').first().isVisible()).toBe(false);
    await folded.locator('summary').click();
    expect(await folded.locator('a').first().isVisible()).toBe(true);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.close();
  });

  it('separates the summary block\'s services and tags with a comma after each but the last, never before one', async () => {
    const page = await open(INCIDENT, 390, 844);
    const summary = page.locator('.incident-summary');
    expect(await summary.textContent()).not.toMatch(/\s,/);
    const lists = await summary.locator('.inline-list').evaluateAll((lists) =>
      lists.map((list) => [...list.children].map((item) => ({ text: item.textContent, after: getComputedStyle(item, '::after').content }))),
    );
    expect(lists).toHaveLength(2);
    for (const items of lists) {
      expect(items.length).toBeGreaterThan(1);
      expect(items.map((item) => item.after)).toEqual([...items.slice(1).map(() => '", "'), 'none']);
      expect(items.every((item) => item.text === item.text?.trim())).toBe(true);
    }
    await page.close();
  });

  it('says a near miss had no customer impact, in the summary block and the figures, never "not known"', async () => {
    const page = await open(NEAR_MISS);
    const duration = page.locator('.incident-summary div', { has: page.locator('dt', { hasText: 'Impact duration' }) }).locator('dd');
    expect(await duration.textContent()).toBe('No customer impact');
    const figures = await page.locator('.incident-figures > div').evaluateAll((cards) => cards.map((card) => [card.querySelector('dt')!.textContent, card.querySelector('dd')!.textContent]));
    expect(figures).toContainEqual(['Time to detect', 'No customer impact']);
    expect(figures).toContainEqual(['Impact duration', 'No customer impact']);
    expect((await page.locator('.incident-figures').textContent())!.toLowerCase()).not.toContain('not known');
    await page.close();
  });

  it('marks noticed and missed signals apart by shape, label and border, not by colour alone', async () => {
    const page = await open(NEAR_MISS);
    const marks = await page.locator('.timeline > li.noticed, .timeline > li.missed').evaluateAll((events) =>
      events.map((event) => {
        const body = event.querySelector(':scope > div')!;
        return {
          kind: event.className,
          label: event.querySelector('b')!.textContent,
          mark: getComputedStyle(body, '::before').content,
          rail: getComputedStyle(body).borderLeftStyle,
        };
      }),
    );
    expect(marks).toContainEqual({ kind: 'noticed', label: 'Signal noticed', mark: '"✓" / ""', rail: 'solid' });
    expect(marks).toContainEqual({ kind: 'missed', label: 'Missed signal', mark: '"✗" / ""', rail: 'dashed' });
    await page.close();
  });

  it('prints as a document: no header, contents or controls, and the title and summary block on the first page', async () => {
    const page = await context.browser.newPage({ viewport: PRINTED });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${context.site.url}${INCIDENT}`, { waitUntil: 'networkidle' });
    const shown = await page.evaluate(() => {
      const visible = (element: Element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      const arrows = [...document.querySelectorAll('body *')].filter((element) => /[↕▲▼]/.test(getComputedStyle(element, '::after').content) && visible(element));
      return {
        controls: [...document.querySelectorAll('header.site-header, nav, input, button, select, summary, .table-frame__cue')].filter(visible).map((element) => element.outerHTML.slice(0, 80)),
        arrows: arrows.length,
        forcedBreaks: [...document.querySelectorAll('main *')].filter((element) => ['page', 'always'].includes(getComputedStyle(element).breakBefore) || ['page', 'always'].includes(getComputedStyle(element).breakAfter)).length,
        summaryBottom: document.querySelector('.incident-summary')!.getBoundingClientRect().bottom - document.querySelector('main')!.getBoundingClientRect().top,
        height: document.querySelector('main')!.getBoundingClientRect().height,
      };
    });
    expect(shown.controls).toEqual([]);
    expect(shown.arrows).toBe(0);
    expect(shown.forcedBreaks).toBe(0);
    // The title and the summary block fit on page 1, with room left for the content to follow.
    expect(shown.summaryBottom).toBeLessThan(PRINTED.height * 0.8);
    // The content flows: no more pages than its height needs, give or take the breaks kept out of events and rows.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeLessThanOrEqual(Math.ceil(shown.height / PRINTED.height) + 1);
    await page.close();
  });
});
