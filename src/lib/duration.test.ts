import { describe, it, expect } from 'vitest';
import { formatDaySpan, formatDuration, formatDurationLong } from './duration';

describe('formatDuration', () => {
  it('shows minutes under an hour, 0 included', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(1)).toBe('1 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(59)).toBe('59 min');
  });

  it('shows hours and zero-padded minutes under a day; exact hours without minutes', () => {
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(125)).toBe('2 h 05 min');
    expect(formatDuration(180)).toBe('3 h');
    expect(formatDuration(1439)).toBe('23 h 59 min');
  });

  it('shows days and hours from 24 h, dropping minutes (rounded down)', () => {
    expect(formatDuration(1440)).toBe('1 d');
    expect(formatDuration(1440 + 4 * 60)).toBe('1 d 4 h');
    expect(formatDuration(1440 + 4 * 60 + 59)).toBe('1 d 4 h');
    expect(formatDuration(2 * 1440 + 59)).toBe('2 d');
  });

  it('puts a true minus sign (U+2212) before a negative duration', () => {
    expect(formatDuration(-45)).toBe('\u221245 min');
    expect(formatDuration(-125)).toBe('\u22122 h 05 min');
    expect(formatDuration(-1500)).toBe('\u22121 d 1 h');
  });

  it('rounds fractions to whole minutes, the same way both signs, without a "−0"', () => {
    expect(formatDuration(44.6)).toBe('45 min');
    expect(formatDuration(-44.6)).toBe('\u221245 min');
    expect(formatDuration(-0.4)).toBe('0 min');
  });

  it('rejects NaN and Infinity', () => {
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatDurationLong', () => {
  it('spells out units, singular for one', () => {
    expect(formatDurationLong(0)).toBe('0 minutes');
    expect(formatDurationLong(1)).toBe('1 minute');
    expect(formatDurationLong(45)).toBe('45 minutes');
    expect(formatDurationLong(60)).toBe('1 hour');
    expect(formatDurationLong(61)).toBe('1 hour 1 minute');
    expect(formatDurationLong(125)).toBe('2 hours 5 minutes');
    expect(formatDurationLong(1440)).toBe('1 day');
    expect(formatDurationLong(1440 + 60)).toBe('1 day 1 hour');
    expect(formatDurationLong(1440 + 4 * 60 + 30)).toBe('1 day 4 hours');
    expect(formatDurationLong(3 * 1440)).toBe('3 days');
  });

  it('says "minus" for a negative duration', () => {
    expect(formatDurationLong(-45)).toBe('minus 45 minutes');
  });
});

describe('formatDaySpan', () => {
  it('counts days under two weeks', () => {
    expect(formatDaySpan('2026-11-21', '2026-11-22')).toBe('1 day');
    expect(formatDaySpan('2026-11-10', '2026-11-22')).toBe('12 days');
    expect(formatDaySpan('2026-11-22', '2026-11-22')).toBe('0 days');
  });

  it('counts whole weeks from two weeks to two months', () => {
    expect(formatDaySpan('2026-11-08', '2026-11-22')).toBe('2 weeks');
    expect(formatDaySpan('2026-10-01', '2026-11-22')).toBe('7 weeks');
    expect(formatDaySpan('2026-09-23', '2026-11-22')).toBe('8 weeks');
  });

  it('counts whole calendar months from two months, and years with their months from twelve', () => {
    expect(formatDaySpan('2026-09-22', '2026-11-22')).toBe('2 months');
    expect(formatDaySpan('2026-08-23', '2026-11-22')).toBe('2 months');
    expect(formatDaySpan('2026-08-22', '2026-11-22')).toBe('3 months');
    expect(formatDaySpan('2025-11-23', '2026-11-22')).toBe('11 months');
    expect(formatDaySpan('2025-11-22', '2026-11-22')).toBe('1 year');
    expect(formatDaySpan('2025-09-01', '2026-11-22')).toBe('1 year 2 months');
    expect(formatDaySpan('2024-01-01', '2026-11-22')).toBe('2 years 10 months');
  });

  it('refuses a span that runs backwards', () => {
    expect(() => formatDaySpan('2026-11-23', '2026-11-22')).toThrow(/before/);
  });
});
