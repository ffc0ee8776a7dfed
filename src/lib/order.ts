/**
 * The one chronological order of incidents: by date, with ids (ascending) breaking ties on a day,
 * so that no list, chain or chart depends on the order files were read in. Days are `YYYY-MM-DD`
 * strings, which compare correctly as text.
 */

/** Anything with an id and a day. */
export interface Dated {
  id: string;
  date: string;
}

/** A write-up or incident: its day is in its data. */
export interface DatedEntry {
  id: string;
  data: { date: string };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function oldestFirst(a: Dated, b: Dated): number {
  return compareText(a.date, b.date) || compareText(a.id, b.id);
}

export function newestFirst(a: Dated, b: Dated): number {
  return compareText(b.date, a.date) || compareText(a.id, b.id);
}

export function entriesOldestFirst(a: DatedEntry, b: DatedEntry): number {
  return compareText(a.data.date, b.data.date) || compareText(a.id, b.id);
}

export function entriesNewestFirst(a: DatedEntry, b: DatedEntry): number {
  return compareText(b.data.date, a.data.date) || compareText(a.id, b.id);
}
