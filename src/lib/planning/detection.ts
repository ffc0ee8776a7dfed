/**
 * Who told us first: the write-ups' `detection` in the three groups a lead asks about (our own
 * monitoring, customers, everyone else), how often each told us first, and how long each took
 * (time to detect by detection source, as median and 90th percentile with n).
 */
import type { Incident } from '../incident-log';
import { median, percentile } from '../percentiles';
import type { DetectionSource } from '../schema';

export const DETECTION_GROUPS = ['our-monitoring', 'customers', 'others'] as const;
export type DetectionGroup = (typeof DETECTION_GROUPS)[number];

const GROUP_OF: Record<DetectionSource, DetectionGroup> = {
  monitoring: 'our-monitoring',
  synthetic: 'our-monitoring',
  customer: 'customers',
  'internal-report': 'others',
  'third-party': 'others',
  audit: 'others',
  other: 'others',
};

export const DETECTION_GROUP_LABELS: Record<DetectionGroup, string> = {
  'our-monitoring': 'Our monitoring',
  customers: 'Customers',
  others: 'Colleagues, vendors and reviews',
};

export function detectionGroupOf(source: DetectionSource | undefined): DetectionGroup | undefined {
  return source === undefined ? undefined : GROUP_OF[source];
}

export interface DetectionShares {
  /** Incidents per group, of those that say how they were detected. */
  counts: Record<DetectionGroup, number>;
  /** Incidents that say how they were detected: what the shares are of. */
  recorded: number;
  /** Incidents whose write-up does not say. */
  notRecorded: number;
}

export function detectionShares(incidents: readonly Pick<Incident, 'data'>[]): DetectionShares {
  const counts: Record<DetectionGroup, number> = { 'our-monitoring': 0, customers: 0, others: 0 };
  let notRecorded = 0;
  for (const incident of incidents) {
    const group = detectionGroupOf(incident.data.detection);
    if (group) counts[group] += 1;
    else notRecorded += 1;
  }
  return { counts, recorded: incidents.length - notRecorded, notRecorded };
}

export interface DurationSummary {
  /** Minutes; null when no incident has the figure. */
  median: number | null;
  p90: number | null;
  /** Incidents with the figure. */
  n: number;
}

export function summariseDurations(minutes: readonly number[]): DurationSummary {
  return { median: median(minutes), p90: percentile(minutes, 90), n: minutes.length };
}

/** Time to detect per detection group: only incidents that have both the figure and a source. */
export function timeToDetectByGroup(incidents: readonly Pick<Incident, 'data' | 'figures'>[]): Record<DetectionGroup, DurationSummary> {
  const minutes: Record<DetectionGroup, number[]> = { 'our-monitoring': [], customers: [], others: [] };
  for (const incident of incidents) {
    const group = detectionGroupOf(incident.data.detection);
    const value = incident.figures.timeToDetectMinutes;
    if (group && value !== null) minutes[group].push(value);
  }
  return {
    'our-monitoring': summariseDurations(minutes['our-monitoring']),
    customers: summariseDurations(minutes.customers),
    others: summariseDurations(minutes.others),
  };
}
