/**
 * A quarter as slides for the planning meeting, made from the quarter page's pieces: the
 * headline against the quarter before and the usual level, hot causes, the chains that grew and
 * whether the fixes held, who told us first, changes as triggers, the open-action backlog by
 * team, the quarter's incidents one line each, and its near misses as learning.
 */
import { formatDay, plural } from '../format';
import type { UsualReading } from '../planning/usual';
import type { Incident } from '../incident-log';
import type { ChangeDescription, QuarterReport } from '../quarter-report';
import { severityView, type BacklogView, type PageContext, type SeverityView } from './parts';
import type { QuarterPage } from './quarters';
import { startedByChange } from '../planning/changes';

/** Lines of a list slide: what a room reads at 1280×720 without anything cut off. */
export const LINES_PER_SLIDE = 7;

interface SlideBase {
  /** The slide's anchor and the URL's hash: `slide-3`. */
  id: string;
  title: string;
  /** "2 of 3", when a list runs over several slides. */
  part?: string;
}

export interface IncidentLine {
  href: string;
  title: string;
  date: string;
  severity: SeverityView;
  nearMiss: boolean;
  recurring: boolean;
}

/** A recurrence and the earlier incidents behind its verdict, with the state of their actions then. */
export interface ChainVerdictLine {
  incident: string;
  date: string;
  sentence: string;
  verdict: string;
  earlier: { incident: string; date: string; state: string }[];
}

/** Earlier incidents shown under a verdict: the latest, as a room can read them. */
export const EARLIER_ON_A_SLIDE = 3;

export type Slide =
  | (SlideBase & { kind: 'title'; kicker: string; summary: string; note: string | undefined })
  | (SlideBase & { kind: 'figures'; figures: { label: string; value: string; n: string | undefined; change: ChangeDescription; usual: UsualReading }[]; note: string | undefined })
  | (SlideBase & { kind: 'causes'; causes: { cause: string; incidents: string }[]; empty: string })
  | (SlideBase & { kind: 'chains'; chains: { cause: string; note: string; verdicts: ChainVerdictLine[] }[]; empty: string })
  | (SlideBase & { kind: 'detection'; caption: string; groups: QuarterPage['whoToldUs']['groups']; timeToDetect: QuarterPage['whoToldUs']['timeToDetect']; usual: UsualReading | undefined; empty: string })
  | (SlideBase & { kind: 'changes'; sentence: string; usual: UsualReading | undefined; incidents: IncidentLine[]; empty: string })
  | (SlideBase & { kind: 'backlog'; backlog: BacklogView; reviews: string | undefined })
  | (SlideBase & { kind: 'incidents'; incidents: IncidentLine[]; empty: string })
  | (SlideBase & { kind: 'near-misses'; sentence: string; incidents: (IncidentLine & { learned: string })[] });

export interface Presentation {
  /** The quarter's address part: `2026-q3`. */
  slug: string;
  title: string;
  description: string;
  /** Where Escape and "back" go: the quarter's page. */
  quarterPage: string;
  slides: Slide[];
}

type SlideContent = Slide extends infer S ? (S extends Slide ? Omit<S, 'id'> : never) : never;

/** A long list over as many slides as it needs, each saying which part it is. */
function paged<T>(items: readonly T[], make: (chunk: T[]) => SlideContent): SlideContent[] {
  if (items.length <= LINES_PER_SLIDE) return [make([...items])];
  const parts = Math.ceil(items.length / LINES_PER_SLIDE);
  return Array.from({ length: parts }, (_, index) => ({ ...make(items.slice(index * LINES_PER_SLIDE, (index + 1) * LINES_PER_SLIDE)), part: `${index + 1} of ${parts}` }) as SlideContent);
}

export function presentation(context: PageContext, report: QuarterReport, page: QuarterPage): Presentation {
  const { library, links } = context;
  const line = (incident: Incident): IncidentLine => ({
    href: links.incident(incident.id),
    title: incident.data.title,
    date: formatDay(incident.data.date),
    severity: severityView(library, incident.data.severity),
    nearMiss: incident.data.nearMiss,
    recurring: incident.recurrence.recurring,
  });
  const rows = report.incidents.map(line);
  const changed = report.incidents.filter(startedByChange).map(line);
  const nearMisses = report.nearMisses.map((incident) => ({ ...line(incident), learned: incident.data.learnings[0] ?? incident.data.rootCause.summary }));
  const overdueReviews = page.backlog.reviews.length;

  const slides: SlideContent[] = [
    {
      kind: 'title',
      title: page.title,
      kicker: page.kicker,
      summary: `${plural(report.headline.incidents.now, 'incident')}, ${plural(report.headline.nearMisses.now, 'near miss', 'near misses')} reported, ${plural(report.chainsGrown.length, 'recurring chain')} grew.`,
      note: page.quiet ?? page.comparedNote,
    },
    { kind: 'figures', title: 'The quarter in figures', figures: page.figures.map(({ label, value, n, change, usual }) => ({ label, value, n, change, usual })), note: [page.comparedNote, page.usualRule].filter(Boolean).join(' ') },
    {
      kind: 'causes',
      title: 'Hot causes',
      causes: page.hotCauses,
      empty: `No root cause had ${page.threshold} or more incidents this quarter.`,
    },
    {
      kind: 'chains',
      title: 'Chains that grew: did the fixes hold?',
      chains: page.fixes.map((chain) => ({
        cause: chain.cause,
        note: chain.note,
        verdicts: chain.verdicts.map((verdict) => ({
          incident: verdict.incident.text,
          date: verdict.date.label,
          sentence: verdict.sentence,
          verdict: verdict.verdict,
          earlier: verdict.earlier.slice(0, EARLIER_ON_A_SLIDE).map((item) => ({ incident: item.incident.text, date: item.date.label, state: item.state })),
        })),
      })),
      empty: 'No incident this quarter made a root cause recur.',
    },
    {
      kind: 'detection',
      title: 'Who told us first',
      caption: page.whoToldUs.caption,
      groups: page.whoToldUs.groups,
      timeToDetect: page.whoToldUs.timeToDetect,
      usual: page.whoToldUs.ownMonitoring?.usual,
      empty: page.quiet ? 'No incidents this quarter.' : 'No write-up of the quarter says how it was detected.',
    },
    ...paged(changed, (chunk) => ({
      kind: 'changes' as const,
      title: 'Changes as triggers',
      sentence: page.changes?.sentence ?? 'No incidents this quarter.',
      usual: page.changes?.usual,
      incidents: chunk,
      empty: page.changes ? 'No incident of the quarter lists a change that set it off.' : '',
    })),
    { kind: 'backlog', title: 'Open actions by team', backlog: page.backlog, reviews: overdueReviews > 0 ? `${plural(overdueReviews, 'follow-up review')} past ${overdueReviews === 1 ? 'its' : 'their'} date with actions open.` : undefined },
    ...paged(rows, (chunk) => ({ kind: 'incidents' as const, title: "The quarter's incidents", incidents: chunk, empty: page.quiet ?? '' })),
    ...paged(nearMisses, (chunk) => ({ kind: 'near-misses' as const, title: 'Near misses: what we learned for free', sentence: page.nearMisses.sentence, incidents: chunk })),
  ];
  return {
    slug: page.slug,
    title: `${page.label} · presentation`,
    description: `${page.title} as slides, ${page.running ? `so far, as of ${formatDay(library.today)}` : 'for the planning meeting'}.`,
    quarterPage: links.to(`quarters/${page.slug}/`),
    slides: slides.map((slide, index) => ({ ...slide, id: `slide-${index + 1}` }) as Slide),
  };
}
