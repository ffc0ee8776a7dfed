import { describe, expect, it } from 'vitest';
import { recurringChains } from './chains';
import { action, incidentsOf, writeUp } from '../test-fixtures';

const capacity = { summary: 'Scheduled load outgrew the system.', category: 'capacity-planning' };
const dns = { summary: 'A DNS change took effect unchecked.', category: 'config-change' };

// Capacity: a, b, c, d within 180 days (c and d recurring), then a second run e, f, g in 2025
// (g recurring; d is 419 days before g, outside the window). DNS: two incidents, never recurring.
const log = incidentsOf(
  [
    writeUp('2024-01-10-a', { rootCause: capacity }),
    writeUp('2024-02-10-b', { rootCause: capacity }),
    writeUp('2024-03-10-c', { rootCause: capacity }),
    writeUp('2024-04-10-d', { rootCause: capacity }),
    writeUp('2025-06-01-e', { rootCause: capacity }),
    writeUp('2025-06-02-f', { rootCause: capacity }),
    writeUp('2025-06-03-g', { rootCause: capacity, actions: [action('priya', '2025-06-30')] }),
    writeUp('2024-01-01-x', { rootCause: dns }),
    writeUp('2024-01-02-y', { rootCause: dns }),
  ],
  '2025-07-01',
);

describe('recurringChains', () => {
  const chains = recurringChains(log);

  it('merges overlapping rule chains into one run and keeps separate runs apart, newest first', () => {
    expect(chains.map((chain) => chain.id)).toEqual(['capacity-planning:2025-06-01-e', 'capacity-planning:2024-01-10-a']);
  });

  it('lists a run’s incidents oldest first, and which of them met the rule', () => {
    const [latest, first] = chains;
    expect(first!.incidents.map((incident) => incident.id)).toEqual(['2024-01-10-a', '2024-02-10-b', '2024-03-10-c', '2024-04-10-d']);
    expect(first!.recurrences.map((incident) => incident.id)).toEqual(['2024-03-10-c', '2024-04-10-d']);
    expect(latest!.incidents.map((incident) => incident.id)).toEqual(['2025-06-01-e', '2025-06-02-f', '2025-06-03-g']);
    expect(latest!.recurrences.map((incident) => incident.id)).toEqual(['2025-06-03-g']);
  });

  it('is empty when nothing recurs', () => {
    expect(recurringChains(log.filter((incident) => incident.data.rootCause.category === 'config-change'))).toEqual([]);
  });
});
