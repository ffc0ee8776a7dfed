/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings.
 *
 * Incident dates are shown exactly as written, so they are never turned into local-time Date
 * objects: every computation goes through UTC midnight, where no day is 23 or 25 hours long.
 */

const MS_PER_DAY = 86_400_000;
const DAY_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DayParts {
  year: number;
  month: number; // 1–12
  day: number;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a day into numbers, or undefined when it is not a real `YYYY-MM-DD` date. */
function partsOf(day: string): DayParts | undefined {
  const match = DAY_FORM.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return { year, month, day: date };
}

function requireParts(day: string): DayParts {
  const parts = partsOf(day);
  if (!parts) throw new Error(`"${day}" is not a calendar day written as YYYY-MM-DD, like 2024-03-06.`);
  return parts;
}

/** Milliseconds at UTC midnight of the day. */
function utcMidnight(day: string): number {
  const { year, month, day: date } = requireParts(day);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  return new Date(0).setUTCFullYear(year, month - 1, date);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** True when the text is a real calendar day written as `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  return partsOf(value) !== undefined;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/**
 * Whole calendar months from `from` to `to` (0 or more; `to` must not be earlier). A month is
 * complete on the same day of the next month, or on its last day when that day does not exist:
 * 31 Jan to 28 Feb is one month.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const start = requireParts(from);
  const end = requireParts(to);
  if (to < from) throw new Error(`${to} is before ${from}: count months forward in time.`);
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  const reached = end.day >= Math.min(start.day, daysInMonth(end.year, end.month));
  return reached ? months : months - 1;
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  const moved = new Date(utcMidnight(day) + n * MS_PER_DAY);
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1, 2)}-${pad(moved.getUTCDate(), 2)}`;
}

/** The calendar quarter a day falls in, like `2024-Q1`. */
export function quarterOf(day: string): string {
  const { year, month } = requireParts(day);
  return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The calendar day it is at `now` in an IANA time zone. */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  // Assembled from parts rather than trusting en-CA's pattern, which ICU versions have changed.
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

export interface TodayOptions {
  /** The `POSTMORTEMS_TODAY` value; unset (or empty) means "use the real date". */
  override?: string | undefined;
  /** The organisation's time zone (settings `timeZone`). */
  timeZone: string;
  now: Date;
}

/**
 * The build's "today": `POSTMORTEMS_TODAY` when set, so builds and tests can be reproduced,
 * otherwise the current day in the organisation's time zone.
 */
export function resolveToday({ override, timeZone, now }: TodayOptions): string {
  // An empty variable is how shells and CI usually say "not set".
  if (override === undefined || override === '') return todayIn(timeZone, now);
  const shown = JSON.stringify(override);
  const unset = `or leave it unset to use today's date in ${timeZone}`;
  if (!DAY_FORM.test(override)) {
    throw new Error(
      `POSTMORTEMS_TODAY is ${shown}, which is not written as YYYY-MM-DD: set it to a date like 2024-03-06, ${unset}.`,
    );
  }
  const problem = whyNotRealDay(override);
  if (problem) {
    throw new Error(
      `POSTMORTEMS_TODAY is ${shown}, which is not a real calendar date (${problem}): set it to a date like 2024-03-06, written YYYY-MM-DD, ${unset}.`,
    );
  }
  return override;
}

/** What is wrong with a day that has the YYYY-MM-DD form but does not exist, or undefined. */
function whyNotRealDay(day: string): string | undefined {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${pad(month, 2)}`;
  if (date < 1) return 'there is no day 00';
  const last = daysInMonth(year, month);
  if (date > last) {
    const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return `${monthName} ${year} has ${last} days`;
  }
  return undefined;
}
