/**
 * Every page type on a phone (390×844), a laptop (1280×720) and a large screen (1920×1080), in
 * light and dark: nothing sticks out of the viewport or of a box that clips it without scrolling,
 * no text is smaller than 12 px, keyboard focus is visible against what surrounds it, and axe-core
 * finds nothing. A screenshot of each page at each size is kept in tests/.tmp/screenshots (not
 * committed) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, READY_SELECTOR, SCREEN_SIZES as SIZES, THEMES } from '../../scripts/lib/page-types';
import { root } from '../build-site';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';

const SCREENSHOTS = path.join(root, 'tests/.tmp/screenshots');

/** Everything the checks find wrong on the page as it is now, one line each. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length > 0 ? `.${[...element.classList].join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const hidden = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (node.classList.contains('visually-hidden') || node.classList.contains('search-annotations') || node.classList.contains('skip-link')) return true;
      }
      return false;
    };
    const viewport = document.documentElement.clientWidth;
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || hidden(element)) continue;
      // Past the viewport, unless a scrolling box holds it.
      let scroller: Element | null = null;
      for (let node = element.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (/(auto|scroll)/.test(style.overflowX) && node.scrollWidth > node.clientWidth) {
          scroller = node;
          break;
        }
        if (/(hidden|clip)/.test(style.overflowX)) {
          const box = node.getBoundingClientRect();
          if (rect.right > box.right + 1 || rect.left < box.left - 1) problems.push(`${describe(element)} is cut off by ${describe(node)}`);
          break;
        }
      }
      if (!scroller && (rect.right > viewport + 1 || rect.left < -1)) problems.push(`${describe(element)} sticks out of the viewport (${Math.round(rect.left)}–${Math.round(rect.right)} of ${viewport})`);
      // Text smaller than 12 px.
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (ownText && parseFloat(getComputedStyle(element).fontSize) < 12) problems.push(`${describe(element)} has text of ${getComputedStyle(element).fontSize}`);
    }
    return [...new Set(problems)];
  });
}

/** The contrast of each focused control's outline against the background around it. */
async function focusProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number) as [number, number, number, number?];
    const luminance = ([r, g, b]: [number, number, number, number?]) =>
      [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const contrast = (a: string, b: string) => {
      const [la, lb] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
      return (la! + 0.05) / (lb! + 0.05);
    };
    const backgroundBehind = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const color = getComputedStyle(node).backgroundColor;
        const alpha = rgb(color)[3];
        if (color !== 'transparent' && (alpha === undefined || alpha > 0.5)) return color;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const problems: string[] = [];
    const controls = [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')].filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && !element.closest('.visually-hidden');
    });
    // The header's and a sample of the page's controls: each kind of background.
    const sample = [...controls.filter((element) => element.closest('header')), ...controls.filter((element) => !element.closest('header')).slice(0, 12)];
    for (const element of sample) {
      (element as HTMLElement).focus({ preventScroll: true });
      if (document.activeElement !== element || !element.matches(':focus-visible')) continue;
      const style = getComputedStyle(element);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
        problems.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}" has no visible outline when focused`);
        continue;
      }
      const ratio = contrast(style.outlineColor, backgroundBehind(element));
      if (ratio < 3) problems.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? (element as HTMLInputElement).value ?? '').trim().slice(0, 30)}": focus outline contrast ${ratio.toFixed(2)}:1`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return [...new Set(problems)];
  });
}

describe.skipIf(!hasBrowser)('every page on every screen', () => {
  const context = useBrowserAndSite();
  mkdirSync(SCREENSHOTS, { recursive: true });

  for (const theme of THEMES) {
    for (const size of SIZES) {
      it.each(Object.entries(PAGE_TYPES))(`%s at ${size.width}×${size.height}, ${theme}`, async (name, address) => {
        const browserContext = await context.browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: theme, reducedMotion: 'reduce' });
        const page = await browserContext.newPage();
        await page.goto(`${context.site.url}${address}`, { waitUntil: 'networkidle' });
        const ready = READY_SELECTOR[name];
        if (ready) await page.locator(ready).first().waitFor({ timeout: 10_000 });
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size.width}x${size.height}-${theme}.png`), fullPage: true });
        const problems = [...(await layoutProblems(page)), ...(await focusProblems(page))];
        // Colour contrast depends on the theme, the rest on the layout: axe once per theme at the laptop size.
        if (size.name === 'laptop') problems.push(...(await axeViolations(page)));
        await browserContext.close();
        expect(problems).toEqual([]);
      });
    }
  }
});
