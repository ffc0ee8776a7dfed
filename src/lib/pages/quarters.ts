/**
 * The quarter pages for quarterly planning: an index of every quarter, and per quarter its
 * figures against the quarter before and the usual level (which way is good news is decided
 * here), who told us first, the changes that set incidents off, hot and recurring causes with
 * "did the fixes hold?", the open-action backlog by team, its incidents and its near misses.
 * The presentation's slides (pages/presentation.ts) are made from the same pieces.
 */
import { formatDuration } from '../duration';
import { formatDay, plural } from '../format';
import { DETECTION_GROUP_LABELS, DETECTION_GROUPS, type DurationSummary } from '../planning/detection';
import { USUAL_RULE, usualReading, type UsualReading } from '../planning/usual';
import { describeChange, quarterReports, type ChangeDescription, type CountFigure, type DurationFigure, type QuarterReport, type ShareFigure } from '../quarter-report';
import { quarterLabel, quarterSlug } from '../quarters';
import { causeLabel } from '../registries';
import { worstLevels } from '../severity';
import { LATEST_RECURRENCES_SHOWN } from './browse';
import {
  backlogTable,
  incidentListItems,
  logTable,
  ownerBoards,
  verdictViews,
  type BacklogView,
  type IncidentListItem,
  type Link,
  type LogTable,
  type OwnerBoard,
  type PageContext,
  type VerdictView,
} from './parts';

export interface QuarterFigure {
  id: 'incidents' | 'near-misses' | 'severe' | 'time-to-detect' | 'time-to-resolve' | 'actions-done' | 'actions-overdue';
  label: string;
  /** The quarter's value, formatted, or "—" when there is none. */
  value: string;
  /** "n = 3": the incidents a median rests on; undefined for counts, which are their own n. */
  n: string | undefined;
  /** Against the quarter before (at the same point, for the current quarter). */
  change: ChangeDescription;
  /** Against the usual level of the four quarters before. */
  usual: UsualReading;
}

export interface ShareView {
  /** "5 of 8 (63%)". */
  value: string;
  usual: UsualReading;
}

export interface QuarterPage {
  quarter: string;
  slug: string;
  label: string;
  title: string;
  description: string;
  /** "Quarterly review · 1 Jul 2026 – 30 Sep 2026 (so far, as of 22 Nov 2026)". */
  kicker: string;
  running: boolean;
  /** For the current quarter: how its figures are compared ("Compared with the first 53 days of earlier quarters."). */
  comparedNote: string | undefined;
  /** No incident and no near miss: "No incidents: a quiet quarter." */
  quiet: string | undefined;
  figures: QuarterFigure[];
  /** How the figures are compared with the usual level, in one sentence. */
  usualRule: string;
  whoToldUs: {
    /** "Of the 8 incidents and near misses that say how they were detected (1 does not say)." */
    caption: string;
    groups: { label: string; count: number; share: string }[];
    ownMonitoring: ShareView | undefined;
    /** Time to detect per group: median, p90 and n. */
    timeToDetect: { label: string; median: string; p90: string; n: number }[];
  };
  /** "3 of 8 incidents and near misses (38%) started with a change.", with the usual reading. */
  changes: { sentence: string; usual: UsualReading } | undefined;
  threshold: number;
  hotCauses: { cause: string; incidents: string }[];
  grownChains: { cause: string; inChain: string; thisQuarter: number; anchor: string }[];
  nav: { older: Link | undefined; newer: Link | undefined; all: string; csv: Link; present: string };
  incidents: LogTable;
  nearMisses: { sentence: string; items: IncidentListItem[] };
  fixes: { anchor: string; cause: string; note: string; wholeChain: string; verdicts: VerdictView[] }[];
  backlog: BacklogView;
  overdue: { heading: string; note: string | undefined; owners: OwnerBoard[]; empty: string };
}


export interface QuartersIndexRow {
  quarter: Link;
  running: boolean;
  incidents: number;
  nearMisses: number;
  severe: number;
  medianTimeToDetect: string;
  medianTimeToResolve: string;
  actionsDone: number;
  actionsOverdue: number;
  /** Hot or recurring causes, or undefined for none. */
  causes: string | undefined;
}

export interface QuartersIndex {
  threshold: number;
  severeLabel: string;
  caption: string;
  rows: QuartersIndexRow[];
  present: { href: string; text: string } | undefined;
  /** Every quarter's figures, as CSV. */
  csv: string;
}

/** The quarter reports of this build, computed once for the index, the pages, the slides and the CSV files. */
export function quarterReportsOf(context: PageContext): QuarterReport[] {
  const { library } = context;
  return quarterReports(library.incidents, {
    today: library.today,
    severeLevels: worstLevels(library.settings.severities).ids,
    threshold: library.settings.recurrence.threshold,
    chains: library.chains,
    people: library.people,
  });
}

const duration = (minutes: number | null) => (minutes === null ? '—' : formatDuration(minutes));
const count = (value: number) => String(value);
const percent = (share: number) => `${Math.round(share * 100)}%`;
const partOf = (part: number, whole: number) => `${part} of ${whole} (${percent(part / whole)})`;

/** Page anchor of a chain (its id holds a colon, awkward in CSS selectors). */
const chainAnchor = (id: string) => `chain-${id.replace(':', '-')}`;

export const quarterHref = (context: PageContext, quarter: string) => context.links.to(`quarters/${quarterSlug(quarter)}/`);
export const presentationHref = (context: PageContext, quarter: string) => context.links.to(`quarters/${quarterSlug(quarter)}/present/`);

export function quartersIndex(context: PageContext, reports: readonly QuarterReport[]): QuartersIndex {
  const { library } = context;
  const current = reports.find((report) => report.running);
  const latestFull = reports.find((report) => !report.running);
  const presented = current ?? latestFull;
  return {
    threshold: library.settings.recurrence.threshold,
    severeLabel: worstLevels(library.settings.severities).label,
    caption: `${plural(reports.length, 'quarter')}, newest first. Each counts its own incidents and their actions; near misses apart; medians of the quarter's incidents; overdue at the quarter's end.`,
    rows: reports.map((report) => {
      const causes = [...new Set([...report.hotCategories.map((hot) => hot.category), ...report.chainsGrown.map((grown) => grown.chain.category)])];
      return {
        quarter: { href: quarterHref(context, report.quarter), text: quarterLabel(report.quarter) },
        running: report.running,
        incidents: report.headline.incidents.now,
        nearMisses: report.headline.nearMisses.now,
        severe: report.headline.severeIncidents.now,
        medianTimeToDetect: duration(report.headline.timeToDetect.now.median),
        medianTimeToResolve: duration(report.headline.timeToResolve.now.median),
        actionsDone: report.headline.actionsDone.now,
        actionsOverdue: report.headline.actionsOverdue.now,
        causes: causes.length > 0 ? causes.map((category) => causeLabel(library, category)).join(', ') : undefined,
      };
    }),
    present: presented && { href: presentationHref(context, presented.quarter), text: `Present ${quarterLabel(presented.quarter)}${presented.running ? ' so far' : ''}` },
    csv: context.links.to('quarters.csv'),
  };
}

function figures(report: QuarterReport, severeLabel: string): QuarterFigure[] {
  const previousLabel = report.running ? `${quarterLabel(report.previous)} at this point` : quarterLabel(report.previous);
  const countFigure = (id: QuarterFigure['id'], label: string, figure: CountFigure, better: 'lower' | 'higher' | 'neither'): QuarterFigure => ({
    id,
    label,
    value: count(figure.now),
    n: undefined,
    change: describeChange(figure, { format: count, previousLabel, better }),
    usual: usualReading(figure.comparison, { format: count, better, n: figure.now }),
  });
  const durationFigure = (id: QuarterFigure['id'], label: string, figure: DurationFigure): QuarterFigure => ({
    id,
    label,
    value: duration(figure.now.median),
    n: `n = ${figure.now.n}`,
    change: describeChange({ now: figure.now.median, before: figure.before }, { format: formatDuration, previousLabel: quarterLabel(report.previous), better: 'lower' }),
    usual: usualReading(figure.comparison, { format: formatDuration, better: 'lower', n: figure.now.n }),
  });
  const { headline } = report;
  return [
    countFigure('incidents', 'Incidents', headline.incidents, 'lower'),
    countFigure('near-misses', 'Near misses reported', headline.nearMisses, 'neither'),
    countFigure('severe', `${severeLabel} incidents`, headline.severeIncidents, 'lower'),
    durationFigure('time-to-detect', 'Median time to detect', headline.timeToDetect),
    durationFigure('time-to-resolve', 'Median time to resolve', headline.timeToResolve),
    countFigure('actions-done', 'Actions done', headline.actionsDone, 'higher'),
    countFigure('actions-overdue', report.running ? 'Its actions overdue now' : 'Its actions overdue at quarter end', headline.actionsOverdue, 'lower'),
  ];
}

function shareView(share: ShareFigure, better: 'lower' | 'higher' | 'neither'): ShareView | undefined {
  if (share.whole === 0) return undefined;
  return { value: partOf(share.part, share.whole), usual: usualReading(share.comparison, { format: percent, better, n: share.whole }) };
}

function summaryRow(label: string, summary: DurationSummary) {
  return { label, median: duration(summary.median), p90: duration(summary.p90), n: summary.n };
}

function backlogView(context: PageContext, report: QuarterReport, label: string): BacklogView {
  const { today } = context.library;
  const open = report.backlog.reduce((sum, team) => sum + team.open, 0);
  return backlogTable(context, report.backlog, report.overdueReviews, {
    caption: open > 0
      ? `${plural(open, 'action')} from ${label}'s incidents still open on ${formatDay(today)}, by the owner's team and how long overdue.`
      : `No action from ${label}'s incidents is open on ${formatDay(today)}.`,
    empty: report.incidents.length === 0 ? `${label} had no incidents, so no actions of its own.` : `Every action from ${label}'s incidents is done or dropped.`,
  });
}

export function quarterPages(context: PageContext, reports: readonly QuarterReport[]): QuarterPage[] {
  const { library, links } = context;
  const { today } = library;
  const severeLabel = worstLevels(library.settings.severities).label;
  const quarterLink = (report: QuarterReport | undefined): Link | undefined => report && { href: quarterHref(context, report.quarter), text: quarterLabel(report.quarter) };
  return reports.map((report, index) => {
    const label = quarterLabel(report.quarter);
    const all = report.incidents.length;
    const { shares } = report.detection;
    const overdueTotal = report.overdueByOwner.reduce((sum, owner) => sum + owner.actions.length, 0);
    const nearMissCount = report.nearMisses.length;
    return {
      quarter: report.quarter,
      slug: quarterSlug(report.quarter),
      label,
      title: `${label} quarterly review`,
      description: `${label}: incidents, detection and recovery, recurring causes and actions, against ${quarterLabel(report.previous)} and the usual level.`,
      kicker: `Quarterly review · ${formatDay(report.days.first)} – ${formatDay(report.days.last)}${report.running ? ` (so far, as of ${formatDay(today)})` : ''}`,
      running: report.running,
      comparedNote: report.running && report.comparedAtDay !== undefined
        ? `The quarter is still running: counts are compared with the first ${plural(report.comparedAtDay, 'day')} of earlier quarters, medians with whole quarters.`
        : undefined,
      quiet: all === 0 ? 'No incidents and no near misses: a quiet quarter.' : undefined,
      figures: figures(report, severeLabel),
      usualRule: USUAL_RULE,
      whoToldUs: {
        caption: shares.recorded > 0
          ? `${shares.recorded === 1 ? 'Of the 1 incident or near miss that says how it was detected' : `Of the ${shares.recorded} incidents and near misses that say how they were detected`}${shares.notRecorded > 0 ? ` (${shares.notRecorded} ${shares.notRecorded === 1 ? 'does' : 'do'} not say)` : ''}.`
          : all > 0 ? `None of the quarter's ${plural(all, 'write-up')} says how it was detected.` : 'No incidents this quarter.',
        groups: shares.recorded > 0 ? DETECTION_GROUPS.map((group) => ({ label: DETECTION_GROUP_LABELS[group], count: shares.counts[group], share: percent(shares.counts[group] / shares.recorded) })) : [],
        ownMonitoring: shareView(report.detection.ownMonitoring, 'higher'),
        timeToDetect: shares.recorded > 0 ? DETECTION_GROUPS.map((group) => summaryRow(DETECTION_GROUP_LABELS[group], report.detection.timeToDetect[group])) : [],
      },
      changes: all > 0
        ? {
          sentence: `${partOf(report.startedByChange.part, all)} of the quarter's incidents and near misses started with a change: a pull request, deploy or configuration change their write-up links.`,
          usual: usualReading(report.startedByChange.comparison, { format: percent, better: 'neither', n: all }),
        }
        : undefined,
      threshold: library.settings.recurrence.threshold,
      hotCauses: report.hotCategories.map((hot) => ({ cause: causeLabel(library, hot.category), incidents: plural(hot.incidents, 'incident') })),
      grownChains: report.chainsGrown.map(({ chain, added }) => ({
        cause: causeLabel(library, chain.category),
        inChain: plural(chain.incidents.length, 'incident'),
        thisQuarter: added.length,
        anchor: chainAnchor(chain.id),
      })),
      // Reports are newest first: the next one in the list is the older quarter.
      nav: {
        older: quarterLink(reports[index + 1]),
        newer: quarterLink(reports[index - 1]),
        all: links.to('quarters/'),
        csv: { href: links.to(`quarters/${quarterSlug(report.quarter)}.csv`), text: `${label}'s incidents as CSV` },
        present: presentationHref(context, report.quarter),
      },
      incidents: logTable(context, report.incidents, `in ${label}`),
      nearMisses: {
        sentence: nearMissCount > 0
          ? `${plural(nearMissCount, 'near miss', 'near misses')} reported: ${nearMissCount === 1 ? 'a failure' : 'failures'} we learned from without customer impact. More of them reported means people are looking.`
          : `No near miss was reported in ${label}. Near misses are the cheapest lessons: a quarter without any may mean they went unwritten.`,
        items: incidentListItems(context, report.nearMisses),
      },
      fixes: report.chainsGrown.map(({ chain, added }) => ({
        anchor: chainAnchor(chain.id),
        cause: causeLabel(library, chain.category),
        note: `${plural(added.length, 'incident')} of the chain this quarter, of ${chain.incidents.length} since ${formatDay(chain.incidents[0]!.data.date)}`,
        wholeChain: links.to(`causes/${chain.category}/`),
        // Only this quarter's latest recurrences: a long chain would otherwise repeat its history on every quarter page.
        verdicts: verdictViews(context, chain, added.filter((incident) => incident.recurrence.recurring).slice(-LATEST_RECURRENCES_SHOWN)),
      })),
      backlog: backlogView(context, report, label),
      overdue: {
        heading: report.running ? 'Its actions overdue now, by owner' : `Its actions overdue at the end of ${label}, by owner`,
        note: overdueTotal > 0 ? `${plural(overdueTotal, 'action')} from ${label}'s incidents due before ${formatDay(report.asOf)} and still open on that day. Status as of ${formatDay(today)}.` : undefined,
        owners: ownerBoards(context, report.overdueByOwner),
        empty: all === 0 ? `${label} had no incidents, so no actions of its own.` : `No action from ${label}'s incidents was overdue on ${formatDay(report.asOf)}.`,
      },
    };
  });
}
