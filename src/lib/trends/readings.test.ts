import { describe, expect, it } from 'vitest';
import { actionsReading, countChangeReading, formatDays, medianChangeReading } from './readings';
import { formatDuration } from '../duration';

const labels: Record<string, string> = { capacity: 'Capacity', dns: 'DNS', deploys: 'Deploy' };
const labelOf = (key: string) => labels[key] ?? key;

describe('countChangeReading', () => {
  const quarters = ['2025-Q1', '2025-Q2', '2025-Q3'];

  it('names the segment that changed most between the last two quarters', () => {
    const series = [
      { key: 'dns', counts: [2, 2, 1] }, // −1
      { key: 'capacity', counts: [0, 1, 4] }, // +3
    ];
    expect(countChangeReading(quarters, series, labelOf)).toBe('Capacity incidents rose from 1 in Q2 2025 to 4 in Q3 2025.');
  });

  it('says "fell" for a drop, and breaks a tie by series order', () => {
    const series = [
      { key: 'dns', counts: [0, 3, 1] }, // −2
      { key: 'capacity', counts: [0, 0, 2] }, // +2, same size, later in order
    ];
    expect(countChangeReading(quarters, series, labelOf)).toBe('DNS incidents fell from 3 in Q2 2025 to 1 in Q3 2025.');
  });

  it('uses the given noun', () => {
    expect(countChangeReading(quarters, [{ key: 'capacity', counts: [1, 0, 2] }], labelOf, 'incidents in recurring chains')).toBe(
      'Capacity incidents in recurring chains rose from 0 in Q2 2025 to 2 in Q3 2025.',
    );
  });

  it('says nothing changed, with the count, when every segment is the same', () => {
    expect(countChangeReading(quarters, [{ key: 'dns', counts: [5, 2, 2] }, { key: 'capacity', counts: [0, 1, 1] }], labelOf)).toBe(
      'No change from Q2 2025 to Q3 2025: 3 incidents in each.',
    );
  });

  it('points back to the latest quarter with incidents when the last two have none', () => {
    expect(countChangeReading(['2025-Q1', ...quarters], [{ key: 'dns', counts: [0, 2, 0, 0] }], labelOf)).toBe(
      'No incidents in Q2 2025 or Q3 2025; the latest were in Q1 2025.',
    );
  });

  it('reads a single quarter by its largest segment', () => {
    expect(countChangeReading(['2024-Q1'], [{ key: 'dns', counts: [1] }, { key: 'deploys', counts: [2] }], labelOf)).toBe(
      'In Q1 2024, Deploy incidents were the most: 2 of 3.',
    );
  });

  it('says there is nothing to show for no incidents', () => {
    expect(countChangeReading(quarters, [{ key: 'dns', counts: [0, 0, 0] }], labelOf)).toBe('No incidents to show.');
    expect(countChangeReading([], [], labelOf)).toBe('No incidents to show.');
  });
});

describe('medianChangeReading', () => {
  const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
  const read = (medians: (number | null)[]) =>
    medianChangeReading(quarters, medians, 'Median time to detect', formatDuration, 'Nothing measured.');

  it('compares the last two quarters with a median: "fell" for a drop', () => {
    expect(read([10, 20, 190, 45])).toBe('Median time to detect fell from 3 h 10 min in Q3 2025 to 45 min in Q4 2025.');
  });

  it('skips quarters without a value rather than reading them as zero', () => {
    expect(read([30, 45, null, null])).toBe('Median time to detect rose from 30 min in Q1 2025 to 45 min in Q2 2025.');
  });

  it('says "held at" when the two read the same', () => {
    expect(read([null, 45, null, 45.2])).toBe('Median time to detect held at 45 min in Q2 2025 and Q4 2025.');
  });

  it('reads a lone value, and falls back to the given sentence when there is none', () => {
    expect(read([null, null, 125, null])).toBe('Median time to detect was 2 h 05 min in Q3 2025, the only quarter with a measurement.');
    expect(read([null, null, null, null])).toBe('Nothing measured.');
  });
});

describe('actionsReading', () => {
  it('gives open and overdue now, then the last quarter’s created and completed', () => {
    expect(actionsReading(['2025-Q2', '2025-Q3'], { created: [2, 3], completed: [1, 4], openNow: 5, overdueNow: 2 })).toBe(
      '5 actions are open now, 2 overdue; in Q3 2025, 3 were created and 4 completed.',
    );
  });

  it('agrees in number for one', () => {
    expect(actionsReading(['2025-Q3'], { created: [1], completed: [0], openNow: 1, overdueNow: 0 })).toBe(
      '1 action is open now, none overdue; in Q3 2025, 1 was created and 0 completed.',
    );
  });
});

describe('formatDays', () => {
  it('writes whole and half days', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12)).toBe('12 days');
    expect(formatDays(12.5)).toBe('12.5 days');
  });
});
