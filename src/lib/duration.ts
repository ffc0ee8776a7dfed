/**
 * Durations in the words the pages use. Figures are whole minutes; anything of a day or more
 * drops the minutes because at that scale they are noise. Spans between calendar days (how long
 * an action has been overdue) are counted in days, weeks, months and years.
 */
import { daysBetween, wholeMonthsBetween } from './days';

const MINUS = '\u2212'; // a real minus sign, not a hyphen, so it reads and aligns as one

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

interface Parts {
  negative: boolean;
  days: number;
  hours: number;
  minutes: number;
}

function partsOf(minutes: number): Parts {
  if (!Number.isFinite(minutes)) throw new RangeError(`A duration must be a finite number of minutes, not ${minutes}.`);
  // Rounded on the absolute value so that -1.5 and 1.5 give the same size.
  const whole = Math.round(Math.abs(minutes));
  return {
    negative: whole > 0 && minutes < 0,
    days: Math.floor(whole / MINUTES_PER_DAY),
    hours: Math.floor((whole % MINUTES_PER_DAY) / MINUTES_PER_HOUR),
    minutes: whole % MINUTES_PER_HOUR,
  };
}

/** Short form: `45 min`, `2 h 05 min`, `3 h`, `1 d 4 h`, `2 d`, `−45 min`. */
export function formatDuration(minutes: number): string {
  const parts = partsOf(minutes);
  const sign = parts.negative ? MINUS : '';
  if (parts.days > 0) return `${sign}${parts.days} d${parts.hours > 0 ? ` ${parts.hours} h` : ''}`;
  if (parts.hours > 0) {
    return `${sign}${parts.hours} h${parts.minutes > 0 ? ` ${String(parts.minutes).padStart(2, '0')} min` : ''}`;
  }
  return `${sign}${parts.minutes} min`;
}

function count(value: number, unit: string): string {
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

/**
 * Long form for screen readers and titles, where "h" and "min" read badly:
 * `2 hours 5 minutes`, `1 day 4 hours`, `1 minute`, `minus 45 minutes`.
 */
export function formatDurationLong(minutes: number): string {
  const parts = partsOf(minutes);
  const sign = parts.negative ? 'minus ' : '';
  if (parts.days > 0) return sign + [count(parts.days, 'day'), ...(parts.hours > 0 ? [count(parts.hours, 'hour')] : [])].join(' ');
  if (parts.hours > 0) {
    return sign + [count(parts.hours, 'hour'), ...(parts.minutes > 0 ? [count(parts.minutes, 'minute')] : [])].join(' ');
  }
  return sign + count(parts.minutes, 'minute');
}

/**
 * How long from one calendar day to a later one, in the unit a reader would count in:
 * `1 day`, `12 days`, `3 weeks`, `5 months`, `1 year 2 months`. Each figure is rounded down, so a
 * span is never said to be longer than it is.
 */
export function formatDaySpan(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (days < 0) throw new RangeError(`${to} is before ${from}: a span runs forward in time.`);
  if (days < 14) return count(days, 'day');
  const months = wholeMonthsBetween(from, to);
  if (months < 2) return count(Math.floor(days / 7), 'week');
  if (months < 12) return count(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest > 0 ? `${count(years, 'year')} ${count(rest, 'month')}` : count(years, 'year');
}
