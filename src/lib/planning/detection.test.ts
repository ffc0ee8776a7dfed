import { describe, expect, it } from 'vitest';
import { incidentsOf, writeUp } from '../test-fixtures';
import { detectionGroupOf, detectionShares, summariseDurations, timeToDetectByGroup } from './detection';

describe('who told us first', () => {
  it('puts monitoring and synthetic checks under our monitoring, customers alone, everyone else together', () => {
    expect(detectionGroupOf('monitoring')).toBe('our-monitoring');
    expect(detectionGroupOf('synthetic')).toBe('our-monitoring');
    expect(detectionGroupOf('customer')).toBe('customers');
    for (const source of ['internal-report', 'third-party', 'audit', 'other'] as const) expect(detectionGroupOf(source)).toBe('others');
    expect(detectionGroupOf(undefined)).toBeUndefined();
  });

  it('counts each group of the incidents that say, and how many do not', () => {
    const incidents = incidentsOf(
      [
        writeUp('2025-01-01-a', { detection: 'monitoring' }),
        writeUp('2025-01-02-b', { detection: 'synthetic' }),
        writeUp('2025-01-03-c', { detection: 'customer' }),
        writeUp('2025-01-04-d', { detection: 'audit' }),
        writeUp('2025-01-05-e'),
      ],
      '2025-02-01',
    );
    expect(detectionShares(incidents)).toEqual({ counts: { 'our-monitoring': 2, customers: 1, others: 1 }, recorded: 4, notRecorded: 1 });
  });

  it('gives time to detect per group as median and p90 with n, leaving out incidents without the figure or the source', () => {
    // Customers: 60, 120, 240, 600 → median 180, p90 the 4th of 4 (600). Monitoring: 5, 15 → median 10, p90 15.
    const incidents = incidentsOf(
      [
        writeUp('2025-01-01-a', { detection: 'customer' }, { detect: 60 }),
        writeUp('2025-01-02-b', { detection: 'customer' }, { detect: 120 }),
        writeUp('2025-01-03-c', { detection: 'customer' }, { detect: 240 }),
        writeUp('2025-01-04-d', { detection: 'customer' }, { detect: 600 }),
        writeUp('2025-01-05-e', { detection: 'monitoring' }, { detect: 5 }),
        writeUp('2025-01-06-f', { detection: 'synthetic' }, { detect: 15 }),
        writeUp('2025-01-07-g', { detection: 'monitoring' }),
        writeUp('2025-01-08-h', {}, { detect: 1 }),
      ],
      '2025-02-01',
    );
    expect(timeToDetectByGroup(incidents)).toEqual({
      'our-monitoring': { median: 10, p90: 15, n: 2 },
      customers: { median: 180, p90: 600, n: 4 },
      others: { median: null, p90: null, n: 0 },
    });
  });

  it('summarises no durations as no figure, not zero', () => {
    expect(summariseDurations([])).toEqual({ median: null, p90: null, n: 0 });
  });
});
