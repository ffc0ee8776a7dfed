import { describe, expect, it } from 'vitest';
import { incidentFilters } from './filters';
import { SAMPLE_SERVICES, SAMPLE_TEAMS, trendSample } from '../test-fixtures';

describe('incidentFilters', () => {
  const groups = incidentFilters(trendSample(), { services: SAMPLE_SERVICES, teams: SAMPLE_TEAMS });

  it('lists teams then services, each by name, only those with incidents', () => {
    expect(groups.map((group) => group.filter)).toEqual([
      { key: 'team:customer-apps', kind: 'team', label: 'Customer apps squad', incidents: 2 },
      // d touches two payments services but counts once for the team.
      { key: 'team:payments', kind: 'team', label: 'Payments squad', incidents: 3 },
      { key: 'service:checkout', kind: 'service', label: 'Checkout', incidents: 3 },
      { key: 'service:payments-gateway', kind: 'service', label: 'Payments gateway', incidents: 1 },
      { key: 'service:website', kind: 'service', label: 'Website', incidents: 2 },
    ]);
  });

  it('keeps each group’s incidents in the log’s order (newest first)', () => {
    expect(groups[0]!.incidents.map((incident) => incident.id)).toEqual(['2025-03-20-c', '2025-02-15-b']);
    expect(groups[1]!.incidents.map((incident) => incident.id)).toEqual(['2025-07-05-d', '2025-03-20-c', '2025-01-10-a']);
  });
});
