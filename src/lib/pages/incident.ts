/**
 * An incident's page: the write-up laid out (a summary block, figures, timeline, root cause,
 * whys, factors, actions), its table of contents, the earlier and related incidents (each once,
 * with why it is listed), the search annotations, and the links for its editors. The narrative
 * itself is the write-up's rendered body, which the page takes from the content store.
 */
import { completeness, type CompletenessSuggestion } from '../completeness';
import { formatDurationLong, formatDuration } from '../duration';
import { DETECTION_LABELS, EVENT_KIND_LABELS, FACTOR_KIND_LABELS, formatDay, formatMoment, isoDuration, plural, TYPE_LABELS } from '../format';
import { glossaryTerm, type TermId } from '../glossary';
import type { Incident } from '../incident-log';
import { describeFixesHeld } from '../recurrence/fixes-held';
import { earlierIncidentAt, type EarlierIncident } from '../recurrence/rule';
import { causeLabel, personName, serviceName } from '../registries';
import { FACTOR_KINDS, type EventKind } from '../schema';
import type { Heading } from '../write-up/render';
import { repositoryLinks } from '../urls';
import { LATEST_RECURRENCES_SHOWN } from './browse';
import { incidentPreview } from './link-preview';
import { searchAnnotations, type SearchAnnotations } from './search-annotations';
import { actionRow, dayView, earlierItem, severityView, type ActionRow, type DayView, type Link, type PageContext, type SeverityView } from './parts';

export interface FigureView {
  term: TermId;
  label: string;
  /** What the figure measures, from the glossary: "first impact to detection". */
  help: string;
  /** Undefined when the timeline does not give both ends. */
  value: { short: string; long: string; iso: string } | undefined;
  /**
   * Without a value, what stands in its place: "No customer impact" for a near miss, else which
   * end the timeline lacks. With one, what a reader could misread: a detection before the impact.
   */
  note: string | undefined;
}

/** How a timeline event stands out: signals noticed and missed apart, the incident's milestones. */
export type EventMark = 'noticed' | 'missed' | 'milestone' | 'step';

export interface TimelineRow {
  kind: EventKind;
  kindLabel: string;
  mark: EventMark;
  at: string;
  /** The day, shown on the first event of each day. */
  day: string | undefined;
  time: string;
  zone: string;
  what: string;
  information: string | undefined;
  decision: string | undefined;
}

export interface TimelineView {
  /** "Times are America/New York time." */
  caption: string;
  /** The signal marks the timeline uses, explained once above it. */
  legend: { mark: 'noticed' | 'missed'; label: string; help: string }[];
  rows: TimelineRow[];
}

export interface RecurringView {
  /** "One of 3 incidents with this root cause within 180 days" */
  chain: string;
  /** The verdict at the time of this incident: "the actions from last time are not done yet". */
  fixesHeld: string;
}

/** Another write-up the page points to, once, with every reason it is listed. */
export interface ConnectedIncident {
  incident: Link;
  date: DayView;
  /** "Same root cause, within 180 days", "Named as related by the authors", "Similar: shared services". */
  reasons: string[];
  /** Its actions: as they stood on this incident's date for an earlier one, today for a later one. */
  actions: string;
  /** Whether its actions were still open at the time of this incident (the page stresses it). */
  openThen: boolean;
}

export interface ContentsEntry {
  id: string;
  text: string;
}

export interface IncidentPage {
  id: string;
  title: string;
  summary: string;
  draft: boolean;
  search: SearchAnnotations;
  severity: SeverityView;
  type: string;
  nearMiss: boolean;
  recurring: RecurringView | undefined;
  date: DayView;
  /** The impact duration, for the summary block. */
  duration: FigureView;
  /** "Our monitoring", when the write-up says. */
  detection: string | undefined;
  services: Link[];
  tags: Link[];
  impact: string;
  resolution: string | undefined;
  figures: FigureView[];
  timeline: TimelineView;
  rootCause: { summary: string; category: Link; description: string | undefined };
  whys: { why: string; because: string }[];
  factors: { title: string; items: string[] }[];
  lists: { id: string; title: string; items: string[] }[];
  actions: ActionRow[];
  followUp: { date: DayView; note: string | undefined; overdue: boolean; closed: boolean };
  connected: ConnectedIncident[];
  /** When the recurring chain is longer than listed: how many more, and the cause page that lists them. */
  connectedMore: { count: string; cause: Link } | undefined;
  people: { label: string; names: string }[];
  /** The page's own sections in order; `NARRATIVE_SECTION` stands where the narrative's go. */
  sections: ContentsEntry[];
  completeness: { score: number; suggestions: readonly CompletenessSuggestion[] };
  edit: { edit: string; history: string } | undefined;
  /** `iso` is the commit's moment, `label` its day. */
  lastUpdated: DayView | undefined;
  /** The link-preview picture chat tools show for the page. */
  preview: { path: string; alt: string };
}

/** The figures the contract derives from a timeline, with the events at their two ends. */
const FIGURES = [
  { term: 'time-to-impact', key: 'timeToImpactMinutes', from: 'trigger', to: 'impact' },
  { term: 'time-to-detect', key: 'timeToDetectMinutes', from: 'impact', to: 'detected' },
  { term: 'time-to-mitigate', key: 'timeToMitigateMinutes', from: 'detected', to: 'mitigated' },
  { term: 'time-to-resolve', key: 'timeToResolveMinutes', from: 'detected', to: 'resolved' },
  { term: 'impact-duration', key: 'impactDurationMinutes', from: 'impact', to: 'resolved' },
] as const satisfies readonly { term: TermId; key: keyof Incident['figures']; from: EventKind; to: EventKind }[];

/** An event kind as the noun a missing figure names: "no detection in the timeline". */
const KIND_NOUNS: Partial<Record<EventKind, string>> = { trigger: 'trigger', impact: 'impact', detected: 'detection', mitigated: 'mitigation', resolved: 'resolution' };

export const NO_CUSTOMER_IMPACT = 'No customer impact';

function figureView(context: PageContext, incident: Incident, figure: (typeof FIGURES)[number]): FigureView {
  const { term, short } = glossaryTerm(context.library.settings, figure.term);
  const minutes = incident.figures[figure.key];
  const view = { term: figure.term, label: term, help: short };
  if (minutes !== null) {
    const caughtEarly = figure.term === 'time-to-detect' && minutes < 0;
    return { ...view, value: { short: formatDuration(minutes), long: formatDurationLong(minutes), iso: isoDuration(minutes) }, note: caughtEarly ? 'Detected before the impact began' : undefined };
  }
  const kinds = new Set(incident.data.timeline.map((event) => event.kind));
  const missing = [figure.from, figure.to].filter((kind) => !kinds.has(kind));
  // A near miss has no impact by definition: that is its answer, not a gap in the timeline.
  if (incident.data.nearMiss && missing.includes('impact')) return { ...view, value: undefined, note: NO_CUSTOMER_IMPACT };
  return { ...view, value: undefined, note: missing.length > 0 ? `Not known: no ${missing.map((kind) => KIND_NOUNS[kind]).join(' and no ')} in the timeline` : 'Not known' };
}

const MARKS: Record<EventKind, EventMark> = {
  signal: 'noticed',
  'missed-signal': 'missed',
  trigger: 'milestone',
  impact: 'milestone',
  detected: 'milestone',
  mitigated: 'milestone',
  resolved: 'milestone',
  action: 'step',
  communication: 'step',
};

function timeline(context: PageContext, incident: Incident): TimelineView {
  const { timeZone } = context.library.settings;
  const events = incident.data.timeline;
  const moments = events.map((event) => formatMoment(event.at, timeZone));
  const kinds = new Set(events.map((event) => event.kind));
  const legend: TimelineView['legend'] = [];
  if (kinds.has('signal')) legend.push({ mark: 'noticed', label: EVENT_KIND_LABELS.signal, help: 'seen at the time' });
  if (kinds.has('missed-signal')) legend.push({ mark: 'missed', label: EVENT_KIND_LABELS['missed-signal'], help: glossaryTerm(context.library.settings, 'missed-signal').short });
  return {
    caption: `Times are ${timeZone.replace(/_/g, ' ')} time.`,
    legend,
    rows: events.map((event, index) => ({
      kind: event.kind,
      kindLabel: EVENT_KIND_LABELS[event.kind],
      mark: MARKS[event.kind],
      at: event.at,
      day: moments[index]!.day !== moments[index - 1]?.day ? moments[index]!.day : undefined,
      time: moments[index]!.time,
      zone: moments[index]!.zone,
      what: event.what,
      information: event.information,
      decision: event.decision,
    })),
  };
}

function recurringView(context: PageContext, incident: Incident): RecurringView | undefined {
  const { recurrence } = incident;
  if (!recurrence.recurring || !recurrence.fixesHeld) return undefined;
  return {
    chain: `One of ${plural(recurrence.chain.length + 1, 'incident')} with this root cause within ${context.library.settings.recurrence.windowDays} days`,
    fixesHeld: describeFixesHeld(recurrence.fixesHeld),
  };
}

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** A later incident's actions as they stand today. */
function actionsToday(counts: Incident['actionCounts']): string {
  const total = counts.allButDropped;
  if (total === 0) return 'No actions recorded.';
  if (counts.done === total) return total === 1 ? 'Its one action is done.' : `All ${total} actions are done.`;
  return `${counts.done} of ${plural(total, 'action')} done so far.`;
}

/**
 * The earlier and related incidents, each listed once: the recurring chain (as shown), the last
 * earlier ones of the same root cause, the ones the authors named, and the similar ones, in that
 * order, an incident that is several of these carrying every reason.
 */
export function connectedIncidents(context: PageContext, incident: Incident): Pick<IncidentPage, 'connected' | 'connectedMore'> {
  const { library, links } = context;
  const { windowDays } = library.settings.recurrence;
  const byId = new Map<string, { reasons: string[]; sameCause: boolean; earlier: EarlierIncident | undefined }>();
  const add = (id: string, reason: string | undefined, sameCause: boolean, earlier?: EarlierIncident) => {
    // Only published write-ups are linked: a draft or an internal write-up in a public build stays out.
    if (id === incident.id || !library.byId.has(id)) return;
    const entry = byId.get(id) ?? { reasons: [], sameCause: false, earlier: undefined };
    if (reason) entry.reasons.push(reason);
    entry.sameCause ||= sameCause;
    entry.earlier ??= earlier;
    byId.set(id, entry);
  };
  const chain = incident.recurrence.recurring ? incident.recurrenceChain : [];
  for (const earlier of chain.slice(0, LATEST_RECURRENCES_SHOWN)) add(earlier.id, `Same root cause, within ${windowDays} days`, true, earlier);
  for (const earlier of incident.earlierInCategory) {
    if (!byId.has(earlier.id)) add(earlier.id, 'Same root cause, earlier', true, earlier);
  }
  for (const id of incident.data.related) add(id, 'Named as related by the authors', false);
  for (const match of library.similar.get(incident.id) ?? []) {
    // "Same root cause" is said once, by the reason that lists it first.
    const sameCause = byId.get(match.id)?.sameCause ?? false;
    const reasons = match.reasons.filter((reason) => !(sameCause && reason === 'same root cause'));
    add(match.id, reasons.length > 0 ? `Similar: ${reasons.join(', ')}` : undefined, match.reasons.includes('same root cause'));
  }
  const connected = [...byId].map(([id, entry]): ConnectedIncident => {
    const other = library.byId.get(id)!;
    const link = { href: links.incident(id), text: other.data.title };
    if (other.data.date <= incident.data.date) {
      const earlier = entry.earlier ?? earlierIncidentAt({ id, date: other.data.date, category: other.data.rootCause.category, actions: other.data.actions }, incident.data.date);
      const item = earlierItem(context, earlier, 'at this incident');
      return { incident: link, date: item.date, reasons: entry.reasons, actions: capitalised(item.state), openThen: item.openThen };
    }
    return { incident: link, date: dayView(other.data.date), reasons: entry.reasons, actions: actionsToday(other.actionCounts), openThen: false };
  });
  const hidden = chain.length - LATEST_RECURRENCES_SHOWN;
  const category = incident.data.rootCause.category;
  return {
    connected,
    connectedMore: hidden > 0 ? { count: plural(hidden, 'earlier incident'), cause: { href: links.to(`causes/${category}/`), text: `${causeLabel(library, category)} page` } } : undefined,
  };
}

/** Where the narrative's own sections go in the page's contents. */
export const NARRATIVE_SECTION: ContentsEntry = { id: 'incident-narrative', text: 'Narrative' };

/**
 * The page's table of contents: its own sections, with the narrative's second-level headings in
 * the narrative's place (or one entry for the narrative when it has none).
 */
export function tableOfContents(sections: readonly ContentsEntry[], headings: readonly Pick<Heading, 'depth' | 'slug' | 'text'>[]): ContentsEntry[] {
  const narrative = headings.filter((heading) => heading.depth === 2).map((heading) => ({ id: heading.slug, text: heading.text }));
  return sections.flatMap((section) => (section.id === NARRATIVE_SECTION.id && narrative.length > 0 ? narrative : [section]));
}

export function incidentPage(context: PageContext, incident: Incident): IncidentPage {
  const { library, links } = context;
  const { data } = incident;
  const category = library.causes.get(data.rootCause.category);
  const history = library.history.get(incident.id);
  const score = completeness(data);
  const preview = incidentPreview(context, incident);
  const figures = FIGURES.map((figure) => figureView(context, incident, figure));
  const factors = FACTOR_KINDS.map((kind) => ({ title: FACTOR_KIND_LABELS[kind], items: data.contributingFactors.filter((factor) => factor.kind === kind).map((factor) => factor.factor) })).filter((group) => group.items.length > 0);
  // The page's own section ids carry a prefix, so a heading of the narrative ("## Timeline") cannot repeat one.
  const lists = [
    { id: 'incident-went-well', title: 'What went well', items: data.wentWell },
    { id: 'incident-got-lucky', title: 'Where we got lucky', items: data.gotLucky },
    { id: 'incident-learnings', title: 'What we learned', items: data.learnings },
  ].filter((list) => list.items.length > 0);
  const { connected, connectedMore } = connectedIncidents(context, incident);
  return {
    id: incident.id,
    title: data.title,
    summary: data.summary,
    draft: data.draft,
    search: searchAnnotations(context, incident),
    severity: severityView(library, data.severity),
    type: TYPE_LABELS[data.type],
    nearMiss: data.nearMiss,
    recurring: recurringView(context, incident),
    date: dayView(data.date),
    duration: figures.find((figure) => figure.term === 'impact-duration')!,
    detection: data.detection ? DETECTION_LABELS[data.detection] : undefined,
    services: data.services.map((id) => ({ href: links.to(`services/${id}/`), text: serviceName(library, id) })),
    tags: data.tags.map((tag) => ({ href: links.to(`tags/${tag}/`), text: tag })),
    impact: data.impact,
    resolution: data.resolution,
    figures,
    timeline: timeline(context, incident),
    rootCause: { summary: data.rootCause.summary, category: { href: links.to(`causes/${data.rootCause.category}/`), text: causeLabel(library, data.rootCause.category) }, description: category?.description },
    whys: data.whys.map((step) => ({ why: step.why, because: step.because })),
    factors,
    lists,
    actions: data.actions.map((action) => actionRow(context, action)),
    followUp: {
      date: dayView(data.followUp),
      overdue: incident.followUp === 'overdue',
      closed: incident.followUp === 'closed',
      note:
        incident.followUp === 'overdue'
          ? ` — past, with ${plural(incident.actionCounts.open, 'action')} still open.`
          : incident.followUp === 'closed'
            ? ' — every action is done or dropped.'
            : undefined,
    },
    connected,
    connectedMore,
    people: [
      { label: data.authors.length === 1 ? 'Author' : 'Authors', names: data.authors.map((id) => personName(library, id)).join(', ') },
      ...(data.facilitator ? [{ label: 'Facilitator', names: personName(library, data.facilitator) }] : []),
      ...(data.participants.length > 0 ? [{ label: 'Participants', names: data.participants.map((id) => personName(library, id)).join(', ') }] : []),
    ],
    sections: [
      { id: 'incident-impact', text: 'Impact' },
      ...(data.resolution ? [{ id: 'incident-resolution', text: 'Resolution' }] : []),
      { id: 'incident-figures', text: 'Figures' },
      NARRATIVE_SECTION,
      { id: 'incident-timeline', text: 'Timeline' },
      { id: 'incident-root-cause', text: 'Root cause' },
      ...(data.whys.length > 0 ? [{ id: 'incident-whys', text: 'Five whys' }] : []),
      ...(factors.length > 0 ? [{ id: 'incident-contributing-factors', text: 'Contributing factors' }] : []),
      ...lists.map((list) => ({ id: list.id, text: list.title })),
      { id: 'incident-actions', text: 'Actions' },
      ...(connected.length > 0 ? [{ id: 'incident-earlier', text: 'Earlier and related incidents' }] : []),
      { id: 'incident-people', text: 'Review' },
    ],
    completeness: { score: score.score, suggestions: score.suggestions },
    edit: repositoryLinks(library.settings.repository, library.settings.branch, incident.filePath),
    // The moment of the last commit, shown as its day.
    lastUpdated: history ? { iso: history.lastUpdated, label: formatDay(history.lastUpdated.slice(0, 10)) } : undefined,
    preview: { path: preview.path, alt: preview.alt },
  };
}
