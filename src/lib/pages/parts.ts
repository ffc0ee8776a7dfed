/**
 * The pieces several pages show (an incident in a list, a row of the log, an action, a chain's
 * verdicts), as plain values: names resolved, dates formatted, links built. Components render
 * them as they are.
 */
import { isOpenStatus, isOverdue } from '../actions';
import type { OwnerActions } from '../action-board';
import { formatDaySpan } from '../duration';
import { formatDay, plural, STATUS_LABELS, TYPE_LABELS } from '../format';
import { glossaryTerm, type TermId } from '../glossary';
import type { Incident } from '../incident-log';
import type { Library } from '../library';
import { DEFAULT_LOG_SORT, LOG_FILTERS, logCaption, type LogFilter } from '../log-table';
import { describeFixesHeld, type FixesHeld } from '../recurrence/fixes-held';
import type { RecurringChain } from '../recurrence/chains';
import type { EarlierIncident } from '../recurrence/rule';
import { chainVerdicts } from '../recurrence/verdicts';
import { BACKLOG_AGE_LABELS, BACKLOG_AGES, type OverdueReview, type TeamBacklog } from '../planning/backlog';
import { causeLabel, personName, serviceName, teamName } from '../registries';
import type { Action, ActionStatus } from '../schema';
import { severityDescription, severityRanks } from '../severity';
import { webLink, type SiteLinks } from '../urls';

/** What every view model needs: the library and the site's links. */
export interface PageContext {
  library: Library;
  links: SiteLinks;
}

export interface DayView {
  /** `YYYY-MM-DD`, for `<time datetime>`. */
  iso: string;
  /** `6 Mar 2024`. */
  label: string;
}

export interface Link {
  href: string;
  text: string;
}

export interface SeverityView {
  id: string;
  /** Place in the scale, 0 for the worst. */
  rank: number;
  description: string | undefined;
}

export const dayView = (iso: string): DayView => ({ iso, label: formatDay(iso) });

/** A sentence from a clause: capital first letter, full stop. */
export const sentence = (clause: string): string => `${clause[0]!.toUpperCase()}${clause.slice(1)}.`;

export function severityView(library: Pick<Library, 'settings'>, id: string): SeverityView {
  return { id, rank: severityRanks(library.settings.severities).get(id) ?? library.settings.severities.length, description: severityDescription(library.settings.severities, id) };
}

export interface IncidentListItem {
  href: string;
  title: string;
  date: DayView;
  severity: SeverityView;
  nearMiss: boolean;
  recurring: boolean;
  /** Shown under the title when the list has room for it. */
  summary: string | undefined;
}

export function incidentListItems(context: PageContext, incidents: readonly Incident[], options: { summary?: boolean } = {}): IncidentListItem[] {
  return incidents.map((incident) => ({
    href: context.links.incident(incident.id),
    title: incident.data.title,
    date: dayView(incident.data.date),
    severity: severityView(context.library, incident.data.severity),
    nearMiss: incident.data.nearMiss,
    recurring: incident.recurrence.recurring,
    summary: options.summary === false ? undefined : incident.data.summary,
  }));
}

export interface LogRow {
  id: string;
  href: string;
  title: string;
  date: DayView;
  severity: SeverityView;
  type: string;
  /** Names, joined with ", ". */
  services: string;
  cause: string;
  nearMiss: boolean;
  recurring: boolean;
  actionsDone: number;
  /** Every action but the dropped ones: "done of". */
  actionsCounted: number;
  /** Done as a whole percentage of `actionsCounted`, 100 when there is none: the column's order. */
  actionsDoneShare: number;
  actionsOverdue: number;
}

export function logRows(context: PageContext, incidents: readonly Incident[]): LogRow[] {
  const { library } = context;
  return incidents.map((incident) => ({
    id: incident.id,
    href: context.links.incident(incident.id),
    title: incident.data.title,
    date: dayView(incident.data.date),
    severity: severityView(library, incident.data.severity),
    type: TYPE_LABELS[incident.data.type],
    services: incident.data.services.map((id) => serviceName(library, id)).join(', '),
    cause: causeLabel(library, incident.data.rootCause.category),
    nearMiss: incident.data.nearMiss,
    recurring: incident.recurrence.recurring,
    actionsDone: incident.actionCounts.done,
    actionsCounted: incident.actionCounts.allButDropped,
    actionsDoneShare: incident.actionCounts.allButDropped > 0 ? Math.round((100 * incident.actionCounts.done) / incident.actionCounts.allButDropped) : 100,
    actionsOverdue: incident.actionCounts.overdue,
  }));
}

/** A term the table shows, and what it means, for the legend above it. */
export interface LegendItem {
  term: string;
  /** The badge's look when the table shows the term as a badge. */
  badge: 'neutral' | 'recurring' | 'overdue' | undefined;
  meaning: string;
}

/** The incident log's table, as the log and the quarter pages show it. */
export interface LogTable {
  rows: LogRow[];
  /** The caption as built: every incident, newest first. The page's script rewords it as it filters and sorts. */
  caption: string;
  /** What follows the count in the caption ("in Q3 2024"), or nothing. */
  scope: string;
  filters: { id: LogFilter; label: string }[];
  /** The badges' words, as the legend explains them. */
  badges: { nearMiss: string; recurring: string };
  /** Each term of the table a newcomer may not know, explained once above it. */
  legend: LegendItem[];
  /** The glossary on the start-here page, which says more. */
  glossary: string;
  /** When no incident matches the filters. */
  empty: { message: string; clear: string };
}

export function logTable(context: PageContext, incidents: readonly Incident[], scope = ''): LogTable {
  const { settings } = context.library;
  const rows = logRows(context, incidents);
  const nearMiss = glossaryTerm(settings, 'near-miss');
  const recurring = glossaryTerm(settings, 'recurring-cause');
  const term = (id: TermId, badge: LegendItem['badge'] = undefined): LegendItem => {
    const { term, short } = glossaryTerm(settings, id);
    return { term, badge, meaning: short };
  };
  return {
    rows,
    caption: logCaption({ show: [], sort: DEFAULT_LOG_SORT }, { shown: rows.length, total: rows.length }, scope),
    scope,
    filters: LOG_FILTERS.map(({ id, label }) => ({ id, label })),
    badges: { nearMiss: nearMiss.term, recurring: recurring.term },
    // Only the badges the table shows; the columns are always there.
    legend: [
      ...(rows.some((row) => row.nearMiss) ? [term('near-miss', 'neutral')] : []),
      ...(rows.some((row) => row.recurring) ? [term('recurring-cause', 'recurring')] : []),
      term('severity'),
      { term: 'Actions done', badge: undefined, meaning: 'done of all actions, dropped ones left out' },
      term('overdue', 'overdue'),
    ],
    glossary: context.links.to('start-here/#glossary'),
    empty: { message: 'No incident matches these filters.', clear: 'Show every incident' },
  };
}

export interface ActionRow {
  text: string;
  /** The ticket, when it is an http or https link. */
  ticket: string | undefined;
  successMetric: string | undefined;
  owner: string;
  due: DayView;
  status: ActionStatus;
  statusLabel: string;
  overdue: boolean;
  /** "Overdue 3 months", as of today, when it is overdue. */
  overdueFor: string | undefined;
  completed: DayView | undefined;
  horizon: string;
  /** The write-up the action comes from, on pages that list actions of several. */
  incident: Link | undefined;
}

const HORIZON_LABELS = { 'short-term': 'Short term', 'long-term': 'Long term' } as const;

/** "Overdue 12 days": how long past its date an action or a review is, as of today. */
export const overdueLabel = (due: string, today: string): string => `Overdue ${formatDaySpan(due, today)}`;

export function actionRow(context: PageContext, action: Action, incident?: Incident): ActionRow {
  const overdue = isOverdue(action, context.library.today);
  return {
    text: action.action,
    ticket: webLink(action.ticket),
    successMetric: action.successMetric,
    owner: personName(context.library, action.owner),
    due: dayView(action.due),
    status: action.status,
    statusLabel: STATUS_LABELS[action.status],
    overdue,
    overdueFor: overdue ? overdueLabel(action.due, context.library.today) : undefined,
    completed: action.completed ? dayView(action.completed) : undefined,
    horizon: action.horizon ? HORIZON_LABELS[action.horizon] : '—',
    incident: incident ? { href: context.links.incident(incident.id), text: incident.data.title } : undefined,
  };
}

export interface OwnerBoard {
  /** People id, for anchors and filters. */
  owner: string;
  name: string;
  /** "3 actions, 2 open, 1 overdue". */
  counts: string;
  /** Shown at once: the open ones when the page folds the rest away, otherwise all; by due date. */
  actions: ActionRow[];
  /** Said instead of an empty table when every action is folded away. */
  none: string;
  /** Done and dropped, folded away under `closedSummary`, by due date (empty when the page does not fold). */
  closed: ActionRow[];
  /** "2 done, 1 dropped". */
  closedSummary: string;
}

/**
 * Each owner's actions for the board. With `fold`, done and dropped ones are set apart, so the
 * open work shows first and the rest is one click away.
 */
export function ownerBoards(context: PageContext, owners: readonly OwnerActions[], options: { fold?: boolean } = {}): OwnerBoard[] {
  return owners.map((group) => {
    const rows = group.actions.map(({ incident, action }) => ({ row: actionRow(context, action, incident), open: isOpenStatus(action.status) }));
    const closed = options.fold ? rows.filter((item) => !item.open).map((item) => item.row) : [];
    const done = closed.filter((row) => row.status === 'done').length;
    const dropped = closed.length - done;
    return {
      owner: group.owner,
      name: group.name,
      counts: `${plural(group.actions.length, 'action')}${group.open > 0 ? `, ${group.open} open` : ''}${group.overdue > 0 ? `, ${group.overdue} overdue` : ''}`,
      actions: options.fold ? rows.filter((item) => item.open).map((item) => item.row) : rows.map((item) => item.row),
      none: 'Nothing open.',
      closed,
      closedSummary: [...(done > 0 ? [`${done} done`] : []), ...(dropped > 0 ? [`${dropped} dropped`] : [])].join(', '),
    };
  });
}

export interface EarlierItem {
  incident: Link;
  date: DayView;
  /** "all 2 actions done by then.", "1 of 2 actions still open then:" */
  state: string;
  /** Whether actions were open then (the page stresses it). */
  openThen: boolean;
  openActions: { text: string; owner: string; due: DayView }[];
}

export type EarlierWording = 'at this incident' | 'in a chain';

/** An earlier incident and what had been done about it by a later one. */
export function earlierItem(context: PageContext, earlier: EarlierIncident, wording: EarlierWording, openActions: readonly Action[] = []): EarlierItem {
  const total = earlier.actionsWithoutDropped;
  const open = earlier.actionsOpenThen;
  const state =
    total === 0
      ? 'no actions recorded.'
      : open === 0
        ? total === 1 ? 'its one action done by then.' : `all ${total} actions done by then.`
        : wording === 'at this incident'
          ? `${total === 1 ? 'its one action' : `${plural(open, 'action')} of ${total}`} still open at the time of this incident.`
          : `${total === 1 ? 'its one action' : `${open} of ${total} actions`} still open then:`;
  return {
    incident: { href: context.links.incident(earlier.id), text: context.library.byId.get(earlier.id)?.data.title ?? earlier.id },
    date: dayView(earlier.date),
    state,
    openThen: total > 0 && earlier.actionsOpenThen > 0,
    openActions: openActions.map((action) => ({ text: action.action, owner: personName(context.library, action.owner), due: dayView(action.due) })),
  };
}

export interface VerdictView {
  incident: Link;
  date: DayView;
  verdict: FixesHeld;
  /** The verdict as a sentence. */
  sentence: string;
  earlier: EarlierItem[];
}

/** "Did the fixes hold?" for the given recurrences of a chain (all of them by default). */
export function verdictViews(context: PageContext, chain: RecurringChain, recurrences: readonly Incident[] = chain.recurrences): VerdictView[] {
  return chainVerdicts(chain, recurrences).map(({ incident, verdict, earlier }) => ({
    incident: { href: context.links.incident(incident.id), text: incident.data.title },
    date: dayView(incident.data.date),
    verdict,
    sentence: sentence(describeFixesHeld(verdict)),
    earlier: earlier.map((item) => earlierItem(context, item.state, 'in a chain', item.openActions)),
  }));
}

export interface BacklogView {
  caption: string;
  columns: string[];
  rows: { team: string; open: number; ages: number[]; oldest: string }[];
  empty: string;
  /** Follow-up reviews past their date with actions open. */
  reviews: { incident: Link; due: string; overdueFor: string; openActions: number }[];
}

/** The open-action backlog by the owner's team, in age columns, and the overdue reviews, as a table shows them. */
export function backlogTable(
  context: PageContext,
  teams: readonly TeamBacklog[],
  reviews: readonly OverdueReview[],
  words: { caption: string; empty: string },
): BacklogView {
  const { library } = context;
  const { today } = library;
  return {
    ...words,
    columns: BACKLOG_AGES.map((age) => BACKLOG_AGE_LABELS[age]),
    rows: teams.map((team) => ({
      team: team.team === null ? 'No team in the registry' : teamName(library, team.team),
      open: team.open,
      ages: BACKLOG_AGES.map((age) => team.ages[age]),
      oldest: team.oldestOverdueDue === null ? '—' : formatDaySpan(team.oldestOverdueDue, today),
    })),
    reviews: reviews.map((review) => ({
      incident: { href: context.links.incident(review.incidentId), text: library.byId.get(review.incidentId)?.data.title ?? review.incidentId },
      due: formatDay(review.due),
      overdueFor: formatDaySpan(review.due, today),
      openActions: review.openActions,
    })),
  };
}
