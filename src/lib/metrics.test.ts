import { describe, it, expect } from 'vitest';
import { timelineFigures } from './metrics';
import type { EventKind } from './schema';

const event = (at: string, kind: EventKind) => ({ at, kind });

describe('timelineFigures', () => {
  it('computes every figure from a full timeline', () => {
    const figures = timelineFigures([
      event('2024-03-05T16:47:00-05:00', 'trigger'),
      event('2024-03-05T18:00:00-05:00', 'impact'), // +73 min
      event('2024-03-06T09:15:00-05:00', 'detected'), // +15 h 15 min = 915 min after impact
      event('2024-03-06T09:40:00-05:00', 'mitigated'), // +25 min after detection
      event('2024-03-06T11:00:00-05:00', 'resolved'), // 105 min after detection
    ]);
    expect(figures).toEqual({
      timeToImpactMinutes: 73,
      timeToDetectMinutes: 915,
      timeToMitigateMinutes: 25,
      timeToResolveMinutes: 105,
      impactDurationMinutes: 1020, // 18:00 to 11:00 next day = 17 h
    });
  });

  it('uses the first trigger/impact/detected/mitigated and the LAST resolved', () => {
    const figures = timelineFigures([
      event('2024-01-01T10:00:00Z', 'trigger'),
      event('2024-01-01T10:10:00Z', 'trigger'),
      event('2024-01-01T10:30:00Z', 'impact'),
      event('2024-01-01T10:45:00Z', 'impact'),
      event('2024-01-01T11:00:00Z', 'detected'),
      event('2024-01-01T11:05:00Z', 'detected'),
      event('2024-01-01T11:20:00Z', 'mitigated'),
      event('2024-01-01T11:50:00Z', 'mitigated'),
      event('2024-01-01T12:00:00Z', 'resolved'),
      event('2024-01-01T14:00:00Z', 'resolved'),
    ]);
    expect(figures).toEqual({
      timeToImpactMinutes: 30,
      timeToDetectMinutes: 30,
      timeToMitigateMinutes: 20,
      timeToResolveMinutes: 180, // last resolved 14:00 − first detected 11:00
      impactDurationMinutes: 210, // 14:00 − 10:30
    });
  });

  it('returns null for each figure whose end is missing (no detected, no resolved)', () => {
    const figures = timelineFigures([event('2024-01-01T10:00:00Z', 'trigger'), event('2024-01-01T10:30:00Z', 'impact')]);
    expect(figures).toEqual({
      timeToImpactMinutes: 30,
      timeToDetectMinutes: null,
      timeToMitigateMinutes: null,
      timeToResolveMinutes: null,
      impactDurationMinutes: null,
    });
  });

  it('returns all nulls for a timeline of only actions and signals', () => {
    const figures = timelineFigures([event('2024-01-01T10:00:00Z', 'action'), event('2024-01-01T10:05:00Z', 'signal')]);
    expect(Object.values(figures)).toEqual([null, null, null, null, null]);
  });

  it('compares events written in different offsets as instants', () => {
    // 16:47 at −05:00 is 21:47Z; 23:17 at +01:00 is 22:17Z: 30 minutes later, though "earlier" as text.
    const figures = timelineFigures([
      event('2024-03-05T23:17:00+01:00', 'detected'),
      event('2024-03-05T16:47:00-05:00', 'impact'),
      event('2024-03-05T22:47:00Z', 'resolved'),
    ]);
    expect(figures.timeToDetectMinutes).toBe(30);
    expect(figures.impactDurationMinutes).toBe(60);
    expect(figures.timeToResolveMinutes).toBe(30);
  });

  it('keeps a negative figure: detected before impact (caught before it reached anyone)', () => {
    const figures = timelineFigures([
      event('2024-01-01T09:00:00Z', 'detected'),
      event('2024-01-01T09:45:00Z', 'impact'),
    ]);
    expect(figures.timeToDetectMinutes).toBe(-45);
  });

  it('rounds to whole minutes (29.5 s rounds down, 30 s up, −30 s gives 0 not −0)', () => {
    expect(
      timelineFigures([event('2024-01-01T10:00:00Z', 'impact'), event('2024-01-01T10:00:29.5Z', 'detected')])
        .timeToDetectMinutes,
    ).toBe(0);
    expect(
      timelineFigures([event('2024-01-01T10:00:00Z', 'impact'), event('2024-01-01T10:01:30Z', 'detected')])
        .timeToDetectMinutes,
    ).toBe(2);
    const tiny = timelineFigures([event('2024-01-01T10:00:30Z', 'impact'), event('2024-01-01T10:00:00Z', 'detected')])
      .timeToDetectMinutes;
    expect(Object.is(tiny, 0)).toBe(true);
  });

  it('returns all nulls for an empty timeline', () => {
    expect(Object.values(timelineFigures([]))).toEqual([null, null, null, null, null]);
  });
});
