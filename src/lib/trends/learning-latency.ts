/**
 * Learning latency: how long after an incident its write-up reached the library (the first
 * commit of its file). A library that learns late learns from memory, not from the record.
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
  return { medianDays: days.map(median), measured: days.map((values) => values.length), withoutHistory };
}
