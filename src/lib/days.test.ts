import { describe, it, expect } from 'vitest';
import { addDays, daysBetween, isCalendarDay, quarterOf, resolveToday, todayIn, wholeMonthsBetween } from './days';

describe('daysBetween', () => {
  it('counts whole days, to minus from', () => {
    expect(daysBetween('2024-03-06', '2024-03-10')).toBe(4);
    expect(daysBetween('2024-03-10', '2024-03-06')).toBe(-4);
    expect(daysBetween('2024-03-06', '2024-03-06')).toBe(0);
  });

  it('includes the leap day in a leap year (2024-02-28 to 2024-03-01 is 2 days)', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('is not shifted across a daylight-saving change (US spring forward, 2024-03-10)', () => {
    expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
    // 2024 has 366 days.
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('rejects text that is not a real day', () => {
    expect(() => daysBetween('2024-02-30', '2024-03-01')).toThrow(/YYYY-MM-DD/);
  });
});

describe('wholeMonthsBetween', () => {
  it('counts a month complete on the same day of a later month', () => {
    expect(wholeMonthsBetween('2026-08-22', '2026-11-22')).toBe(3);
    expect(wholeMonthsBetween('2026-08-22', '2026-11-21')).toBe(2);
    expect(wholeMonthsBetween('2026-11-01', '2026-11-30')).toBe(0);
    expect(wholeMonthsBetween('2024-12-15', '2026-01-15')).toBe(13);
  });

  it('completes a month on the last day of a shorter one', () => {
    expect(wholeMonthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    expect(wholeMonthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(wholeMonthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(wholeMonthsBetween('2025-03-31', '2025-04-30')).toBe(1);
  });

  it('refuses to count backwards', () => {
    expect(() => wholeMonthsBetween('2025-03-01', '2025-02-01')).toThrow(/before/);
  });
});

describe('addDays', () => {
  it('moves forward and backward across month and year ends', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-03-06', -180)).toBe('2023-09-08');
    expect(addDays('2024-03-06', 0)).toBe('2024-03-06');
  });

  it('keeps years 0–99 as written (no 19xx shift)', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });
});

describe('quarterOf', () => {
  it('puts each month in its quarter, at both edges', () => {
    expect(quarterOf('2024-01-01')).toBe('2024-Q1');
    expect(quarterOf('2024-03-31')).toBe('2024-Q1');
    expect(quarterOf('2024-04-01')).toBe('2024-Q2');
    expect(quarterOf('2024-09-30')).toBe('2024-Q3');
    expect(quarterOf('2024-10-01')).toBe('2024-Q4');
    expect(quarterOf('2024-12-31')).toBe('2024-Q4');
  });
});

describe('isCalendarDay', () => {
  it('accepts real days and rejects impossible or badly written ones', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-13-01')).toBe(false);
    expect(isCalendarDay('2024-3-6')).toBe(false);
    expect(isCalendarDay('2024-03-06T00:00:00Z')).toBe(false);
  });
});

describe('todayIn', () => {
  // 2024-03-06T03:30Z is still the evening of March 5 in New York (UTC−5) but March 6 in Berlin.
  const now = new Date('2024-03-06T03:30:00Z');

  it('gives the calendar day in the zone, not in UTC', () => {
    expect(todayIn('America/New_York', now)).toBe('2024-03-05');
    expect(todayIn('UTC', now)).toBe('2024-03-06');
    expect(todayIn('Europe/Berlin', now)).toBe('2024-03-06');
  });

  it('crosses the date line forward (Pacific/Auckland, UTC+13 in March)', () => {
    expect(todayIn('Pacific/Auckland', new Date('2024-03-05T11:30:00Z'))).toBe('2024-03-06');
  });
});

describe('resolveToday', () => {
  const now = new Date('2024-03-06T03:30:00Z');

  it('uses POSTMORTEMS_TODAY when set, whatever the clock says', () => {
    expect(resolveToday({ override: '2023-11-01', timeZone: 'UTC', now })).toBe('2023-11-01');
  });

  it('uses today in the time zone when unset or empty', () => {
    expect(resolveToday({ timeZone: 'America/New_York', now })).toBe('2024-03-05');
    expect(resolveToday({ override: undefined, timeZone: 'UTC', now })).toBe('2024-03-06');
    expect(resolveToday({ override: '', timeZone: 'UTC', now })).toBe('2024-03-06');
  });

  it('rejects a value not written as YYYY-MM-DD, quoting it and the expected form', () => {
    expect(() => resolveToday({ override: '2024-3-6', timeZone: 'UTC', now })).toThrow(
      'POSTMORTEMS_TODAY is "2024-3-6", which is not written as YYYY-MM-DD: set it to a date like 2024-03-06, or leave it unset to use today\'s date in UTC.',
    );
    expect(() => resolveToday({ override: '06/03/2024', timeZone: 'UTC', now })).toThrow(/not written as YYYY-MM-DD/);
    expect(() => resolveToday({ override: ' 2024-03-06', timeZone: 'UTC', now })).toThrow(/" 2024-03-06"/);
  });

  it('rejects an impossible day (February 30), saying why', () => {
    expect(() => resolveToday({ override: '2024-02-30', timeZone: 'UTC', now })).toThrow(
      'POSTMORTEMS_TODAY is "2024-02-30", which is not a real calendar date (February 2024 has 29 days): set it to a date like 2024-03-06, written YYYY-MM-DD, or leave it unset to use today\'s date in UTC.',
    );
  });

  it('rejects February 29 in a non-leap year, month 13 and day 00', () => {
    expect(() => resolveToday({ override: '2023-02-29', timeZone: 'UTC', now })).toThrow(/February 2023 has 28 days/);
    expect(() => resolveToday({ override: '2024-13-01', timeZone: 'UTC', now })).toThrow(/there is no month 13/);
    expect(() => resolveToday({ override: '2024-04-00', timeZone: 'UTC', now })).toThrow(/there is no day 00/);
  });
});
