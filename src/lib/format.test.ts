import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, isoDuration, plural, siteNameOf } from './format';

describe('formatDay', () => {
  it('shows the day as written, whatever the time zone of the machine', () => {
    expect(formatDay('2024-03-06')).toBe('6 Mar 2024');
    expect(formatDay('2025-12-31')).toBe('31 Dec 2025');
    expect(formatDay('2024-01-01')).toBe('1 Jan 2024');
  });
});

describe('formatMoment', () => {
  it('shows a timestamp in the library time zone, with the zone abbreviation', () => {
    expect(formatMoment('2024-03-05T16:47:00-05:00', 'America/New_York')).toEqual({ day: 'Tue 5 Mar 2024', time: '16:47', zone: 'EST' });
  });
  it('moves a UTC timestamp across midnight into the previous day', () => {
    expect(formatMoment('2024-03-06T02:30:00Z', 'America/New_York')).toEqual({ day: 'Tue 5 Mar 2024', time: '21:30', zone: 'EST' });
  });
  it('follows daylight saving time', () => {
    expect(formatMoment('2024-07-01T12:00:00Z', 'America/New_York').zone).toBe('EDT');
    expect(formatMoment('2024-07-01T12:00:00Z', 'UTC')).toEqual({ day: 'Mon 1 Jul 2024', time: '12:00', zone: 'UTC' });
  });
});

describe('isoDuration', () => {
  it('writes minutes as an ISO 8601 duration', () => {
    expect(isoDuration(125)).toBe('PT2H5M');
    expect(isoDuration(45)).toBe('PT45M');
    expect(isoDuration(0)).toBe('PT0M');
    expect(isoDuration(1440)).toBe('P1D');
    expect(isoDuration(1500)).toBe('P1DT1H');
    expect(isoDuration(-30)).toBe('-PT30M');
  });
});

describe('plural', () => {
  it('uses the singular for one only', () => {
    expect(plural(1, 'incident')).toBe('1 incident');
    expect(plural(0, 'incident')).toBe('0 incidents');
    expect(plural(2, 'child', 'children')).toBe('2 children');
  });
});

describe('one date format', () => {
  it('writes a timeline moment\'s day as every other date is written ("Sep", never "Sept")', () => {
    expect(formatMoment('2024-09-30T10:00:00Z', 'UTC').day).toBe(`Mon ${formatDay('2024-09-30')}`);
    expect(formatMoment('2024-09-30T10:00:00Z', 'UTC').day).toBe('Mon 30 Sep 2024');
  });
});

describe('siteNameOf', () => {
  it('puts the organisation before the title when there is one', () => {
    expect(siteNameOf({ organisation: 'Acme', title: 'Library of failures' })).toBe('Acme · Library of failures');
    expect(siteNameOf({ title: 'Library of failures' })).toBe('Library of failures');
  });
});
