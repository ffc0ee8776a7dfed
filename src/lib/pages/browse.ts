/**
 * The browse pages: an index and a page per root cause, service, team and tag, each listing its
 * incidents newest first. Indexes list the most incidents first, then by name.
 */
import { byCause, byService, byTag, byTeam, causeCounts, groupIncidents, openActions, type IncidentGroup } from '../browse';
import { daysBetween } from '../days';
import { formatDay, plural } from '../format';
import { glossaryTerm, termAnchor } from '../glossary';
import type { Incident } from '../incident-log';
import { causeLabel, teamName } from '../registries';
import {
  actionRow,
  dayView,
  incidentListItems,
  verdictViews,
  type ActionRow,
  type DayView,
  type IncidentListItem,
  type Link,
  type PageContext,
  type VerdictView,
} from './parts';

/** A chain shows its latest recurrences; older ones are on the pages of their incidents. */
export const LATEST_RECURRENCES_SHOWN = 10;

export type BrowseKind = 'causes' | 'services' | 'teams' | 'tags';

export interface GroupRow {
  href: string;
  label: string;
  detail: string | undefined;
  incidents: number;
  first: DayView | undefined;
  last: DayView | undefined;
}

export interface BrowseIndex {
  kind: BrowseKind;
  nav: BrowseNavItem[];
  title: string;
  heading: string;
  lede: string;
  /** The first column's heading. */
  column: string;
  caption: string;
  rows: GroupRow[];
  /** What to say when there is nothing to list. */
  empty: string;
}

function groupRow(href: string, label: string, detail: string | undefined, group: IncidentGroup | undefined): GroupRow {
  return {
    href,
    label,
    detail: detail || undefined,
    incidents: group?.incidents.length ?? 0,
    first: group ? dayView(group.first) : undefined,
    last: group ? dayView(group.last) : undefined,
  };
}

/** Most incidents first, then by name. */
const byIncidentsThenLabel = (a: GroupRow, b: GroupRow) => b.incidents - a.incidents || a.label.localeCompare(b.label);

export function causesIndex(context: PageContext): BrowseIndex {
  const { library, links } = context;
  const groups = groupIncidents(library.incidents, byCause);
  const { threshold, windowDays } = library.settings.recurrence;
  return {
    kind: 'causes',
    nav: browseNav(context, 'causes'),
    title: 'Root causes',
    heading: 'Browse by root cause',
    lede: `The structural conditions behind the incidents, most frequent first. A cause with ${plural(threshold, 'incident')} within ${windowDays} days is a pattern, not bad luck.`,
    column: 'Root cause',
    caption: 'Root-cause categories from the registry, with their incidents.',
    rows: [...library.causes].map(([id, cause]) => groupRow(links.to(`causes/${id}/`), cause.label, cause.description, groups.get(id))).sort(byIncidentsThenLabel),
    empty: 'The registry has no root-cause categories yet.',
  };
}

export function servicesIndex(context: PageContext): BrowseIndex {
  const { library, links } = context;
  const groups = groupIncidents(library.incidents, byService);
  return {
    kind: 'services',
    nav: browseNav(context, 'services'),
    title: 'Services',
    heading: 'Browse by service',
    lede: "Each service's failure history: its incidents, their causes and the actions still open.",
    column: 'Service',
    caption: [...library.services.values()].some((service) => service.tier !== undefined)
      ? `Services from the registry, most incidents first. Tier: ${glossaryTerm(library.settings, 'tier').short}.`
      : 'Services from the registry, most incidents first.',
    rows: [...library.services]
      .map(([id, service]) =>
        groupRow(links.to(`services/${id}/`), service.name, [teamName(library, service.team), service.tier !== undefined ? `tier ${service.tier}` : undefined].filter(Boolean).join(', '), groups.get(id)),
      )
      .sort(byIncidentsThenLabel),
    empty: 'The registry has no services yet.',
  };
}

export function teamsIndex(context: PageContext): BrowseIndex {
  const { library, links } = context;
  const groups = groupIncidents(library.incidents, byTeam(library));
  return {
    kind: 'teams',
    nav: browseNav(context, 'teams'),
    title: 'Teams',
    heading: 'Browse by team',
    lede: 'Incidents by the team that owns the affected services: where to look for context, not whom to blame.',
    column: 'Team',
    caption: 'Teams from the registry, most incidents first.',
    rows: [...library.teams].map(([id, team]) => groupRow(links.to(`teams/${id}/`), team.name, undefined, groups.get(id))).sort(byIncidentsThenLabel),
    empty: 'The registry has no teams yet.',
  };
}

export function tagsIndex(context: PageContext): BrowseIndex {
  const { library, links } = context;
  return {
    kind: 'tags',
    nav: browseNav(context, 'tags'),
    title: 'Tags',
    heading: 'Browse by tag',
    lede: 'Free keywords the authors gave their write-ups.',
    column: 'Tag',
    caption: 'Tags, most used first.',
    rows: [...groupIncidents(library.incidents, byTag).values()].map((group) => groupRow(links.to(`tags/${group.key}/`), group.key, undefined, group)).sort(byIncidentsThenLabel),
    empty: 'No write-up has tags yet.',
  };
}

export interface ChainSection {
  /** "The latest 10 of 14 recurrences of this chain:", when some are left out. */
  note: string | undefined;
  verdicts: VerdictView[];
}

export interface CausePage {
  id: string;
  nav: BrowseNavItem[];
  title: string;
  description: string | undefined;
  /** "5 incidents, from 31 May 2024 to 30 Sep 2024." */
  summary: string;
  chains: ChainSection[];
  /** "This cause met the recurrence rule (3 incidents within 180 days) 2 times." */
  chainsIntro: string;
  incidents: IncidentListItem[];
}

/** "3 incidents, from 6 Mar 2024 to 2 Apr 2024." (incidents newest first). */
function countAndSpan(incidents: readonly Incident[]): string {
  if (incidents.length === 0) return `${plural(0, 'incident')}.`;
  return `${plural(incidents.length, 'incident')}, from ${formatDay(incidents.at(-1)!.data.date)} to ${formatDay(incidents[0]!.data.date)}.`;
}

export function causePages(context: PageContext): CausePage[] {
  const { library } = context;
  const groups = groupIncidents(library.incidents, byCause);
  const chainsByCause = Map.groupBy(library.chains, (chain) => chain.category);
  const { threshold, windowDays } = library.settings.recurrence;
  return [...library.causes].map(([id, cause]) => {
    const incidents = groups.get(id)?.incidents ?? [];
    const chains = chainsByCause.get(id) ?? [];
    return {
      id,
      nav: browseNav(context, 'causes'),
      title: cause.label,
      description: cause.description,
      summary: countAndSpan(incidents),
      chainsIntro: `This cause met the recurrence rule (${threshold} incidents within ${windowDays} days) ${plural(chains.length, 'time')}.`,
      chains: chains.map((chain) => {
        const shown = chain.recurrences.slice(-LATEST_RECURRENCES_SHOWN);
        return {
          note: shown.length < chain.recurrences.length ? `The latest ${shown.length} of ${chain.recurrences.length} recurrences of this chain:` : undefined,
          verdicts: verdictViews(context, chain, shown),
        };
      }),
      incidents: incidentListItems(context, incidents),
    };
  });
}

export interface ServicePage {
  id: string;
  nav: BrowseNavItem[];
  title: string;
  team: Link;
  /** "tier 1", with what a tier is and where the glossary says more. */
  tier: { text: string; help: string; glossary: string } | undefined;
  incidentCount: string;
  /** The newest incident and how long ago it was, when there is one. */
  latest: { incident: Link; date: DayView; daysAgo: number } | undefined;
  causes: { cause: Link; incidents: string }[];
  openActions: ActionRow[];
  incidents: IncidentListItem[];
}

export function servicePages(context: PageContext): ServicePage[] {
  const { library, links } = context;
  const groups = groupIncidents(library.incidents, byService);
  return [...library.services].map(([id, service]) => {
    const incidents = groups.get(id)?.incidents ?? [];
    const latest = incidents[0];
    return {
      id,
      nav: browseNav(context, 'services'),
      title: service.name,
      team: { href: links.to(`teams/${service.team}/`), text: teamName(library, service.team) },
      tier: service.tier === undefined ? undefined : { text: `tier ${service.tier}`, help: glossaryTerm(library.settings, 'tier').short, glossary: links.to(`start-here/#${termAnchor('tier')}`) },
      incidentCount: plural(incidents.length, 'incident'),
      latest: latest && {
        incident: { href: links.incident(latest.id), text: latest.data.title },
        date: dayView(latest.data.date),
        daysAgo: daysBetween(latest.data.date, library.today),
      },
      causes: causeCounts(incidents).map(({ category, count }) => ({ cause: { href: links.to(`causes/${category}/`), text: causeLabel(library, category) }, incidents: plural(count, 'incident') })),
      openActions: openActions(incidents).map(({ incident, action }) => actionRow(context, action, incident)),
      incidents: incidentListItems(context, incidents),
    };
  });
}

export interface TeamPage {
  id: string;
  nav: BrowseNavItem[];
  title: string;
  incidentCount: string;
  services: Link[];
  /** Left out of a public build, which names no one beyond its write-ups. */
  people: string[] | undefined;
  incidents: IncidentListItem[];
}

export function teamPages(context: PageContext): TeamPage[] {
  const { library, links } = context;
  const groups = groupIncidents(library.incidents, byTeam(library));
  // One pass over each registry for all team pages, not one per page.
  const services = Map.groupBy([...library.services], ([, service]) => service.team);
  const people = Map.groupBy([...library.people], ([, person]) => person.team ?? '');
  return [...library.teams].map(([id, team]) => ({
    id,
    nav: browseNav(context, 'teams'),
    title: team.name,
    incidentCount: plural(groups.get(id)?.incidents.length ?? 0, 'incident'),
    services: (services.get(id) ?? []).map(([serviceId, service]) => ({ href: links.to(`services/${serviceId}/`), text: service.name })),
    people: library.publicBuild ? undefined : (people.get(id) ?? []).map(([, person]) => person.name),
    incidents: incidentListItems(context, groups.get(id)?.incidents ?? []),
  }));
}

export interface TagPage {
  tag: string;
  nav: BrowseNavItem[];
  incidentCount: string;
  incidents: IncidentListItem[];
}

export function tagPages(context: PageContext): TagPage[] {
  return [...groupIncidents(context.library.incidents, byTag).values()].map((group) => ({
    tag: group.key,
    nav: browseNav(context, 'tags'),
    incidentCount: plural(group.incidents.length, 'incident'),
    incidents: incidentListItems(context, group.incidents),
  }));
}

const BROWSE_KINDS: { kind: BrowseKind; label: string }[] = [
  { kind: 'causes', label: 'Root causes' },
  { kind: 'services', label: 'Services' },
  { kind: 'teams', label: 'Teams' },
  { kind: 'tags', label: 'Tags' },
];

export interface BrowseNavItem {
  href: string;
  label: string;
  current: boolean;
}

/** The links between the four browse indexes, the current one marked. */
export function browseNav(context: PageContext, current: BrowseKind): BrowseNavItem[] {
  return BROWSE_KINDS.map(({ kind, label }) => ({ href: context.links.to(`${kind}/`), label, current: kind === current }));
}

