/**
 * Quarterly planning in a real browser: every quarter from the first incident's to the current
 * one has a page and slides; the slides move with the keyboard and keep their place in the
 * address; no slide text is under 24 px at 1920 × 1080 and nothing is cut off at 1280 × 720;
 * printing gives one slide per page; without JavaScript the slides are one long page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { quarterRange } from '../../src/lib/quarters';
import { SAMPLE_TODAY } from '../build-site';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';

/** The sample's first incident is in January 2024. */
const QUARTERS = quarterRange('2024-Q1', `${SAMPLE_TODAY.slice(0, 4)}-Q${Math.ceil(Number(SAMPLE_TODAY.slice(5, 7)) / 3)}`).map((quarter) => quarter.toLowerCase());
const PRESENTED = '2024-q3';

describe.skipIf(!hasBrowser)('quarterly planning in a browser', () => {
  const context = useBrowserAndSite();
  const deck = (page: Page, hash = '') => page.goto(`${context.site.url}/quarters/${PRESENTED}/present/${hash}`, { waitUntil: 'networkidle' });
  const shown = (page: Page) => page.locator('.slide:visible').evaluateAll((slides) => slides.map((slide) => slide.id));

  it('has a page and slides for every quarter from the first incident to the current one, quiet quarters too', async () => {
    expect(QUARTERS[0]).toBe('2024-q1');
    expect(QUARTERS.at(-1)).toBe('2026-q4');
    for (const quarter of QUARTERS) {
      for (const address of [`/quarters/${quarter}/`, `/quarters/${quarter}/present/`]) {
        const response = await fetch(`${context.site.url}${address}`);
        expect(response.status, address).toBe(200);
      }
    }
    const page = await context.browser.newPage();
    await page.goto(`${context.site.url}/quarters/`);
    const listed = await page.locator('.quarters-table tbody th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(listed).toEqual([...QUARTERS].reverse().map((quarter) => `/quarters/${quarter}/`));
    await page.close();
  });

  it('moves between slides with the arrow keys, space, Home and End, keeping the slide in the address', async () => {
    const page = await context.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await deck(page);
    const total = await page.locator('.slide').count();
    expect(await shown(page)).toEqual(['slide-1']);
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toEqual(['slide-2']);
    expect(new URL(page.url()).hash).toBe('#slide-2');
    await page.keyboard.press('Space');
    expect(await shown(page)).toEqual(['slide-3']);
    await page.keyboard.press('Shift+Space');
    await page.keyboard.press('ArrowLeft');
    expect(await shown(page)).toEqual(['slide-1']);
    await page.keyboard.press('End');
    expect(await shown(page)).toEqual([`slide-${total}`]);
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toEqual([`slide-${total}`]);
    await page.keyboard.press('Home');
    expect(new URL(page.url()).hash).toBe('#slide-1');
    // A reload, or a link someone shared, opens the same slide.
    await deck(page, '#slide-4');
    expect(await shown(page)).toEqual(['slide-4']);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await shown(page)).toEqual(['slide-4']);
    // Escape returns to the quarter's page.
    await Promise.all([page.waitForURL(`**/quarters/${PRESENTED}/`), page.keyboard.press('Escape')]);
    await page.close();
  });

  it('shows no text under 24 px on any slide at 1920 × 1080, and cuts nothing off at 1280 × 720', async () => {
    for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
      const page = await context.browser.newPage({ viewport: { width, height } });
      await deck(page);
      const total = await page.locator('.slide').count();
      for (let number = 1; number <= total; number += 1) {
        await deck(page, `#slide-${number}`);
        const problems = await page.locator(`#slide-${number} .slide__frame`).evaluate((frame, checkSize) => {
          const found: string[] = [];
          const box = frame.getBoundingClientRect();
          if (frame.scrollHeight > frame.clientHeight + 1 || frame.scrollWidth > frame.clientWidth + 1) found.push('the slide overflows its frame');
          for (const element of frame.querySelectorAll('*')) {
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            if (rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.left < box.left - 1 || rect.top < box.top - 1) found.push(`cut off: ${element.tagName} "${element.textContent?.trim().slice(0, 30)}"`);
            const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
            const size = parseFloat(getComputedStyle(element).fontSize);
            if (checkSize && ownText && size < 24) found.push(`${size} px: ${element.tagName} "${element.textContent?.trim().slice(0, 30)}"`);
          }
          return found;
        }, width === 1920);
        expect(problems, `slide ${number} at ${width}×${height}`).toEqual([]);
      }
      await page.close();
    }
  });

  it('prints one slide per page', async () => {
    const page = await context.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await deck(page);
    const total = await page.locator('.slide').count();
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(pages).toBe(total);
    await page.close();
  });

  it('is one long page of slides without JavaScript, and accessible', async () => {
    const page = await context.browser.newPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    await deck(page);
    const total = await page.locator('.slide').count();
    expect(total).toBeGreaterThanOrEqual(9);
    expect(await shown(page)).toHaveLength(total);
    await page.close();
    const scripted = await context.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await deck(scripted);
    expect(await axeViolations(scripted)).toEqual([]);
    await scripted.close();
  });
});
