import { describe, expect, it } from 'vitest';
import { formatDuration } from '../duration';
import {
  countReading,
  formatDays,
  latestCompleteQuarter,
  medianReading,
  NO_COMPLETE_QUARTER,
  segmentsReading,
  shareReading,
  valuesByQuarter,
} from './readings';

/** The words of a reading, with its unbreakable spaces as plain ones. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

/** Five quarters: the readings look at the last, Q1 2026, against the four before. */
const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];
const at = 4;
const labels: Record<string, string> = { capacity: 'Capacity', dns: 'DNS', certs: 'Expiring certificates', deploys: 'Deploy' };
const labelOf = (key: string) => labels[key] ?? key;

describe('latestCompleteQuarter', () => {
  const axis = ['2026-Q2', '2026-Q3', '2026-Q4'];

  it('reads the latest quarter that ended before today, never the running one', () => {
    expect(latestCompleteQuarter(axis, '2026-11-22')).toBe(1);
    // Q3 ends on 30 Sep: on that day it is still running.
    expect(latestCompleteQuarter(axis, '2026-09-30')).toBe(0);
    expect(latestCompleteQuarter(axis, '2026-10-01')).toBe(1);
    expect(latestCompleteQuarter(axis, '2027-01-01')).toBe(2);
  });

  it('is -1 when no quarter has ended', () => {
    expect(latestCompleteQuarter(['2026-Q4'], '2026-11-22')).toBe(-1);
    expect(plain(countReading(['2026-Q4'], -1, [3], 'Incidents', 'lower'))).toBe(NO_COMPLETE_QUARTER);
  });
});

describe('countReading', () => {
  it('never calls 0 → 1 a change', () => {
    expect(plain(countReading(quarters, at, [0, 0, 0, 0, 1], 'Incidents', 'lower'))).toBe('Incidents in Q1 2026: too few to call a change (n = 1).');
  });

  it('calls a doubling on 6 incidents (usual: median of 3, 3, 3, 3 = 3)', () => {
    expect(plain(countReading(quarters, at, [3, 3, 3, 3, 6], 'Incidents', 'lower'))).toBe(
      'Incidents in Q1 2026 were higher than usual: 6 against a usual 3 over 4 quarters (n = 6).',
    );
  });

  it('does not call a doubling on fewer than 6 (2 → 4)', () => {
    expect(plain(countReading(quarters, at, [2, 2, 2, 2, 4], 'Incidents', 'lower'))).toBe('Incidents in Q1 2026: too few to call a change (n = 4).');
  });

  it('calls a halving when the usual rests on enough (median of 8, 6, 10, 8 = 8; 4 is half)', () => {
    expect(plain(countReading(quarters, at, [8, 6, 10, 8, 4], 'Incidents', 'lower'))).toBe(
      'Incidents in Q1 2026 were lower than usual: 4 against a usual 8 over 4 quarters (n = 4).',
    );
  });

  it('says "within the usual range" for less than double (median of 6, 8, 7, 9 = 7.5; 10 < 15)', () => {
    expect(plain(countReading(quarters, at, [6, 8, 7, 9, 10], 'Incidents', 'lower'))).toBe('Incidents in Q1 2026 were within the usual range (usual 7.5), n = 10.');
  });

  it('uses only the four quarters before (the 100 five quarters back is left out)', () => {
    expect(plain(countReading([...quarters, '2026-Q2'], 5, [100, 3, 3, 3, 3, 6], 'Incidents', 'lower'))).toBe(
      'Incidents in Q2 2026 were higher than usual: 6 against a usual 3 over 4 quarters (n = 6).',
    );
  });

  it('keeps "n = 6" on one line', () => {
    expect(countReading(quarters, at, [3, 3, 3, 3, 6], 'Incidents', 'lower')).toMatch(/\(n\u00a0=\u00a06\)\.$/);
  });

  it('has no usual level with fewer than two quarters before', () => {
    expect(plain(countReading(quarters, 1, [9, 3], 'Incidents', 'lower'))).toBe('Incidents in Q2 2025: no usual level yet (under 2 quarters before), n = 3.');
  });
});

describe('segmentsReading', () => {
  it('names the segment the rule calls (capacity: usual 1, now 6), not one within its range', () => {
    const series = [
      { key: 'dns', counts: [3, 3, 3, 3, 3] },
      { key: 'capacity', counts: [1, 1, 2, 1, 6] },
    ];
    expect(plain(segmentsReading(quarters, at, series, labelOf))).toBe(
      'Capacity incidents in Q1 2026 were higher than usual: 6 against a usual 1 over 4 quarters (n = 6).',
    );
  });

  it('reads the total when no segment changed: expiring certificates going 0 → 1 is not news', () => {
    const series = [
      { key: 'certs', counts: [0, 0, 0, 0, 1] },
      { key: 'dns', counts: [1, 2, 1, 1, 1] },
    ];
    // Totals 1, 3, 1, 1 → usual 1; now 2, on too few.
    expect(plain(segmentsReading(quarters, at, series, labelOf))).toBe('Incidents in Q1 2026: too few to call a change (n = 2).');
  });

  it('names at most three changes and points to the table for the rest', () => {
    const series = ['capacity', 'dns', 'certs', 'deploys'].map((key) => ({ key, counts: [3, 3, 3, 3, 7] }));
    const reading = plain(segmentsReading(quarters, at, series, labelOf));
    expect(reading).toBe(
      [
        'Capacity incidents in Q1 2026 were higher than usual: 7 against a usual 3 over 4 quarters (n = 7).',
        'DNS incidents in Q1 2026 were higher than usual: 7 against a usual 3 over 4 quarters (n = 7).',
        'Expiring certificates incidents in Q1 2026 were higher than usual: 7 against a usual 3 over 4 quarters (n = 7).',
        '1 more change in the table.',
      ].join(' '),
    );
  });

  it('uses the given noun for the total', () => {
    expect(plain(segmentsReading(quarters, at, [{ key: 'capacity', counts: [0, 1, 0, 0, 1] }], labelOf, 'incidents in recurring chains'))).toBe(
      'Incidents in recurring chains in Q1 2026: too few to call a change (n = 1).',
    );
  });
});

describe('medianReading', () => {
  it('pools the earlier quarters’ values and calls a median that more than doubled on 6 or more', () => {
    // Earlier: 10 20 30 | 20 | 30 40 | 20 20 → 10 20 20 20 20 30 30 40, median 20.
    // Now: 60 70 80 90 100 110 → median 85, n = 6 (and 8 before).
    const values = [[10, 20, 30], [20], [30, 40], [20, 20], [60, 70, 80, 90, 100, 110]];
    expect(plain(medianReading(quarters, at, values, 'Median time to detect', formatDuration))).toBe(
      'Median time to detect in Q1 2026 was higher than usual: 1 h 25 min against a usual 20 min over 4 quarters (n = 6).',
    );
  });

  it('names the figure and says when it rests on too few', () => {
    const values = [[10, 20, 30], [20], [30, 40], [20, 20], [5]];
    expect(plain(medianReading(quarters, at, values, 'Median time to detect', formatDuration))).toBe('Median time to detect in Q1 2026, 5 min: too few to call a change (n = 1).');
  });

  it('says there is no figure for a quarter without one', () => {
    expect(plain(medianReading(quarters, at, [[10], [20], [30], [40], []], 'Median time to resolve', formatDuration))).toBe(
      'Median time to resolve in Q1 2026: no figure to compare (n = 0).',
    );
  });
});

describe('shareReading', () => {
  const earlier = [
    { part: 3, whole: 6 },
    { part: 4, whole: 8 },
    { part: 2, whole: 4 },
    { part: 3, whole: 6 },
  ];

  it('compares with the pooled share of the quarters before (12 of 24 = 50%) and calls a halving', () => {
    expect(plain(shareReading(quarters, at, [...earlier, { part: 1, whole: 8 }], 'Share detected by our own monitoring', 'higher'))).toBe(
      'Share detected by our own monitoring in Q1 2026 was lower than usual: 13% against a usual 50% over 4 quarters (n = 8).',
    );
  });

  it('says a share within the usual range, with its n', () => {
    expect(plain(shareReading(quarters, at, [...earlier, { part: 3, whole: 8 }], 'Share started by a change', 'neither'))).toBe(
      'Share started by a change in Q1 2026, 38%, was within the usual range (usual 50%), n = 8.',
    );
  });
});

describe('valuesByQuarter', () => {
  it('groups [quarter, value] points by quarter, empty where there are none', () => {
    expect(valuesByQuarter(3, [[0, 5], [2, 1], [0, 7]])).toEqual([[5, 7], [], [1]]);
  });
});

describe('formatDays', () => {
  it('says day or days, and one decimal for a median between two days', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12)).toBe('12 days');
    expect(formatDays(12.5)).toBe('12.5 days');
  });
});
