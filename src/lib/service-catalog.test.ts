import { describe, expect, it } from 'vitest';
import { recurringChains } from './recurrence/chains';
import { publishedServiceIds, serviceHistory, serviceIndex, type ServiceCatalogContext } from './service-catalog';
import { SAMPLE_CAUSES, SAMPLE_PEOPLE, SAMPLE_SERVICES, SAMPLE_TEAMS, TREND_SAMPLE_TODAY, trendSample } from './test-fixtures';
import type { Service } from './schema';

const incidents = trendSample();
const context: ServiceCatalogContext = {
  services: SAMPLE_SERVICES as Map<string, Service>,
  teams: SAMPLE_TEAMS,
  causes: SAMPLE_CAUSES as ServiceCatalogContext['causes'],
  people: SAMPLE_PEOPLE as ServiceCatalogContext['people'],
  chains: recurringChains(incidents),
  today: TREND_SAMPLE_TODAY,
  generatedAt: '2025-10-01T06:00:00.000Z',
  urls: {
    incident: (id) => `https://failures.example/incidents/${id}/`,
    servicePage: (id) => `https://failures.example/services/${id}/`,
    serviceJson: (id) => `https://failures.example/services/${id}.json`,
    schema: (name) => `https://failures.example/schemas/${name}.schema.json`,
  },
};
const of = (id: string) => incidents.filter((incident) => incident.data.services.includes(id));

describe('publishedServiceIds', () => {
  it('publishes every registered service, by id', () => {
    expect(publishedServiceIds(context.services, incidents, false)).toEqual(['checkout', 'payments-gateway', 'warehouse-labels', 'website']);
  });

  it('publishes only services a published write-up names in a public build', () => {
    expect(publishedServiceIds(context.services, incidents, true)).toEqual(['checkout', 'payments-gateway', 'website']);
    expect(publishedServiceIds(context.services, [], true)).toEqual([]);
  });
});

describe('serviceHistory', () => {
  const checkout = serviceHistory('checkout', of('checkout'), context);

  it("names the service, its team and where its page and file are", () => {
    expect(checkout.$schema).toBe('https://failures.example/schemas/service.schema.json');
    expect(checkout.asOf).toBe('2025-10-01');
    expect(checkout.service).toEqual({
      id: 'checkout',
      name: 'Checkout',
      team: { id: 'payments', name: 'Payments squad' },
      tier: null,
      url: 'https://failures.example/services/checkout/',
      json: 'https://failures.example/services/checkout.json',
    });
  });

  it('lists its incidents newest first, with cause, figures and action counts', () => {
    expect(checkout.incidentCount).toBe(3);
    expect(checkout.incidents.map((incident) => incident.id)).toEqual(['2025-07-05-d', '2025-03-20-c', '2025-01-10-a']);
    expect(checkout.incidents[0]).toEqual({
      id: '2025-07-05-d',
      title: 'Incident 2025-07-05-d',
      date: '2025-07-05',
      severity: 'SEV3',
      type: 'process',
      nearMiss: false,
      cause: { category: 'capacity-planning', label: 'Capacity', summary: 'Scheduled load outgrew the system.' },
      url: 'https://failures.example/incidents/2025-07-05-d/',
      figures: { timeToImpactMinutes: null, timeToDetectMinutes: 20, timeToMitigateMinutes: null, timeToResolveMinutes: 40, impactDurationMinutes: 60 },
      actions: { total: 2, done: 1, open: 1, overdue: 0 },
      recurring: true,
    });
    expect(checkout.lastIncident).toEqual({
      id: '2025-07-05-d',
      title: 'Incident 2025-07-05-d',
      date: '2025-07-05',
      url: 'https://failures.example/incidents/2025-07-05-d/',
      daysAgo: 88,
    });
  });

  it('lists open actions soonest due first, with the owner named and overdue as of the build', () => {
    const website = serviceHistory('website', of('website'), context);
    expect(website.openActions).toEqual([
      { incident: '2025-02-15-b', action: 'Action for leo due 2025-03-01', owner: { id: 'leo', name: SAMPLE_PEOPLE.get('leo')!.name }, due: '2025-03-01', status: 'open', overdue: true, ticket: null },
    ]);
    expect(website.overdueActionCount).toBe(1);
    expect(checkout.openActions.map((action) => [action.due, action.status, action.overdue])).toEqual([['2025-12-01', 'in-progress', false]]);
    expect(checkout.overdueActionCount).toBe(0);
  });

  it('lists the recurring chains the service is part of, with which of their incidents it had', () => {
    expect(checkout.recurringChains).toEqual([
      {
        id: 'capacity-planning:2025-01-10-a',
        category: 'capacity-planning',
        label: 'Capacity',
        incidents: ['2025-01-10-a', '2025-03-20-c', '2025-07-05-d'],
        incidentsOfService: ['2025-01-10-a', '2025-03-20-c', '2025-07-05-d'],
        first: '2025-01-10',
        last: '2025-07-05',
      },
    ]);
    const gateway = serviceHistory('payments-gateway', of('payments-gateway'), context);
    expect(gateway.recurringChains[0]!.incidentsOfService).toEqual(['2025-07-05-d']);
  });

  it('says so plainly for a service with no incident', () => {
    const labels = serviceHistory('warehouse-labels', [], context);
    expect(labels).toMatchObject({ incidentCount: 0, lastIncident: null, incidents: [], openActions: [], overdueActionCount: 0, recurringChains: [] });
  });
});

describe('serviceIndex', () => {
  it('gives each service its counts, last incident date and whether it is part of a recurring chain', () => {
    const index = serviceIndex(['checkout', 'warehouse-labels', 'website'], of, context);
    expect(index.$schema).toBe('https://failures.example/schemas/services.schema.json');
    expect(index.services.map(({ id, incidentCount, lastIncidentDate, openActionCount, overdueActionCount, recurring }) => ({ id, incidentCount, lastIncidentDate, openActionCount, overdueActionCount, recurring }))).toEqual([
      { id: 'checkout', incidentCount: 3, lastIncidentDate: '2025-07-05', openActionCount: 1, overdueActionCount: 0, recurring: true },
      { id: 'warehouse-labels', incidentCount: 0, lastIncidentDate: null, openActionCount: 0, overdueActionCount: 0, recurring: false },
      { id: 'website', incidentCount: 2, lastIncidentDate: '2025-03-20', openActionCount: 1, overdueActionCount: 1, recurring: true },
    ]);
  });
});
