/**
 * <trend-charts>: draws the trends page's charts with Chart.js and lets the team/service selector
 * narrow every chart, reading and table. The page is complete without it: the tables and readings
 * for all incidents are in the HTML. Chart.js is imported piece by piece (only what these charts
 * use) so the page ships a fraction of the library.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LogarithmicScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { formatDuration } from '../lib/duration';
import { DETECTION_GROUP_LABELS, DETECTION_GROUPS } from '../lib/planning/detection';
import { filterStatus, trendCharts, trendsSummary, type ChartId, type ChartModel } from '../lib/trends/charts';
import { formatDays } from '../lib/trends/readings';
import type { CountSeries, DurationSeries, TrendsData } from '../lib/trends/series';
import { ALL_INCIDENTS } from '../lib/trends/filters';
import type { TrendDatasets } from '../lib/trends/datasets';

Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, LogarithmicScale, Legend, Tooltip);

/** Tick marks of the time axis, in minutes, far enough apart that labels never touch: 1 min, 5 min, 1 h, 4 h, 1 d, 1 week, 4 weeks. */
const TIME_TICKS = [1, 5, 60, 240, 1440, 10_080, 40_320];

type Config = ChartConfiguration<'bar' | 'line', (number | null | { x: string; y: number })[], string>;

interface Theme {
  palette: string[];
  severities: string[];
  text: string;
  grid: string;
  surface: string;
}

/** Colours come from the page's CSS, so charts follow light and dark mode like the text does. */
function readTheme(element: Element): Theme {
  const style = getComputedStyle(element);
  const value = (name: string) => style.getPropertyValue(name).trim();
  const palette = Array.from({ length: 8 }, (_, index) => value(`--chart-${index + 1}`));
  return {
    palette,
    severities: Array.from({ length: 4 }, (_, index) => value(`--sev${index + 1}`)),
    text: value('--text'),
    grid: value('--border'),
    surface: value('--surface'),
  };
}

class TrendCharts extends HTMLElement {
  /** The drawn charts by id; read by the browser tests to compare charts with tables. */
  readonly charts = new Map<ChartId, Chart<'bar' | 'line', (number | null | { x: string; y: number })[], string>>();
  private page!: TrendDatasets;
  private theme!: Theme;

  connectedCallback() {
    const source = this.querySelector('script[data-trends]');
    const form = this.querySelector<HTMLFormElement>('[data-filter-form]');
    const select = form?.querySelector('select');
    if (!source?.textContent || !form || !select) return;
    this.page = JSON.parse(source.textContent) as TrendDatasets;
    this.theme = readTheme(this);
    // Jump targets clear the sticky selector whatever its height (it wraps on a phone).
    new ResizeObserver(() => this.style.setProperty('--filter-bar', `${form.offsetHeight}px`)).observe(form);
    void this.draw(form, select);
  }

  /** One chart per task, so drawing ten charts never blocks the page for long. */
  private async draw(form: HTMLFormElement, select: HTMLSelectElement) {
    for (const canvas of this.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
      const id = canvas.dataset.chart as ChartId;
      canvas.parentElement!.hidden = false;
      this.charts.set(id, new Chart(canvas, this.config(id, this.page.datasets[ALL_INCIDENTS]!)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    form.hidden = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    select.addEventListener('change', () => void this.show(select.value, true));
    // A shared link (?filter=team:payments) opens on that team or service.
    const wanted = new URLSearchParams(location.search).get('filter');
    if (wanted && this.page.filters.some((filter) => filter.key === wanted)) {
      select.value = wanted;
      await this.show(wanted, false);
    }
  }

  private filterDatasets: Promise<void> | undefined;

  /** The teams' and services' datasets are a file of their own, fetched once, when first needed. */
  private loadFilterDatasets(): Promise<void> {
    this.filterDatasets ??= fetch(this.dataset.datasets!)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<TrendDatasets['datasets']>;
      })
      .then((datasets) => void Object.assign(this.page.datasets, datasets))
      .catch((error: unknown) => {
        this.filterDatasets = undefined;
        throw error;
      });
    return this.filterDatasets;
  }

  private async show(key: string, remember: boolean) {
    const status = this.querySelector('[data-filter-status]');
    if (!(key in this.page.datasets)) {
      if (status) status.textContent = 'Loading…';
      try {
        await this.loadFilterDatasets();
      } catch {
        if (status) status.textContent = 'The team and service figures could not be loaded. Try again, or reload the page.';
        return;
      }
    }
    const data = this.page.datasets[key] ?? this.page.datasets[ALL_INCIDENTS]!;
    const filter = this.page.filters.find((item) => item.key === key);
    const summary = this.querySelector('[data-summary]');
    if (summary) summary.textContent = trendsSummary(this.page, data, filter?.label);
    for (const model of trendCharts(this.page, data)) {
      this.render(model);
      const chart = this.charts.get(model.id);
      if (chart) {
        // Options too: the time axis reaches just above the highest figure of each dataset.
        const { data: drawn, options } = this.config(model.id, data);
        chart.data = drawn;
        chart.options = options!;
        chart.update();
      }
    }
    if (status) status.textContent = filterStatus(data, filter?.label);
    if (remember) {
      const url = new URL(location.href);
      if (key === ALL_INCIDENTS) url.searchParams.delete('filter');
      else url.searchParams.set('filter', key);
      history.replaceState(null, '', url);
    }
  }

  /** Re-renders the words and the table of one chart; the column headings never change. */
  private render(model: ChartModel) {
    const section = this.querySelector(`[data-chart-section="${model.id}"]`);
    if (!section) return;
    section.querySelector('[data-reading]')!.textContent = model.reading;
    section.querySelector('[data-n]')!.textContent = model.n;
    const note = section.querySelector<HTMLElement>('[data-note]')!;
    note.textContent = model.note;
    note.hidden = model.note === '';
    model.figures.forEach((figure, index) => {
      const cell = section.querySelector<HTMLElement>(`[data-figure="${index}"]`);
      if (!cell) return;
      cell.textContent = figure.text;
      cell.dataset.value = figure.value === null ? '' : String(figure.value);
    });
    const body = section.querySelector('tbody');
    if (!body) return;
    body.replaceChildren(
      ...model.table.rows.map((row) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = row.quarter;
        tr.append(th);
        for (const [index, cell] of row.cells.entries()) {
          const td = document.createElement('td');
          if (model.table.columns[index]!.numeric) td.className = 'num';
          td.dataset.value = cell.value === null ? '' : String(cell.value);
          td.textContent = cell.text;
          tr.append(td);
        }
        return tr;
      }),
    );
  }

  private categoryColour(key: string): string {
    const { categories, recurring } = this.page.keys;
    const extra = recurring.filter((item) => !categories.includes(item));
    const index = categories.includes(key) ? categories.indexOf(key) : categories.length + extra.indexOf(key);
    return this.theme.palette[index % this.theme.palette.length]!;
  }

  private stacked(series: readonly CountSeries[], label: (key: string) => string, colour: (key: string, index: number) => string): Config {
    return this.base('bar', {
      labels: this.page.quarterLabels,
      datasets: series.map((item, index) => ({
        label: label(item.key),
        data: [...item.counts],
        backgroundColor: colour(item.key, index),
        // A line of the background between segments keeps neighbouring colours apart.
        borderColor: this.theme.surface,
        borderWidth: 1,
      })),
    }, { stacked: true, unit: (value) => String(value) });
  }

  private durations(series: DurationSeries): Config {
    const labels = this.page.quarterLabels;
    const [median, upper, points] = [this.theme.palette[0]!, this.theme.palette[1]!, this.theme.palette[6]!];
    return this.base('line', {
      labels,
      datasets: [
        { type: 'line', label: 'Median', data: [...series.median], borderColor: median, backgroundColor: median, borderWidth: 3, pointRadius: 5, order: 2 },
        { type: 'line', label: '90th percentile', data: [...series.p90], borderColor: upper, backgroundColor: upper, borderWidth: 2, borderDash: [6, 4], pointRadius: 5, pointStyle: 'rectRot', order: 3 },
        {
          type: 'line',
          label: 'Each incident',
          data: series.points.map(([index, minutes]) => ({ x: labels[index]!, y: minutes })),
          showLine: false,
          // Open rings drawn over the lines, so an incident on the median still shows.
          borderColor: points,
          backgroundColor: 'transparent',
          borderWidth: 2,
          pointRadius: 7,
          order: 1,
        },
      ],
    }, { stacked: false, unit: formatDuration, logarithmic: true });
  }

  private config(id: ChartId, data: TrendsData): Config {
    const { keys, labels } = this.page;
    const palette = (_key: string, index: number) => this.theme.palette[index % this.theme.palette.length]!;
    const labelOfCategory = (key: string) => labels.categories[key] ?? key;
    const quarters = this.page.quarterLabels;
    const neutral = this.theme.palette[6]!;
    switch (id) {
      case 'by-category':
        return this.stacked(data.byCategory, labelOfCategory, (key) => this.categoryColour(key));
      case 'by-type':
        return this.stacked(data.byType, (key) => labels.types[key] ?? key, palette);
      case 'by-severity':
        return this.stacked(data.bySeverity, (key) => key, (key, index) => this.theme.severities[keys.severities.indexOf(key)] || palette(key, index));
      case 'near-misses':
        return this.base('bar', {
          labels: quarters,
          datasets: [{ label: 'Near misses reported', data: [...data.nearMissesReported], backgroundColor: this.theme.palette[2]! }],
        }, { stacked: false, unit: (value) => String(value) });
      case 'detection':
        return this.base('bar', {
          labels: quarters,
          datasets: [
            ...DETECTION_GROUPS.map((group, index) => ({
              label: DETECTION_GROUP_LABELS[group],
              data: [...data.detection.counts[group]],
              backgroundColor: this.theme.palette[[0, 1, 3][index]!]!,
              borderColor: this.theme.surface,
              borderWidth: 1,
            })),
            { label: 'Not recorded', data: [...data.detection.notRecorded], backgroundColor: neutral, borderColor: this.theme.surface, borderWidth: 1 },
          ],
        }, { stacked: true, unit: (value) => String(value) });
      case 'time-to-detect':
        return this.durations(data.timeToDetect);
      case 'detect-by-source':
        return this.base('line', {
          labels: quarters,
          datasets: DETECTION_GROUPS.map((group, index) => {
            const colour = this.theme.palette[[0, 1, 3][index]!]!;
            return {
              type: 'line' as const,
              label: DETECTION_GROUP_LABELS[group],
              data: [...data.timeToDetectBySource.quarters[group].median],
              borderColor: colour,
              backgroundColor: colour,
              borderWidth: 3,
              borderDash: index === 0 ? undefined : [[8, 4], [2, 3]][index - 1],
              pointRadius: 6,
              pointStyle: (['circle', 'rectRot', 'triangle'] as const)[index],
              // Quarters without a figure break the line rather than bridge it.
              spanGaps: false,
            };
          }),
        }, { stacked: false, unit: formatDuration, logarithmic: true });
      case 'changes':
        return this.base('bar', {
          labels: quarters,
          datasets: [
            { label: 'Started by a change', data: [...data.startedByChange.started], backgroundColor: this.theme.palette[1]!, borderColor: this.theme.surface, borderWidth: 1 },
            {
              label: 'No change linked',
              data: data.startedByChange.all.map((all, index) => all - data.startedByChange.started[index]!),
              backgroundColor: neutral,
              borderColor: this.theme.surface,
              borderWidth: 1,
            },
          ],
        }, { stacked: true, unit: (value) => String(value) });
      case 'time-to-resolve':
        return this.durations(data.timeToResolve);
      case 'actions':
        return this.base('bar', {
          labels: quarters,
          datasets: [
            { label: 'Created', data: [...data.actions.created], backgroundColor: this.theme.palette[0]! },
            { label: 'Completed', data: [...data.actions.completed], backgroundColor: this.theme.palette[2]! },
          ],
        }, { stacked: false, unit: (value) => String(value) });
      case 'recurring':
        return this.stacked(data.recurring, labelOfCategory, (key) => this.categoryColour(key));
      case 'learning-latency':
        return this.base('line', {
          labels: quarters,
          datasets: [
            { type: 'line', label: 'Median days', data: [...data.learningLatency.medianDays], borderColor: this.theme.palette[3]!, backgroundColor: this.theme.palette[3]!, borderWidth: 3, pointRadius: 5 },
          ],
        }, { stacked: false, unit: formatDays });
    }
  }

  private base(
    type: 'bar' | 'line',
    data: Config['data'],
    options: { stacked: boolean; unit: (value: number) => string; logarithmic?: boolean },
  ): Config {
    const { text, grid } = this.theme;
    const values = data.datasets.flatMap((dataset) => dataset.data.map((value) => (typeof value === 'object' && value !== null ? value.y : value)));
    const highest = Math.max(1, ...values.filter((value): value is number => typeof value === 'number'));
    // Type grows with the chart, so a projected chart reads from the back of the room.
    const font = (context: { chart: { width: number } }) => ({ size: context.chart.width >= 1100 ? 16 : context.chart.width >= 700 ? 15 : 13 });
    const ticks = { color: text, font };
    // Durations run from minutes to weeks: a log axis keeps the short ones readable.
    const valueAxis = options.logarithmic
      ? {
          type: 'logarithmic' as const,
          // From one minute, so every filter's chart shares the short end of the scale, to a
          // tick with room above the highest point, so that no point is cut by the edge.
          min: 1,
          max: TIME_TICKS.find((tick) => tick >= highest * 1.5) ?? highest * 2,
          ticks: { ...ticks, callback: (value: string | number) => options.unit(Number(value)) },
          afterBuildTicks: (scale: { min: number; max: number; ticks: { value: number }[] }) => {
            scale.ticks = TIME_TICKS.filter((value) => value >= scale.min && value <= scale.max).map((value) => ({ value }));
          },
        }
      : {
          stacked: options.stacked,
          beginAtZero: true,
          ticks: { ...ticks, precision: 0, callback: (value: string | number) => options.unit(Number(value)) },
        };
    return {
      type,
      data,
      options: {
        // Drawn at once: nothing moves on a projector, and screenshots are stable.
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          // The running quarter's "(so far)" goes on a line of its own.
          x: { stacked: options.stacked, ticks: { ...ticks, callback: (_value: string | number, index: number) => (data.labels![index] as string).split(/ (?=\()/) }, grid: { color: grid } },
          y: { ...valueAxis, grid: { color: grid } },
        },
        plugins: {
          // A line's key is its point's shape (the percentile's diamond), not a filled box under it.
          legend: { position: 'bottom', labels: { color: text, font, boxWidth: 16, usePointStyle: type === 'line' } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const raw = item.raw as number | { y: number } | null;
                const value = typeof raw === 'object' && raw !== null ? raw.y : raw;
                return `${item.dataset.label}: ${value === null ? '—' : options.unit(value)}`;
              },
            },
          },
        },
      },
    };
  }
}

customElements.define('trend-charts', TrendCharts);

declare global {
  interface HTMLElementTagNameMap {
    'trend-charts': TrendCharts;
  }
}
