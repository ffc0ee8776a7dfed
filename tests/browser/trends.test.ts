/**
 * The trends and quarter pages in a real browser, against the built sample library: the charts
 * draw, each folded table says what its chart draws, the selector narrows every sentence, count,
 * chart and table, the section menu's jumps clear the sticky selector, and a quarter prints with
 * its headline on a page of its own (its slides are for the projector: presentation.test.ts).
 * Also measures the chart JavaScript the page ships.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHART_IDS, trendCharts, trendsSummary, type ChartId } from '../../src/lib/trends/charts';
import { ALL_INCIDENTS } from '../../src/lib/trends/filters';
import type { TrendDatasets } from '../../src/lib/trends/datasets';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';

/** What one chart section shows: its words, its folded table, and what Chart.js was given to draw. */
interface Shown {
  id: ChartId;
  reading: string;
  n: string;
  note: string;
  figures: string[];
  columns: string[];
  rows: { quarter: string; texts: string[]; values: (number | null)[] }[];
  /** Undefined for a chart left out (its reading says why). */
  chart: { labels: string[]; datasets: { label: string; data: (number | null | { x: string; y: number })[] }[] } | undefined;
}

/** Reads every chart section of the page, in the browser. */
function readCharts(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const element = document.querySelector('trend-charts') as HTMLElement & {
      charts: Map<string, { data: { labels: string[]; datasets: { label: string; data: unknown[] }[] } }>;
    };
    return [...document.querySelectorAll<HTMLElement>('[data-chart-section]')].map((section) => {
      const id = section.dataset.chartSection!;
      const chart = element.charts?.get(id);
      return {
        id,
        reading: section.querySelector('[data-reading]')!.textContent!,
        n: section.querySelector('[data-n]')!.textContent!,
        note: section.querySelector('[data-note]')!.textContent!,
        figures: [...section.querySelectorAll('[data-figure]')].map((cell) => cell.textContent!),
        columns: [...section.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!),
        rows: [...section.querySelectorAll('tbody tr')].map((tr) => ({
          quarter: tr.querySelector('th')!.textContent!,
          texts: [...tr.querySelectorAll('td')].map((td) => td.textContent!),
          values: [...tr.querySelectorAll('td')].map((td) => (td.dataset.value === '' ? null : Number(td.dataset.value))),
        })),
        chart: chart && { labels: [...chart.data.labels], datasets: chart.data.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data })) },
      } as Shown;
    });
  });
}

const column = (shown: Shown, index: number) => shown.rows.map((row) => row.values[index]);
const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** Every number a chart draws is in its table, in the same place. */
function expectTableMatchesChart(shown: Shown) {
  const { chart } = shown;
  if (!chart) return;
  expect(chart.labels, shown.id).toEqual(shown.rows.map((row) => row.quarter));
  const drawn = chart.datasets.map((dataset) => dataset.data);
  switch (shown.id) {
    case 'by-category':
    case 'by-type':
    case 'by-severity':
    case 'recurring':
      expect(shown.columns, shown.id).toEqual([...chart.datasets.map((dataset) => dataset.label), 'Total']);
      drawn.forEach((data, index) => expect(column(shown, index), `${shown.id} ${chart.datasets[index]!.label}`).toEqual(data));
      // The total is each quarter's n.
      expect(column(shown, drawn.length), shown.id).toEqual(shown.rows.map((_, row) => sum(drawn.map((data) => data[row] as number))));
      break;
    case 'near-misses':
      expect(column(shown, 0)).toEqual(drawn[0]);
      break;
    case 'detection':
      // Our monitoring, customers, others, not recorded; then the total.
      expect(shown.columns).toEqual([...chart.datasets.map((dataset) => dataset.label), 'Total']);
      drawn.forEach((data, index) => expect(column(shown, index), `detection ${chart.datasets[index]!.label}`).toEqual(data));
      break;
    case 'detect-by-source':
      expect(shown.columns).toEqual(chart.datasets.map((dataset) => dataset.label));
      drawn.forEach((data, index) => expect(column(shown, index), `by source ${chart.datasets[index]!.label}`).toEqual(data));
      break;
    case 'changes':
      expect(column(shown, 0)).toEqual(drawn[0]);
      expect(column(shown, 1)).toEqual(drawn[1]);
      break;
    case 'time-to-detect':
    case 'time-to-resolve': {
      const [median, upper, each] = drawn;
      expect(column(shown, 1), `${shown.id} median`).toEqual(median);
      expect(column(shown, 2), `${shown.id} p90`).toEqual(upper);
      const points = each as { x: string; y: number }[];
      expect(column(shown, 0), `${shown.id} measured`).toEqual(chart.labels.map((label) => points.filter((point) => point.x === label).length));
      break;
    }
    case 'actions':
      expect(column(shown, 0)).toEqual(drawn[0]);
      expect(column(shown, 1)).toEqual(drawn[1]);
      break;
    case 'learning-latency':
      expect(column(shown, 1)).toEqual(drawn[0]);
      break;
  }
}

/** The page's words and tables are exactly the model the build computes from the embedded data. */
function expectMatchesModel(shownCharts: Shown[], data: TrendDatasets, key: string) {
  const models = trendCharts(data, data.datasets[key]!);
  expect(shownCharts.map((shown) => shown.id)).toEqual(models.map((model) => model.id));
  for (const [index, model] of models.entries()) {
    const shown = shownCharts[index]!;
    expect(shown.reading, model.id).toBe(model.reading);
    expect(shown.n, model.id).toBe(model.n);
    expect(shown.note, model.id).toBe(model.note);
    expect(shown.figures, model.id).toEqual(model.figures.map((figure) => figure.text));
    if (!model.drawn) continue;
    expect(shown.rows, model.id).toEqual(
      model.table.rows.map((row) => ({ quarter: row.quarter, texts: row.cells.map((cell) => cell.text), values: row.cells.map((cell) => cell.value) })),
    );
  }
}

describe.skipIf(!hasBrowser)('trends and quarter pages in a browser', () => {
  const context = useBrowserAndSite();

  async function openTrends(query = '', viewport = { width: 1280, height: 900 }) {
    const page = await context.browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${context.site.url}/trends/${query}`);
    // Every canvas drawn, and the selector shown: the script has finished starting.
    await page.waitForFunction(() => {
      const element = document.querySelector('trend-charts') as unknown as { charts?: Map<string, unknown> };
      return element.charts?.size === document.querySelectorAll('canvas[data-chart]').length && !document.querySelector<HTMLFormElement>('[data-filter-form]')!.hidden;
    });
    const embedded = JSON.parse((await page.locator('script[data-trends]').textContent())!) as TrendDatasets;
    // The teams' and services' datasets are the page's second file: the model is both together.
    const byFilter = (await (await fetch(`${context.site.url}/trends/datasets.json`)).json()) as TrendDatasets['datasets'];
    const data: TrendDatasets = { ...embedded, datasets: { ...embedded.datasets, ...byFilter } };
    return { page, errors, data, embedded };
  }

  it('draws every chart but the one whose data cannot be trusted: each canvas has drawn pixels', async () => {
    const { page, errors } = await openTrends();
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map((canvas) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        // The canvas background is transparent: anything with alpha is ink.
        for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) painted += 1;
        return { id: canvas.dataset.chart, width: canvas.width, height: canvas.height, share: painted / (canvas.width * canvas.height) };
      }),
    );
    expect(drawn.map((chart) => chart.id)).toEqual(CHART_IDS.filter((id) => id !== 'learning-latency'));
    for (const chart of drawn) {
      expect(chart.height, chart.id).toBeGreaterThan(200);
      expect(chart.share, chart.id).toBeGreaterThan(0.01);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the first chart, with its title and reading, on a 1280×720 screen', async () => {
    const { page } = await openTrends('', { width: 1280, height: 720 });
    const bottom = await page.locator('[data-chart-section="by-category"] [data-canvas-box]').evaluate((box) => box.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(720);
    await page.close();
  });

  it('shows in each folded table the numbers its chart draws, and both come from the embedded data', async () => {
    const { page, data } = await openTrends();
    const shown = await readCharts(page);
    shown.forEach(expectTableMatchesChart);
    expectMatchesModel(shown, data, ALL_INCIDENTS);
    const all = data.datasets[ALL_INCIDENTS]!;
    expect(shown[0]!.chart!.datasets.map((dataset) => dataset.data)).toEqual(all.byCategory.map((series) => series.counts));
    expect(shown.find((chart) => chart.id === 'time-to-detect')!.chart!.datasets[0]!.data).toEqual(all.timeToDetect.median);
    // Every chart says its sample size; the tables have a row per quarter with numbers in them.
    for (const chart of shown) expect(chart.n, chart.id).toMatch(/^n = \d+ /);
    const tables = page.locator('details.trend__data');
    expect(await tables.count()).toBe(CHART_IDS.length - 1);
    expect(await tables.evaluateAll((details) => details.every((element) => !(element as HTMLDetailsElement).open))).toBe(true);
    const first = tables.first();
    expect(await first.locator('table').isVisible()).toBe(false);
    expect(await first.locator('tbody tr').count()).toBe(data.quarters.length);
    expect(await first.locator('tbody td').allTextContents()).toContain('3');
    await first.locator('summary').click();
    expect(await first.locator('table').isVisible()).toBe(true);
    await page.close();
  });

  it('says, instead of a chart, why the write-up latency of the sample is left out', async () => {
    const { page } = await openTrends();
    const section = page.locator('[data-chart-section="learning-latency"]');
    expect(await section.locator('canvas').count()).toBe(0);
    expect(await section.locator('table').count()).toBe(0);
    // The sample's write-ups were committed on a few days, for incidents from Jan 2024 to Jul 2026.
    expect(await section.locator('[data-reading]').textContent()).toMatch(
      /^Not charted: all 22 write-ups were first committed (on|between) .+, while their incidents run from 23 Jan 2024 to 14 Jul 2026\. They were added at once, so the days from incident to first commit would measure that import, not how soon we write up\.$/,
    );
    await page.close();
  });

  it('narrows every sentence, count, chart and table to a team, and keeps the choice in the address', async () => {
    const { page, data, errors, embedded } = await openTrends();
    // The page carries the all-incidents figures only; a team's come with the first choice.
    expect(Object.keys(embedded.datasets)).toEqual([ALL_INCIDENTS]);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const all = data.datasets[ALL_INCIDENTS]!;
    const summary = page.locator('[data-summary]');
    expect(await summary.textContent()).toBe(trendsSummary(data, all));
    expect(await summary.textContent()).toMatch(/^19 incidents and 3 near misses, Q1 2024 to Q4 2026 \(so far\), as of 22 Nov 2026\.$/);
    const before = await readCharts(page);
    const team = data.filters.find((filter) => filter.key === 'team:payments')!;
    const teamData = data.datasets[team.key]!;
    expect(teamData.incidents).toBeLessThan(all.incidents);
    await page.getByLabel('Show the incidents of').selectOption(team.key);
    // The team's figures are fetched first: the status line says when they are shown.
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toMatch(new RegExp(`^Showing ${team.label}: ${teamData.incidents} incidents?`));
    // The intro's count is the team's, not the library's.
    expect(await summary.textContent()).toBe(trendsSummary(data, teamData, team.label));
    expect(await summary.textContent()).toMatch(new RegExp(`^${team.label}: ${teamData.incidents} incidents`));
    const after = await readCharts(page);
    expect(after[0]!.chart!.datasets.map((dataset) => dataset.data)).not.toEqual(before[0]!.chart!.datasets.map((dataset) => dataset.data));
    expect(after[0]!.chart!.datasets.map((dataset) => dataset.data)).toEqual(teamData.byCategory.map((series) => series.counts));
    after.forEach(expectTableMatchesChart);
    // Every reading, sample size and note is the team's.
    expectMatchesModel(after, data, team.key);
    expect(after.map((chart) => chart.n)).not.toEqual(before.map((chart) => chart.n));
    expect(new URL(page.url()).searchParams.get('filter')).toBe(team.key);
    const service = data.filters.find((filter) => filter.kind === 'service')!;
    await page.getByLabel('Show the incidents of').selectOption(service.key);
    await expect.poll(() => summary.textContent()).toBe(trendsSummary(data, data.datasets[service.key]!, service.label));
    expectMatchesModel(await readCharts(page), data, service.key);
    expect(fetched.filter((path) => path === '/trends/datasets.json')).toHaveLength(1);
    await page.getByLabel('Show the incidents of').selectOption(ALL_INCIDENTS);
    await expect.poll(() => summary.textContent()).toBe(trendsSummary(data, all));
    expect(errors).toEqual([]);
    await page.close();

    const shared = await openTrends(`?filter=${encodeURIComponent(team.key)}`);
    expect(await shared.page.getByLabel('Show the incidents of').inputValue()).toBe(team.key);
    await expect.poll(() => shared.page.locator('[data-summary]').textContent()).toBe(trendsSummary(shared.data, teamData, team.label));
    expectMatchesModel(await readCharts(shared.page), shared.data, team.key);
    await shared.page.close();
  });

  it.each([
    [1280, 720],
    [390, 844],
  ])('jumps from the section menu to each chart with its heading in view below the sticky selector, at %i×%i', async (width, height) => {
    const { page } = await openTrends('', { width, height });
    const links = await page.locator('nav[aria-label="Charts on this page"] a').evaluateAll((items) => items.map((item) => item.getAttribute('href')!));
    expect(links).toEqual(CHART_IDS.map((id) => `#${id}`));
    for (const href of links) {
      await page.locator(`nav[aria-label="Charts on this page"] a[href="${href}"]`).click();
      await expect.poll(() => new URL(page.url()).hash).toBe(href);
      const place = await page.evaluate((id) => {
        const heading = document.getElementById(`${id}-title`)!.getBoundingClientRect();
        const bar = document.querySelector('[data-filter-form]')!.getBoundingClientRect();
        return { top: heading.top, bottom: heading.bottom, barBottom: bar.bottom, height: innerHeight };
      }, href.slice(1));
      expect(place.top, href).toBeGreaterThanOrEqual(place.barBottom);
      expect(place.bottom, href).toBeLessThanOrEqual(place.height);
      await page.evaluate(() => scrollTo(0, 0));
    }
    await page.close();
  });

  it('links to the slides of the current quarter', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.url}/trends/`);
    const present = page.getByRole('link', { name: /Present Q4 2026 so far/ });
    expect(await present.getAttribute('href')).toBe('/quarters/2026-q4/present/');
    expect((await fetch(`${context.site.url}/quarters/2026-q4/present/`)).status).toBe(200);
    await page.close();
  });

  it('offers only teams and services that have incidents', async () => {
    const { page, data } = await openTrends();
    const options = await page.locator('#trend-filter option').evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
    expect(options).toEqual([ALL_INCIDENTS, ...data.filters.map((filter) => filter.key)]);
    expect(Object.keys(data.datasets)).toEqual(options);
    expect(data.filters.every((filter) => filter.incidents > 0)).toBe(true);
    await page.close();
  });

  it('without JavaScript shows every reading and sample size, the all-incidents tables folded, and no selector', async () => {
    const page = await context.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${context.site.url}/trends/`);
    const tables = page.locator('[data-chart-section] details table');
    expect(await tables.count()).toBe(CHART_IDS.length - 1);
    await page.locator('[data-chart-section] details summary').first().click();
    expect(await tables.first().isVisible()).toBe(true);
    expect(await page.locator('[data-filter-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-canvas-box]').first().isVisible()).toBe(false);
    const data = JSON.parse((await page.locator('script[data-trends]').textContent())!) as TrendDatasets;
    const models = trendCharts(data, data.datasets[ALL_INCIDENTS]!);
    expect(await page.locator('[data-reading]').allTextContents()).toEqual(models.map((model) => model.reading));
    expect(await page.locator('[data-n]').allTextContents()).toEqual(models.map((model) => model.n));
    // Without the selector there is nothing to clear: a jump puts the heading at the top.
    await page.locator('nav[aria-label="Charts on this page"] a[href="#by-type"]').click();
    expect(await page.locator('#by-type-title').evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(40);
    await page.close();
  });

  it('loads Chart.js on the trends page only, and the chart code stays small', async () => {
    const scriptsOf = async (path: string) => {
      const page = await context.browser.newPage();
      const bodies: { url: string; body: Buffer }[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') bodies.push({ url: response.url(), body: await response.body() });
      });
      await page.goto(`${context.site.url}${path}`, { waitUntil: 'networkidle' });
      await page.close();
      return bodies;
    };
    // A message only Chart.js itself contains, whatever the minifier renames.
    const isChartJs = (body: Buffer) => body.toString('utf8').includes('Canvas is already in use');
    const trends = await scriptsOf('/trends/');
    expect(trends.some((script) => isChartJs(script.body))).toBe(true);
    const gzipped = trends.reduce((sum, script) => sum + gzipSync(script.body, { level: 9 }).length, 0);
    console.info(`JavaScript on /trends/: ${trends.length} file(s), ${gzipped} bytes gzip-compressed`);
    expect(gzipped).toBeLessThan(70_000);
    for (const path of ['/', '/log/', '/quarters/', '/quarters/2024-q3/', '/actions/']) {
      expect((await scriptsOf(path)).some((script) => isChartJs(script.body)), path).toBe(false);
    }
  });

  it('prints a quarter with the headline on a page of its own and no navigation', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.url}/quarters/2024-q3/`);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      headline: getComputedStyle(document.querySelector('[data-headline]')!).breakAfter,
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      quarterNav: getComputedStyle(document.querySelector('.quarter-nav')!).display,
    }));
    expect(styles).toEqual({ headline: 'page', header: 'none', quarterNav: 'none' });
    const pdf = await page.pdf();
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('shows whether the fixes held for a chain that grew in the quarter', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.url}/quarters/2024-q3/`);
    const headline = page.locator('[data-headline]');
    await expect.poll(() => headline.getByRole('heading', { name: 'Recurring chains that grew' }).isVisible()).toBe(true);
    expect(await headline.textContent()).toContain('Capacity for scheduled load');
    expect(await page.locator('.chain-verdict').first().textContent()).toContain('The fixes did not hold');
    await page.close();
  });

  it.each(['/trends/', '/quarters/', '/quarters/2024-q3/', '/quarters/2025-q2/'])('has no accessibility violations (axe-core) on %s', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await context.browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${context.site.url}${path}`);
      const violations = await axeViolations(page);
      expect(violations, colorScheme).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
