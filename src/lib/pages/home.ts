/** The home page: what the library is, its figures, what recurs now, what is new, what to reread. */
import { quarterOf } from '../days';
import { formatDay, plural } from '../format';
import { headline, recurringCausesEver, recurringCausesNow, type RecurringCause } from '../overview';
import { quarterLabel } from '../quarters';
import { archivePicks, onThisDay } from '../reading';
import { hotCategories } from '../recurrence/rule';
import { causeLabel } from '../registries';
import { dayView, incidentListItems, type DayView, type IncidentListItem, type Link, type PageContext } from './parts';

export interface RecurringCauseView {
  cause: string;
  /** "3 incidents". */
  incidents: string;
  latest: Link;
  latestDate: DayView;
}

export interface HomePage {
  title: string;
  lede: string;
  empty: boolean;
  figures: { label: string; value: number }[];
  asOf: DayView;
  threshold: number;
  windowDays: number;
  /** Causes that meet the recurrence rule in the window ending today. */
  recurringNow: RecurringCauseView[];
  /** When none recurs now: the most recent chains. */
  recentChains: RecurringCauseView[];
  hot: { quarter: string; causes: Link[] };
  latest: IncidentListItem[];
  /** "22 incidents". */
  allIncidents: string;
  onThisDay: { day: string; incidents: IncidentListItem[] };
  picks: IncidentListItem[];
  links: { startHere: string; search: string; log: string; trends: string; quarters: string };
}

/** Six fill the latest-incident cards' grid in one, two or three columns. */
export const LATEST_SHOWN = 6;

const DEFAULT_LEDE = 'Blameless post-mortems and the patterns they add up to.';

export function homePage(context: PageContext): HomePage {
  const { library, links } = context;
  const { incidents, today, settings } = library;
  const counts = headline(incidents, today);
  const now = recurringCausesNow(incidents, settings.recurrence, today);
  const view = (cause: RecurringCause): RecurringCauseView => ({
    cause: causeLabel(library, cause.category),
    incidents: plural(cause.incidents.length, 'incident'),
    latest: { href: links.incident(cause.incidents[0]!.id), text: cause.incidents[0]!.data.title },
    latestDate: dayView(cause.latest),
  });
  const thisQuarter = quarterOf(today);
  const hot = hotCategories(
    incidents.map((incident) => ({ date: incident.data.date, category: incident.data.rootCause.category })),
    settings.recurrence.threshold,
  ).get(thisQuarter) ?? [];
  return {
    title: settings.title,
    lede: settings.description ?? DEFAULT_LEDE,
    empty: incidents.length === 0,
    figures: [
      { label: 'Incidents', value: counts.incidents },
      { label: 'In the last 12 months', value: counts.lastYear },
      { label: 'Near misses', value: counts.nearMisses },
      { label: 'Open actions', value: counts.openActions },
      { label: 'Overdue actions', value: counts.overdueActions },
    ],
    asOf: dayView(today),
    threshold: settings.recurrence.threshold,
    windowDays: settings.recurrence.windowDays,
    recurringNow: now.map(view),
    recentChains: now.length === 0 ? recurringCausesEver(incidents).slice(0, 3).map(view) : [],
    hot: { quarter: quarterLabel(thisQuarter), causes: hot.map((category) => ({ href: links.to(`causes/${category}/`), text: causeLabel(library, category) })) },
    latest: incidentListItems(context, incidents.slice(0, LATEST_SHOWN)),
    allIncidents: plural(incidents.length, 'incident'),
    onThisDay: { day: formatDay(today).replace(/ \d{4}$/, ''), incidents: incidentListItems(context, onThisDay(incidents, today), { summary: false }) },
    picks: incidentListItems(context, archivePicks(incidents, today), { summary: false }),
    links: { startHere: links.to('start-here/'), search: links.to('search/'), log: links.to('log/'), trends: links.to('trends/'), quarters: links.to('quarters/') },
  };
}
