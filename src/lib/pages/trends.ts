/**
 * The trends page: the charts of every incident, embedded, with the team and service selector
 * whose datasets load when first picked (see trends/datasets.ts).
 */
import { formatDay, plural } from '../format';
import { trendCharts, type ChartModel } from '../trends/charts';
import { splitTrendDatasets, trendDatasets, type TrendDatasets } from '../trends/datasets';
import { ALL_INCIDENTS } from '../trends/filters';
import type { TrendsData } from '../trends/series';
import type { PageContext } from './parts';

export interface TrendsPage {
  /** "22 incidents". */
  incidents: string;
  asOf: string;
  empty: boolean;
  charts: ChartModel[];
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
  return {
    incidents: plural(library.incidents.length, 'incident'),
    asOf: formatDay(library.today),
    empty: library.incidents.length === 0,
    charts: library.incidents.length === 0 ? [] : trendCharts(embedded, embedded.datasets[ALL_INCIDENTS]!),
    filter: {
      all: { value: ALL_INCIDENTS, label: `Every team and service (${library.incidents.length})` },
      teams: embedded.filters.filter((filter) => filter.kind === 'team').map(option),
      services: embedded.filters.filter((filter) => filter.kind === 'service').map(option),
    },
    embedded,
    datasetsHref: links.to('trends/datasets.json'),
  };
}
