/**
 * Learning latency: how long after an incident its write-up reached the library (the first
 * commit of its file). A library that learns late learns from memory, not from the record.
 *
 * The figure is only as good as the history behind it. A library whose write-ups were all
 * committed within a few days, for incidents months apart, was imported: the days measure the
 * import, not the learning, and the page says so instead of drawing them.
 */
import { daysBetween } from '../days';
import type { FileHistory } from '../git-history';
import { median } from '../percentiles';
import type { QuarterAxis } from '../quarters';

/** Days from the incident's date to the write-up's first commit, by the commit's own calendar day. */
export function learningLatencyDays(date: string, firstCommitted: string): number {
  return daysBetween(date, firstCommitted.slice(0, 10));
}

export interface LearningLatencySeries {
  /** Median days per quarter of the incident date; null where no write-up of the quarter has history. */
  medianDays: (number | null)[];
  /** Write-ups measured per quarter. */
  measured: number[];
  /** Every write-up's days as [quarter index, days], oldest quarter first. */
  points: [number, number][];
  /** Write-ups left out because git knows no history for them (a copy outside git, a new file). */
  withoutHistory: number;
}

export function learningLatencySeries(
  incidents: readonly { id: string; data: { date: string } }[],
  history: ReadonlyMap<string, Pick<FileHistory, 'firstCommitted'>>,
  axis: QuarterAxis,
): LearningLatencySeries {
  const days: number[][] = axis.quarters.map(() => []);
  let withoutHistory = 0;
  for (const incident of incidents) {
    const known = history.get(incident.id);
    const index = axis.indexOf(incident.data.date);
    if (!known) withoutHistory += 1;
    else if (index >= 0) days[index]!.push(learningLatencyDays(incident.data.date, known.firstCommitted));
  }
  return {
    medianDays: days.map(median),
    measured: days.map((values) => values.length),
    points: days.flatMap((values, index) => [...values].sort((a, b) => a - b).map((value): [number, number] => [index, value])),
    withoutHistory,
  };
}

/** First commits at most this many days apart… */
export const IMPORT_COMMIT_DAYS = 7;
/** …for incidents at least this many days apart are an import, not a record of learning. */
export const IMPORT_INCIDENT_DAYS = 90;

export interface WriteUpImport {
  writeUps: number;
  /** The first and last calendar day on which the write-ups were first committed. */
  committed: { first: string; last: string };
  /** The first and last incident date of those write-ups. */
  incidents: { first: string; last: string };
}

/**
 * Whether the library's write-ups were imported at once: every one with history first committed
 * within `IMPORT_COMMIT_DAYS` days, while their incidents span `IMPORT_INCIDENT_DAYS` days or more.
 * Judged on the whole library, so that every team's and service's chart says the same.
 */
export function writeUpImport(
  incidents: readonly { id: string; data: { date: string } }[],
  history: ReadonlyMap<string, Pick<FileHistory, 'firstCommitted'>>,
): WriteUpImport | undefined {
  let committed: { first: string; last: string } | undefined;
  let dates: { first: string; last: string } | undefined;
  let writeUps = 0;
  for (const incident of incidents) {
    const known = history.get(incident.id);
    if (!known) continue;
    const day = known.firstCommitted.slice(0, 10);
    const { date } = incident.data;
    writeUps += 1;
    committed = committed ? { first: day < committed.first ? day : committed.first, last: day > committed.last ? day : committed.last } : { first: day, last: day };
    dates = dates ? { first: date < dates.first ? date : dates.first, last: date > dates.last ? date : dates.last } : { first: date, last: date };
  }
  if (!committed || !dates || writeUps < 2) return undefined;
  const imported = daysBetween(committed.first, committed.last) <= IMPORT_COMMIT_DAYS && daysBetween(dates.first, dates.last) >= IMPORT_INCIDENT_DAYS;
  return imported ? { writeUps, committed, incidents: dates } : undefined;
}
