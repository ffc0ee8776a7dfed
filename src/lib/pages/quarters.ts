/**
 * The quarter pages for quarterly planning: an index of the quarters, and per quarter its headline
 * figures against the quarter before (with which way is good news decided here), its hot and
 * recurring causes with "did the fixes hold?", its incidents and what was overdue at its end.
 */
import { formatDuration } from '../duration';
import { formatDay, plural } from '../format';
import { describeChange, quarterReports, type ChangeDescription, type QuarterChange, type QuarterReport } from '../quarter-report';
import { quarterDays, quarterLabel, quarterSlug } from '../quarters';
import { causeLabel } from '../registries';
import { worstLevels } from '../severity';
import { LATEST_RECURRENCES_SHOWN } from './browse';
import { logRows, ownerBoards, verdictViews, type Link, type LogRow, type OwnerBoard, type PageContext, type VerdictView } from './parts';

export interface QuarterFigure {
  label: string;
  /** The quarter's value, formatted, or "—" when there is none. */
  value: string;
  change: ChangeDescription;
}

export interface QuarterPage {
  slug: string;
  label: string;
  title: string;
  description: string;
  /** "Quarterly review · 1 Jul 2026 – 30 Sep 2026 (so far, as of 22 Nov 2026)". */
  kicker: string;
  figures: QuarterFigure[];
  threshold: number;
  hotCauses: { cause: string; incidents: string }[];
  grownChains: { cause: string; inChain: string; thisQuarter: number; anchor: string }[];
  nav: { older: Link | undefined; newer: Link | undefined; all: string; csv: Link };
  incidents: { rows: LogRow[]; caption: string };
  fixes: { anchor: string; cause: string; note: string; wholeChain: string; verdicts: VerdictView[] }[];
  overdue: { heading: string; note: string | undefined; owners: OwnerBoard[]; empty: string };
}

export interface QuartersIndexRow {
  quarter: Link;
  incidents: number;
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
}

/** The quarter reports of this build, computed once for the index, the pages and the CSV files. */
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

/** Page anchor of a chain (its id holds a colon, awkward in CSS selectors). */
const chainAnchor = (id: string) => `chain-${id.replace(':', '-')}`;

export function quartersIndex(context: PageContext, reports: readonly QuarterReport[]): QuartersIndex {
  const { library, links } = context;
  return {
    threshold: library.settings.recurrence.threshold,
    severeLabel: worstLevels(library.settings.severities).label,
    caption: `${plural(reports.length, 'quarter')} with incidents, newest first. Medians of the quarter's incidents; overdue is counted at the quarter's end.`,
    rows: reports.map((report) => {
      const causes = [...new Set([...report.hotCategories.map((hot) => hot.category), ...report.chainsGrown.map((grown) => grown.chain.category)])];
      return {
        quarter: { href: links.to(`quarters/${quarterSlug(report.quarter)}/`), text: quarterLabel(report.quarter) },
        incidents: report.headline.incidents.now ?? 0,
        severe: report.headline.severeIncidents.now ?? 0,
        medianTimeToDetect: duration(report.headline.medianTimeToDetect.now),
        medianTimeToResolve: duration(report.headline.medianTimeToResolve.now),
        actionsDone: report.headline.actionsDone.now ?? 0,
        actionsOverdue: report.headline.actionsOverdue.now ?? 0,
        causes: causes.length > 0 ? causes.map((category) => causeLabel(library, category)).join(', ') : undefined,
      };
    }),
  };
}

export function quarterPages(context: PageContext, reports: readonly QuarterReport[]): QuarterPage[] {
  const { library, links } = context;
  const { today } = library;
  const severeLabel = worstLevels(library.settings.severities).label;
  const quarterLink = (quarter: string | undefined): Link | undefined =>
    quarter === undefined ? undefined : { href: links.to(`quarters/${quarterSlug(quarter)}/`), text: quarterLabel(quarter) };
  return reports.map((report, index) => {
    const label = quarterLabel(report.quarter);
    const previousLabel = quarterLabel(report.previous);
    const days = quarterDays(report.quarter);
    const running = report.asOf === today;
    const figure = (name: string, change: QuarterChange, format: (value: number) => string, better: 'lower' | 'higher'): QuarterFigure => ({
      label: name,
      value: change.now === null ? '—' : format(change.now),
      change: describeChange(change, { format, previousLabel, better }),
    });
    const overdueTotal = report.overdueByOwner.reduce((sum, owner) => sum + owner.actions.length, 0);
    return {
      slug: quarterSlug(report.quarter),
      label,
      title: `${label} quarterly review`,
      description: `${label}: incidents, detection and recovery, recurring causes and actions, against ${previousLabel}.`,
      kicker: `Quarterly review · ${formatDay(days.first)} – ${formatDay(days.last)}${running ? ` (so far, as of ${formatDay(today)})` : ''}`,
      figures: [
        figure('Incidents', report.headline.incidents, count, 'lower'),
        figure(`${severeLabel} incidents`, report.headline.severeIncidents, count, 'lower'),
        figure('Median time to detect', report.headline.medianTimeToDetect, formatDuration, 'lower'),
        figure('Median time to resolve', report.headline.medianTimeToResolve, formatDuration, 'lower'),
        figure('Actions done', report.headline.actionsDone, count, 'higher'),
        figure(running ? 'Actions overdue now' : 'Actions overdue at quarter end', report.headline.actionsOverdue, count, 'lower'),
      ],
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
        older: quarterLink(reports[index + 1]?.quarter),
        newer: quarterLink(reports[index - 1]?.quarter),
        all: links.to('quarters/'),
        csv: { href: links.to(`quarters/${quarterSlug(report.quarter)}.csv`), text: `${label} as CSV` },
      },
      incidents: { rows: logRows(context, report.incidents), caption: `${plural(report.incidents.length, 'incident')} in ${label}, newest first.` },
      fixes: report.chainsGrown.map(({ chain, added }) => ({
        anchor: chainAnchor(chain.id),
        cause: causeLabel(library, chain.category),
        note: `${plural(added.length, 'recurrence')} this quarter, in a chain of ${plural(chain.incidents.length, 'incident')} from ${formatDay(chain.incidents[0]!.data.date)}`,
        wholeChain: links.to(`causes/${chain.category}/`),
        // Only this quarter's latest recurrences: a long chain would otherwise repeat its history on every quarter page.
        verdicts: verdictViews(context, chain, added.filter((incident) => incident.recurrence.recurring).slice(-LATEST_RECURRENCES_SHOWN)),
      })),
      overdue: {
        heading: running ? 'Actions overdue now, by owner' : `Actions overdue at the end of ${label}, by owner`,
        note: overdueTotal > 0 ? `${plural(overdueTotal, 'action')} due before ${formatDay(report.asOf)} and still open on that day. Status as of ${formatDay(today)}.` : undefined,
        owners: ownerBoards(context, report.overdueByOwner),
        empty: `No action was overdue on ${formatDay(report.asOf)}.`,
      },
    };
  });
}
