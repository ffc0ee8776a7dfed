/**
 * The quarter reports, computed once per build and shared by the quarter pages, their index and
 * their CSV files (Astro does not route files whose name starts with `_`).
 */
import { getLibrary, settings, today } from '../../data/library';
import { quarterReports, type QuarterReport } from '../../lib/quarter-report';

/** The two worst levels of the configured scale: what "SEV1–2" means here. */
export const severeLevels = settings.severities.slice(0, 2).map((level) => level.id);
export const severeLabel = severeLevels.join('–');

let reports: Promise<QuarterReport[]> | undefined;

/** Quarters with incidents, newest first. */
export function getQuarterReports(): Promise<QuarterReport[]> {
  reports ??= getLibrary().then((library) =>
    quarterReports(library.incidents, {
      today,
      severeLevels,
      threshold: settings.recurrence.threshold,
      chains: library.chains,
      people: library.people,
    }),
  );
  return reports;
}
