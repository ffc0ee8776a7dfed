/**
 * Everything the trends page draws, for all incidents and for each team and service, computed at
 * build time. The page embeds the all-incidents part as JSON; the teams' and services' datasets
 * are a file of their own, fetched when a reader picks one. The selector only swaps datasets, it
 * computes nothing.
 */
import type { FileHistory } from '../git-history';
import type { Incident } from '../incident-log';
import type { RecurringChain } from '../recurrence/chains';
import { INCIDENT_TYPES } from '../schema';
import { TYPE_LABELS } from '../format';
import { ALL_INCIDENTS, incidentFilters, type TrendFilter } from './filters';
import {
  actionSeries,
  categoryKeys,
  categorySeries,
  changeSeries,
  countsByQuarter,
  detectionSeries,
  durationSeries,
  incidentsByQuarter,
  nearMissSeries,
  OTHER_CATEGORIES,
  timeToDetectBySource,
  trendsAxis,
  type TrendsData,
} from './series';
import { learningLatencySeries, writeUpImport, type WriteUpImport } from './learning-latency';
import { latestCompleteQuarter } from './readings';
import { quarterLabel, type QuarterAxis } from '../quarters';
import { quarterOf } from '../days';
import { formatDay } from '../format';

export interface TrendDatasets {
  quarters: string[];
  /** How each quarter is named on the charts and in the tables: the running one "so far". */
  quarterLabels: string[];
  /** The quarter the readings speak of: the latest complete one, or -1 when none is. */
  readAt: number;
  /** "22 Nov 2026": the day the figures are as of. */
  asOf: string;
  /** Set when the write-ups were imported at once: learning latency is then not charted. */
  writeUpImport: WriteUpImport | undefined;
  /** Series keys per chart, in legend order; each dataset has exactly these series. */
  keys: { categories: string[]; types: string[]; severities: string[]; recurring: string[] };
  labels: { categories: Record<string, string>; types: Record<string, string> };
  filters: TrendFilter[];
  /** `all`, then one per filter key. */
  datasets: Record<string, TrendsData>;
}

export interface TrendsInput {
  /** The build's day: the axis runs to its quarter, and only quarters ended before it are read. */
  today: string;
  incidents: readonly Incident[];
  chains: readonly RecurringChain[];
  /** The configured scale, worst first. */
  severities: readonly string[];
  history: ReadonlyMap<string, Pick<FileHistory, 'firstCommitted'>>;
  services: ReadonlyMap<string, { name: string; team: string }>;
  teams: ReadonlyMap<string, { name: string }>;
  causes: ReadonlyMap<string, { label: string }>;
}

interface SeriesContext {
  axis: QuarterAxis;
  keys: TrendDatasets['keys'];
  chainCategory: ReadonlyMap<string, string>;
  history: TrendsInput['history'];
}

function trendsData(incidents: readonly Incident[], context: SeriesContext): TrendsData {
  const { axis, keys } = context;
  // Near misses are never counted as incidents: a rise in them is people looking, not a bad trend.
  const reached = incidents.filter((incident) => !incident.data.nearMiss);
  const byQuarter = incidentsByQuarter(incidents, axis);
  return {
    incidents: reached.length,
    nearMisses: incidents.length - reached.length,
    byCategory: categorySeries(reached, axis, keys.categories),
    byType: countsByQuarter(reached, axis, keys.types, (incident) => incident.data.type),
    bySeverity: countsByQuarter(reached, axis, keys.severities, (incident) => incident.data.severity),
    nearMissesReported: nearMissSeries(byQuarter),
    detection: detectionSeries(byQuarter),
    startedByChange: changeSeries(byQuarter),
    timeToDetect: durationSeries(incidents, axis, (incident) => incident.figures.timeToDetectMinutes),
    timeToDetectBySource: timeToDetectBySource(incidents, byQuarter),
    timeToResolve: durationSeries(incidents, axis, (incident) => incident.figures.timeToResolveMinutes),
    actions: actionSeries(incidents, axis),
    recurring: countsByQuarter(reached, axis, keys.recurring, (incident) => context.chainCategory.get(incident.id)),
    learningLatency: learningLatencySeries(incidents, context.history, axis),
  };
}

/** Recurring categories with an incident that is not a near miss, the one with most first, ties by id. */
function recurringKeys(chains: readonly RecurringChain[]): string[] {
  const totals = new Map<string, number>();
  for (const chain of chains) {
    const reached = chain.incidents.filter((incident) => !incident.data.nearMiss).length;
    if (reached > 0) totals.set(chain.category, (totals.get(chain.category) ?? 0) + reached);
  }
  return [...totals].sort(([a, na], [b, nb]) => nb - na || (a < b ? -1 : 1)).map(([category]) => category);
}

export function trendDatasets(input: TrendsInput): TrendDatasets {
  const axis = trendsAxis(input.incidents, input.today);
  // The same keys for every dataset, so a category keeps its colour and column whatever the filter.
  const keys = {
    // Near misses are not counted on these charts, so they choose no column either.
    categories: categoryKeys(input.incidents.filter((incident) => !incident.data.nearMiss)),
    types: [...INCIDENT_TYPES],
    severities: [...input.severities],
    recurring: recurringKeys(input.chains),
  };
  const chainCategory = new Map(input.chains.flatMap((chain) => chain.incidents.map((incident) => [incident.id, chain.category] as const)));
  const context: SeriesContext = { axis, keys, chainCategory, history: input.history };
  const groups = incidentFilters(input.incidents, input);
  const datasets: Record<string, TrendsData> = { [ALL_INCIDENTS]: trendsData(input.incidents, context) };
  for (const group of groups) datasets[group.filter.key] = trendsData(group.incidents, context);
  const categoryLabel = (id: string) => (id === OTHER_CATEGORIES ? 'Other causes' : (input.causes.get(id)?.label ?? id));
  const running = quarterOf(input.today);
  return {
    quarters: [...axis.quarters],
    quarterLabels: axis.quarters.map((quarter) => (quarter === running ? `${quarterLabel(quarter)} (so far)` : quarterLabel(quarter))),
    readAt: latestCompleteQuarter(axis.quarters, input.today),
    asOf: formatDay(input.today),
    writeUpImport: writeUpImport(input.incidents, input.history),
    keys,
    labels: {
      categories: Object.fromEntries([...new Set([...keys.categories, ...keys.recurring])].map((id) => [id, categoryLabel(id)])),
      types: { ...TYPE_LABELS },
    },
    filters: groups.map((group) => group.filter),
    datasets,
  };
}

/**
 * The page's part and the teams' and services' part. The second grows with every team and
 * service (0.65 MB of a 0.88 MB page at 5,000 write-ups), and most readers never open it.
 */
export function splitTrendDatasets(page: TrendDatasets): { embedded: TrendDatasets; byFilter: Record<string, TrendsData> } {
  const { [ALL_INCIDENTS]: all, ...byFilter } = page.datasets;
  return { embedded: { ...page, datasets: all ? { [ALL_INCIDENTS]: all } : {} }, byFilter };
}
