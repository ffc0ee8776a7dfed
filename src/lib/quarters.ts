/**
 * Calendar quarters as the trend charts and quarter pages use them: `2024-Q1` ids (the form
 * `quarterOf` in days.ts gives), continuous series with no missing quarters, and the lower-case
 * `2024-q1` form of page addresses.
 */
import { quarterOf } from './days';

const QUARTER_FORM = /^(\d{4})-Q([1-4])$/;

/** Quarters counted from year 0, so that neighbours differ by one. */
function ordinalOf(quarter: string): number {
  const match = QUARTER_FORM.exec(quarter);
  if (!match) throw new Error(`"${quarter}" is not a quarter written like 2024-Q1.`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

function quarterAt(ordinal: number): string {
  return `${String(Math.floor(ordinal / 4)).padStart(4, '0')}-Q${(ordinal % 4) + 1}`;
}

export function previousQuarter(quarter: string): string {
  return quarterAt(ordinalOf(quarter) - 1);
}

/** Every quarter from `first` to `last`, both included, oldest first; empty when `last` is earlier. */
export function quarterRange(first: string, last: string): string[] {
  const quarters: string[] = [];
  for (let ordinal = ordinalOf(first), end = ordinalOf(last); ordinal <= end; ordinal += 1) quarters.push(quarterAt(ordinal));
  return quarters;
}

/**
 * The quarters a set of days spans, with no gaps: from the quarter of the earliest day to the
 * quarter of the latest. Empty for no days. One pass; days compare correctly as text.
 */
export function quarterSpan(days: Iterable<string>): string[] {
  let earliest: string | undefined;
  let latest: string | undefined;
  for (const day of days) {
    if (earliest === undefined || day < earliest) earliest = day;
    if (latest === undefined || day > latest) latest = day;
  }
  return earliest === undefined || latest === undefined ? [] : quarterRange(quarterOf(earliest), quarterOf(latest));
}

/** `2024-Q1` → `Q1 2024`, how people say it. */
export function quarterLabel(quarter: string): string {
  const match = QUARTER_FORM.exec(quarter);
  if (!match) throw new Error(`"${quarter}" is not a quarter written like 2024-Q1.`);
  return `Q${match[2]} ${match[1]}`;
}

/** `2024-Q1` → `2024-q1`, the form in page addresses (lower case, like every other path). */
export function quarterSlug(quarter: string): string {
  ordinalOf(quarter);
  return quarter.toLowerCase();
}

/** The first and last calendar day of a quarter. */
export function quarterDays(quarter: string): { first: string; last: string } {
  const ordinal = ordinalOf(quarter);
  const year = String(Math.floor(ordinal / 4)).padStart(4, '0');
  const firstMonth = (ordinal % 4) * 3 + 1;
  const lastMonth = firstMonth + 2;
  // Day 0 of the month after the quarter is its last day.
  const lastDay = new Date(Date.UTC(2000, lastMonth, 0)).getUTCDate();
  return {
    first: `${year}-${String(firstMonth).padStart(2, '0')}-01`,
    last: `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`,
  };
}

/**
 * A fixed list of quarters with constant-time lookup of a day's position, so every series can be
 * filled in one pass over the incidents.
 */
export interface QuarterAxis {
  quarters: readonly string[];
  /** Position of the day's quarter in `quarters`, or -1 when it is outside them. */
  indexOf(day: string): number;
}

export function quarterAxis(quarters: readonly string[]): QuarterAxis {
  const positions = new Map(quarters.map((quarter, index) => [quarter, index]));
  return { quarters, indexOf: (day) => positions.get(quarterOf(day)) ?? -1 };
}
