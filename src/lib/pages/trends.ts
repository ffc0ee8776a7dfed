/**
 * The trends page: the charts of every incident, embedded, with the team and service selector
 * whose datasets load when first picked (see trends/datasets.ts), a menu of its charts, and a
 * link to the current quarter's slides.
 */
import { quarterOf } from '../days';
import { USUAL_RULE } from '../planning/usual';
import { quarterLabel } from '../quarters';
import { trendCharts, trendsSummary, type ChartModel } from '../trends/charts';
import { splitTrendDatasets, trendDatasets, type TrendDatasets } from '../trends/datasets';
import { ALL_INCIDENTS } from '../trends/filters';
import type { TrendsData } from '../trends/series';
import type { PageContext } from './parts';
import { presentationHref } from './quarters';

export interface TrendsPage {
  /** "20 incidents and 2 near misses, Q1 2024 to Q4 2026 (so far), as of 22 Nov 2026." */
  summary: string;
  empty: boolean;
  charts: ChartModel[];
  /** The section menu: each chart's anchor and short name. */
  menu: { href: string; text: string }[];
  /** The current quarter's slides. */
  present: { href: string; text: string } | undefined;
  /** How the readings call a change, in one sentence. */
  usualRule: string;
  filter: { all: { value: string; label: string }; teams: { value: string; label: string }[]; services: { value: string; label: string }[] };
  /** The all-incidents datasets, embedded in the page as JSON. */
  embedded: TrendDatasets;
  datasetsHref: string;
}

/** The trends of this build: the page's part and each team's and service's datasets (a file of their own). */
export function trendsOf(context: PageContext): { embedded: TrendDatasets; byFilter: Record<string, TrendsData> } {
  const { library } = context;
  return splitTrendDatasets(
    trendDatasets({
      today: library.today,
      incidents: library.incidents,
      chains: library.chains,
      severities: library.settings.severities.map((level) => level.id),
      history: library.history,
      services: library.services,
      teams: library.teams,
      causes: library.causes,
    }),
  );
}

export function trendsPage(context: PageContext, embedded: TrendDatasets): TrendsPage {
  const { library, links } = context;
  const option = (filter: { key: string; label: string; incidents: number }) => ({ value: filter.key, label: `${filter.label} (${filter.incidents})` });
  const all = embedded.datasets[ALL_INCIDENTS];
  const empty = library.incidents.length === 0 || !all;
  const charts = empty ? [] : trendCharts(embedded, all);
  const current = quarterOf(library.today);
  return {
    summary: empty ? '' : trendsSummary(embedded, all),
    empty,
    charts,
    menu: charts.map((chart) => ({ href: `#${chart.id}`, text: chart.menu })),
    // The quarter pages run to the current quarter whenever the library has an incident.
    present: empty ? undefined : { href: presentationHref(context, current), text: `Present ${quarterLabel(current)} so far` },
    usualRule: USUAL_RULE,
    filter: {
      all: { value: ALL_INCIDENTS, label: `Every team and service (${library.incidents.length})` },
      teams: embedded.filters.filter((filter) => filter.kind === 'team').map(option),
      services: embedded.filters.filter((filter) => filter.kind === 'service').map(option),
    },
    embedded,
    datasetsHref: links.to('trends/datasets.json'),
  };
}
