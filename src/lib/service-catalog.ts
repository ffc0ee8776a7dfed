/**
 * Each service's failure history as JSON for service catalogs (`/services/<id>.json`) and the
 * list of them (`/services.json`): incidents with their figures, open and overdue actions, the
 * last incident and the recurring chains the service is part of. Their shape is a public
 * interface, described by the JSON Schemas in public/schemas/ (tested against the output):
 * fields are only ever added.
 */
import { isOpenStatus, isOverdue } from './actions';
import { daysBetween } from './days';
import type { Incident } from './incident-log';
import type { TimelineFigures } from './metrics';
import type { RecurringChain } from './recurrence/chains';
import type { Cause, Person, Service, Team } from './schema';

export interface ServiceCatalogContext {
  services: ReadonlyMap<string, Service>;
  teams: ReadonlyMap<string, Team>;
  causes: ReadonlyMap<string, Cause>;
  people: ReadonlyMap<string, Person>;
  /** Every recurring chain of the published incidents. */
  chains: readonly RecurringChain[];
  /** The build's day, `YYYY-MM-DD`: actions are overdue as of it. */
  today: string;
  /** ISO datetime of the build. */
  generatedAt: string;
  /** Site addresses (absolute when the site's URL is known). */
  urls: {
    incident: (id: string) => string;
    servicePage: (id: string) => string;
    serviceJson: (id: string) => string;
    schema: (name: 'service' | 'services') => string;
  };
}

export interface ServiceSummary {
  id: string;
  name: string;
  team: { id: string; name: string };
  tier: number | null;
  /** The service's page on the site. */
  url: string;
  /** This service's JSON file. */
  json: string;
}

export interface ServiceIncident {
  id: string;
  title: string;
  date: string;
  severity: string;
  type: string;
  nearMiss: boolean;
  cause: { category: string; label: string; summary: string };
  url: string;
  /** The five timeline figures in minutes, or null, as in incidents.json's `metrics`. */
  figures: TimelineFigures;
  actions: { total: number; done: number; open: number; overdue: number };
  recurring: boolean;
}

export interface ServiceAction {
  incident: string;
  action: string;
  owner: { id: string; name: string };
  due: string;
  status: 'open' | 'in-progress';
  overdue: boolean;
  ticket: string | null;
}

export interface ServiceChain {
  id: string;
  category: string;
  label: string;
  /** Every incident of the chain, oldest first, whichever services they affected. */
  incidents: string[];
  /** Those that affected this service. */
  incidentsOfService: string[];
  first: string;
  last: string;
}

export interface ServiceHistory {
  $schema: string;
  generatedAt: string;
  asOf: string;
  service: ServiceSummary;
  incidentCount: number;
  lastIncident: { id: string; title: string; date: string; url: string; daysAgo: number } | null;
  /** Newest first. */
  incidents: ServiceIncident[];
  /** Open and in-progress actions from the service's incidents, soonest due first. */
  openActions: ServiceAction[];
  overdueActionCount: number;
  /** The most recently grown first. */
  recurringChains: ServiceChain[];
}

export interface ServiceIndexEntry extends ServiceSummary {
  incidentCount: number;
  lastIncidentDate: string | null;
  openActionCount: number;
  overdueActionCount: number;
  /** Whether the service is part of a recurring chain. */
  recurring: boolean;
}

export interface ServiceIndex {
  $schema: string;
  generatedAt: string;
  asOf: string;
  services: ServiceIndexEntry[];
}

/**
 * The services to publish, by id: every service of the registry, except in a public build,
 * which publishes a service only when a published write-up names it.
 */
export function publishedServiceIds(services: ReadonlyMap<string, Service>, incidents: readonly Incident[], publicBuild: boolean): string[] {
  const named = new Set(incidents.flatMap((incident) => incident.data.services));
  return [...services.keys()].filter((id) => !publicBuild || named.has(id)).sort();
}

function summaryOf(id: string, context: ServiceCatalogContext): ServiceSummary {
  const service = context.services.get(id);
  const teamId = service?.team ?? '';
  return {
    id,
    name: service?.name ?? id,
    team: { id: teamId, name: context.teams.get(teamId)?.name ?? teamId },
    tier: service?.tier ?? null,
    url: context.urls.servicePage(id),
    json: context.urls.serviceJson(id),
  };
}

function incidentOf(incident: Incident, context: ServiceCatalogContext): ServiceIncident {
  const { data, figures, actionCounts } = incident;
  const category = data.rootCause.category;
  return {
    id: incident.id,
    title: data.title,
    date: data.date,
    severity: data.severity,
    type: data.type,
    nearMiss: data.nearMiss,
    cause: { category, label: context.causes.get(category)?.label ?? category, summary: data.rootCause.summary },
    url: context.urls.incident(incident.id),
    figures: {
      timeToImpactMinutes: figures.timeToImpactMinutes,
      timeToDetectMinutes: figures.timeToDetectMinutes,
      timeToMitigateMinutes: figures.timeToMitigateMinutes,
      timeToResolveMinutes: figures.timeToResolveMinutes,
      impactDurationMinutes: figures.impactDurationMinutes,
    },
    actions: { total: actionCounts.allWithDropped, done: actionCounts.done, open: actionCounts.open, overdue: actionCounts.overdue },
    recurring: incident.recurrence.recurring,
  };
}

function openActionsOf(incidents: readonly Incident[], context: ServiceCatalogContext): ServiceAction[] {
  return incidents
    .flatMap((incident) =>
      incident.data.actions
        .filter((action) => isOpenStatus(action.status))
        .map((action) => ({
          incident: incident.id,
          action: action.action,
          owner: { id: action.owner, name: context.people.get(action.owner)?.name ?? action.owner },
          due: action.due,
          status: action.status as ServiceAction['status'],
          overdue: isOverdue(action, context.today),
          ticket: action.ticket ?? null,
        })),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.incident.localeCompare(b.incident));
}

function chainsOf(id: string, context: ServiceCatalogContext): ServiceChain[] {
  return context.chains.flatMap((chain) => {
    const ofService = chain.incidents.filter((incident) => incident.data.services.includes(id));
    if (ofService.length === 0) return [];
    return [
      {
        id: chain.id,
        category: chain.category,
        label: context.causes.get(chain.category)?.label ?? chain.category,
        incidents: chain.incidents.map((incident) => incident.id),
        incidentsOfService: ofService.map((incident) => incident.id),
        first: chain.incidents[0]!.data.date,
        last: chain.incidents.at(-1)!.data.date,
      },
    ];
  });
}

/** One service's file. `incidents` are the service's, newest first. */
export function serviceHistory(id: string, incidents: readonly Incident[], context: ServiceCatalogContext): ServiceHistory {
  const openActions = openActionsOf(incidents, context);
  const latest = incidents[0];
  return {
    $schema: context.urls.schema('service'),
    generatedAt: context.generatedAt,
    asOf: context.today,
    service: summaryOf(id, context),
    incidentCount: incidents.length,
    lastIncident: latest
      ? {
          id: latest.id,
          title: latest.data.title,
          date: latest.data.date,
          url: context.urls.incident(latest.id),
          daysAgo: daysBetween(latest.data.date, context.today),
        }
      : null,
    incidents: incidents.map((incident) => incidentOf(incident, context)),
    openActions,
    overdueActionCount: openActions.filter((action) => action.overdue).length,
    recurringChains: chainsOf(id, context),
  };
}

/** The list of services, with the counts a catalog shows beside each. `incidentsOf` gives a service's incidents, newest first. */
export function serviceIndex(ids: readonly string[], incidentsOf: (id: string) => readonly Incident[], context: ServiceCatalogContext): ServiceIndex {
  const inChains = new Set(context.chains.flatMap((chain) => chain.incidents.flatMap((incident) => incident.data.services)));
  return {
    $schema: context.urls.schema('services'),
    generatedAt: context.generatedAt,
    asOf: context.today,
    services: ids.map((id) => {
      const incidents = incidentsOf(id);
      const open = openActionsOf(incidents, context);
      return {
        ...summaryOf(id, context),
        incidentCount: incidents.length,
        lastIncidentDate: incidents[0]?.data.date ?? null,
        openActionCount: open.length,
        overdueActionCount: open.filter((action) => action.overdue).length,
        recurring: inChains.has(id),
      };
    }),
  };
}
