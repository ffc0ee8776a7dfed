/**
 * The trends and quarter pages in a real browser, against the built sample library: the charts
 * draw, each table says what its chart draws, the selector narrows both, and a quarter's
 * headline fits a projected 16:9 screen. Also measures the chart JavaScript the page ships.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHART_IDS, trendCharts, type ChartId } from '../../src/lib/trends/charts';
import { ALL_INCIDENTS } from '../../src/lib/trends/filters';
import type { TrendDatasets } from '../../src/lib/trends/datasets';
import { axeViolations, hasBrowser, useBrowserAndSite } from './harness';


/** What one chart section shows: its words, its table, and what Chart.js was given to draw. */
interface Shown {
  id: ChartId;
  reading: string;
  figures: string[];
  columns: string[];
  rows: { quarter: string; texts: string[]; values: (number | null)[] }[];
  labels: string[];
  datasets: { label: string; data: (number | null | { x: string; y: number })[] }[];
}

/** Reads every chart section of the page, in the browser. */
function readCharts(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const element = document.querySelector('trend-charts') as HTMLElement & {
      charts: Map<string, { data: { labels: string[]; datasets: { label: string; data: unknown[] }[] } }>;
    };
    return [...document.querySelectorAll<HTMLElement>('[data-chart-section]')].map((section) => {
      const id = section.dataset.chartSection!;
      const chart = element.charts.get(id)!;
      return {
        id,
        reading: section.querySelector('[data-reading]')!.textContent!,
        figures: [...section.querySelectorAll('[data-figure]')].map((cell) => cell.textContent!),
        columns: [...section.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!),
        rows: [...section.querySelectorAll('tbody tr')].map((tr) => ({
          quarter: tr.querySelector('th')!.textContent!,
          texts: [...tr.querySelectorAll('td')].map((td) => td.textContent!),
          values: [...tr.querySelectorAll('td')].map((td) => (td.dataset.value === '' ? null : Number(td.dataset.value))),
        })),
        labels: [...chart.data.labels],
        datasets: chart.data.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data as Shown['datasets'][number]['data'] })),
      } as Shown;
    });
  });
}

const column = (shown: Shown, index: number) => shown.rows.map((row) => row.values[index]);

/** Every number a chart draws is in its table, in the same place. */
function expectTableMatchesChart(shown: Shown) {
  expect(shown.labels, shown.id).toEqual(shown.rows.map((row) => row.quarter));
  switch (shown.id) {
    case 'by-category':
    case 'by-type':
    case 'by-severity':
    case 'recurring':
      expect(shown.columns, shown.id).toEqual([...shown.datasets.map((dataset) => dataset.label), 'Total']);
      shown.datasets.forEach((dataset, index) => expect(column(shown, index), `${shown.id} ${dataset.label}`).toEqual(dataset.data));
      break;
    case 'time-to-detect':
    case 'time-to-resolve': {
      const [median, upper, each] = shown.datasets;
      expect(column(shown, 1), `${shown.id} median`).toEqual(median!.data);
      expect(column(shown, 2), `${shown.id} p90`).toEqual(upper!.data);
      const points = each!.data as { x: string; y: number }[];
      expect(column(shown, 0), `${shown.id} measured`).toEqual(shown.labels.map((label) => points.filter((point) => point.x === label).length));
      break;
    }
    case 'actions':
      expect(column(shown, 0)).toEqual(shown.datasets[0]!.data);
      expect(column(shown, 1)).toEqual(shown.datasets[1]!.data);
      break;
    case 'learning-latency':
      expect(column(shown, 1)).toEqual(shown.datasets[0]!.data);
      break;
  }
}

/** The page's words and tables are exactly the model the build computes from the embedded data. */
function expectMatchesModel(shownCharts: Shown[], data: TrendDatasets, key: string) {
  const models = trendCharts(data, data.datasets[key]!);
  for (const [index, model] of models.entries()) {
    const shown = shownCharts[index]!;
    expect(shown.id).toBe(model.id);
    expect(shown.reading, model.id).toBe(model.reading);
    expect(shown.figures, model.id).toEqual(model.figures.map((figure) => figure.text));
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
    await page.waitForFunction((count) => (document.querySelector('trend-charts') as unknown as { charts: Map<string, unknown> }).charts?.size === count, CHART_IDS.length);
    const embedded = JSON.parse((await page.locator('script[data-trends]').textContent())!) as TrendDatasets;
    // The teams' and services' datasets are the page's second file: the model is both together.
    const byFilter = (await (await fetch(`${context.site.url}/trends/datasets.json`)).json()) as TrendDatasets['datasets'];
    const data: TrendDatasets = { ...embedded, datasets: { ...embedded.datasets, ...byFilter } };
    return { page, errors, data, embedded };
  }

  it('draws every chart: each canvas has drawn pixels', async () => {
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
    expect(drawn.map((chart) => chart.id)).toEqual([...CHART_IDS]);
    for (const chart of drawn) {
      expect(chart.height, chart.id).toBeGreaterThan(200);
      expect(chart.share, chart.id).toBeGreaterThan(0.01);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows in each table the numbers its chart draws, and both come from the embedded data', async () => {
    const { page, data } = await openTrends();
    const shown = await readCharts(page);
    shown.forEach(expectTableMatchesChart);
    expectMatchesModel(shown, data, ALL_INCIDENTS);
    const all = data.datasets[ALL_INCIDENTS]!;
    expect(shown[0]!.datasets.map((dataset) => dataset.data)).toEqual(all.byCategory.map((series) => series.counts));
    expect(shown[3]!.datasets[0]!.data).toEqual(all.timeToDetect.median);
    await page.close();
  });

  it('narrows every chart, reading and table to a team, and keeps the choice in the address', async () => {
    const { page, data, errors, embedded } = await openTrends();
    // The page carries the all-incidents figures only; a team's come with the first choice.
    expect(Object.keys(embedded.datasets)).toEqual([ALL_INCIDENTS]);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const before = await readCharts(page);
    const team = data.filters.find((filter) => filter.key === 'team:payments')!;
    expect(team.incidents).toBeLessThan(data.datasets[ALL_INCIDENTS]!.incidents);
    await page.getByLabel('Show the incidents of').selectOption(team.key);
    // The team's figures are fetched first: the status line says when they are shown.
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toBe(`Showing ${team.label}: ${team.incidents} incidents.`);
    const after = await readCharts(page);
    expect(after[0]!.datasets.map((dataset) => dataset.data)).not.toEqual(before[0]!.datasets.map((dataset) => dataset.data));
    expect(after[0]!.datasets.map((dataset) => dataset.data)).toEqual(data.datasets[team.key]!.byCategory.map((series) => series.counts));
    after.forEach(expectTableMatchesChart);
    expectMatchesModel(after, data, team.key);
    expect(new URL(page.url()).searchParams.get('filter')).toBe(team.key);
    const service = data.filters.find((filter) => filter.kind === 'service')!;
    await page.getByLabel('Show the incidents of').selectOption(service.key);
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toBe(`Showing ${service.label}: ${service.incidents} incidents.`);
    expect(fetched.filter((path) => path === '/trends/datasets.json')).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();

    const shared = await openTrends(`?filter=${encodeURIComponent(team.key)}`);
    expect(await shared.page.getByLabel('Show the incidents of').inputValue()).toBe(team.key);
    await expect.poll(() => shared.page.locator('[data-filter-status]').textContent()).toBe(`Showing ${team.label}: ${team.incidents} incidents.`);
    expectMatchesModel(await readCharts(shared.page), shared.data, team.key);
    await shared.page.close();
  });

  it('offers only teams and services that have incidents', async () => {
    const { page, data } = await openTrends();
    const options = await page.locator('#trend-filter option').evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
    expect(options).toEqual([ALL_INCIDENTS, ...data.filters.map((filter) => filter.key)]);
    expect(Object.keys(data.datasets)).toEqual(options);
    expect(data.filters.every((filter) => filter.incidents > 0)).toBe(true);
    await page.close();
  });

  it('without JavaScript shows every reading and the all-incidents tables, and no selector', async () => {
    const page = await context.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${context.site.url}/trends/`);
    expect(await page.locator('[data-chart-section] table').count()).toBe(CHART_IDS.length);
    expect(await page.locator('[data-chart-section] table').first().isVisible()).toBe(true);
    expect(await page.locator('[data-filter-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-canvas-box]').first().isVisible()).toBe(false);
    const data = JSON.parse((await page.locator('script[data-trends]').textContent())!) as TrendDatasets;
    const readings = await page.locator('[data-reading]').allTextContents();
    expect(readings).toEqual(trendCharts(data, data.datasets[ALL_INCIDENTS]!).map((model) => model.reading));
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

  it.each([
    [1280, 720],
    [1920, 1080],
  ])('fits every quarter page’s headline on a %i×%i screen without scrolling', async (width, height) => {
    const page = await context.browser.newPage({ viewport: { width, height } });
    await page.goto(`${context.site.url}/quarters/`);
    const paths = await page.locator('tbody th a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(4);
    for (const path of paths) {
      await page.goto(`${context.site.url}${path}`);
      const box = await page.evaluate(() => {
        const headline = document.querySelector('[data-headline]')!.getBoundingClientRect();
        return { bottom: headline.bottom, viewport: innerHeight, scrollWidth: document.documentElement.scrollWidth, width: innerWidth };
      });
      expect(box.bottom, path).toBeLessThanOrEqual(box.viewport);
      expect(box.scrollWidth, path).toBeLessThanOrEqual(box.width);
    }
    await page.close();
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
