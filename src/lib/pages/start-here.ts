/** The new hire's page: the reading path of essential write-ups, each with why it matters. */
import { readingPath } from '../reading';
import { causeLabel } from '../registries';
import { dayView, severityView, type DayView, type PageContext, type SeverityView } from './parts';

export interface ReadingStep {
  href: string;
  title: string;
  date: DayView;
  severity: SeverityView;
  cause: string;
  /** Its first learning, or its root cause. */
  whyItMatters: string;
}

export interface StartHerePage {
  path: ReadingStep[];
  links: { log: string; causes: string; services: string; search: string; writing: string };
}

export function startHerePage(context: PageContext): StartHerePage {
  const { library, links } = context;
  return {
    path: readingPath(library.incidents).map((incident) => ({
      href: links.incident(incident.id),
      title: incident.data.title,
      date: dayView(incident.data.date),
      severity: severityView(library, incident.data.severity),
      cause: causeLabel(library, incident.data.rootCause.category),
      whyItMatters: incident.data.learnings[0] ?? incident.data.rootCause.summary,
    })),
    links: { log: links.to('log/'), causes: links.to('causes/'), services: links.to('services/'), search: links.to('search/'), writing: links.to('guides/writing/') },
  };
}
