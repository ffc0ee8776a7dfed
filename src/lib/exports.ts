/**
 * The public exports, `incidents.json` and `incident-log.csv`, exactly as the contract's
 * "Exports" section lists them. Other tools read these, so fields are never renamed; the CSV
 * only ever gains columns after the contract's own.
 */
import { toCsv, type CsvCell } from './csv';
import type { Incident } from './incident-log';
import type { TimelineFigures } from './metrics';

export interface IncidentExport {
  id: string;
  url: string;
  title: string;
  date: string;
  severity: string;
  type: string;
  nearMiss: boolean;
  services: string[];
  summary: string;
  rootCause: { summary: string; category: string };
  tags: string[];
  metrics: TimelineFigures;
  /** `open` counts open and in-progress; dropped actions count only in `total`. */
  actions: { total: number; done: number; open: number; overdue: number };
  recurring: boolean;
  recurringChain: string[];
  /** How the organisation first learned of it, or null when the write-up does not say. */
  detection: string | null;
  /** Links to the changes that set it off (http or https). */
  changes: string[];
}

export interface IncidentsJson {
  /** ISO datetime of the build. */
  generatedAt: string;
  /** Newest first. */
  incidents: IncidentExport[];
}

/** Builds a page URL from a write-up id (the site decides the base path). */
export type UrlFor = (id: string) => string;

function incidentExport(incident: Incident, urlFor: UrlFor): IncidentExport {
  const { data, figures, actionCounts, recurrence } = incident;
  return {
    id: incident.id,
    url: urlFor(incident.id),
    title: data.title,
    date: data.date,
    severity: data.severity,
    type: data.type,
    nearMiss: data.nearMiss,
    services: [...data.services],
    summary: data.summary,
    rootCause: { summary: data.rootCause.summary, category: data.rootCause.category },
    tags: [...data.tags],
    metrics: {
      timeToImpactMinutes: figures.timeToImpactMinutes,
      timeToDetectMinutes: figures.timeToDetectMinutes,
      timeToMitigateMinutes: figures.timeToMitigateMinutes,
      timeToResolveMinutes: figures.timeToResolveMinutes,
      impactDurationMinutes: figures.impactDurationMinutes,
    },
    actions: {
      total: actionCounts.allWithDropped,
      done: actionCounts.done,
      open: actionCounts.open,
      overdue: actionCounts.overdue,
    },
    recurring: recurrence.recurring,
    recurringChain: [...recurrence.chain],
    detection: data.detection ?? null,
    changes: [...data.changes],
  };
}

/** The `incidents.json` object, incidents in the order given (the log's newest first). */
export function incidentJson(
  incidents: readonly Incident[],
  options: { generatedAt: string; urlFor: UrlFor },
): IncidentsJson {
  return {
    generatedAt: options.generatedAt,
    incidents: incidents.map((incident) => incidentExport(incident, options.urlFor)),
  };
}

/** The contract's columns, in its order. */
export const CONTRACT_CSV_COLUMNS = [
  'id',
  'date',
  'title',
  'severity',
  'type',
  'services',
  'root_cause_category',
  'root_cause',
  'time_to_detect_min',
  'time_to_resolve_min',
  'actions_total',
  'actions_done',
  'actions_overdue',
  'recurring',
  'url',
] as const;

/** Columns this library adds, always after the contract's so positional readers keep working. */
export const EXTRA_CSV_COLUMNS = [
  'near_miss',
  'time_to_impact_min',
  'time_to_mitigate_min',
  'impact_duration_min',
  'actions_open',
  'recurring_chain',
  'tags',
  'detection',
  'changes',
] as const;

export const INCIDENT_LOG_COLUMNS = [...CONTRACT_CSV_COLUMNS, ...EXTRA_CSV_COLUMNS];

/** Lists go in one cell, joined with `;` as the contract does for services. */
const joined = (values: readonly string[]): string => values.join(';');

function csvRow(incident: Incident, urlFor: UrlFor): CsvCell[] {
  const { data, figures, actionCounts, recurrence } = incident;
  // A missing figure stays null, which toCsv writes as an empty cell.
  return [
    incident.id,
    data.date,
    data.title,
    data.severity,
    data.type,
    joined(data.services),
    data.rootCause.category,
    data.rootCause.summary,
    figures.timeToDetectMinutes,
    figures.timeToResolveMinutes,
    actionCounts.allWithDropped,
    actionCounts.done,
    actionCounts.overdue,
    recurrence.recurring,
    urlFor(incident.id),
    data.nearMiss,
    figures.timeToImpactMinutes,
    figures.timeToMitigateMinutes,
    figures.impactDurationMinutes,
    actionCounts.open,
    joined(recurrence.chain),
    joined(data.tags),
    data.detection ?? null,
    joined(data.changes),
  ];
}

/** The `incident-log.csv` text: a header row, then one row per incident in the order given. */
export function incidentLogCsv(incidents: readonly Incident[], options: { urlFor: UrlFor }): string {
  return toCsv(
    INCIDENT_LOG_COLUMNS,
    incidents.map((incident) => csvRow(incident, options.urlFor)),
  );
}
