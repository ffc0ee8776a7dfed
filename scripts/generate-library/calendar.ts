/**
 * Days and clock times in the library's time zone. Timeline events are generated as instants and
 * written with the offset that zone really had at that moment (daylight saving included), as an
 * engineer copying times from a dashboard would.
 */

/** The newest incident date of a generated library. */
export const LAST_DAY = '2026-11-15';
/** The day a generated library treats as today: actions are overdue or upcoming relative to it. */
export const REFERENCE_DAY = '2026-11-22';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

export function clampDay(day: string, earliest: string, latest: string): string {
  return day < earliest ? earliest : day > latest ? latest : day;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export class Clock {
  private readonly format: Intl.DateTimeFormat;
  /** Offsets by UTC hour: both zones the generator uses change offset only on the hour. */
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  }

  /** The zone's offset from UTC, in minutes, at an instant. */
  offsetAt(instant: number): number {
    const hour = Math.floor(instant / 3_600_000);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      const name = this.format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
      const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** The instant of a wall-clock time on a day in this zone (minutes after local midnight). */
  instantOf(day: string, minutes: number): number {
    const asUtc = Date.parse(`${day}T00:00:00Z`) + minutes * MS_PER_MINUTE;
    const guess = asUtc - this.offsetAt(asUtc) * MS_PER_MINUTE;
    return asUtc - this.offsetAt(guess) * MS_PER_MINUTE;
  }

  /** ISO 8601 with this zone's offset, like 2025-03-30T04:12:00+02:00. */
  iso(instant: number): string {
    const offset = this.offsetAt(instant);
    const local = new Date(instant + offset * MS_PER_MINUTE).toISOString().slice(0, 19);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }

  /** The local time of an instant, `HH:MM`. */
  timeOf(instant: number): string {
    return this.iso(instant).slice(11, 16);
  }
}

export const minutes = (count: number) => count * MS_PER_MINUTE;
