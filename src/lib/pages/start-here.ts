/**
 * The new hire's page: the reading path of essential write-ups, each with why it matters, and
 * the glossary of the words the site uses.
 */
import { glossary, termAnchor } from '../glossary';
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

export interface GlossaryEntry {
  /** The anchor other pages link to: `term-near-miss`. */
  anchor: string;
  term: string;
  definition: string;
  /** For the severity term: each level of the library's scale and what it means. */
  levels?: { id: string; description: string | undefined }[];
}

export interface StartHerePage {
  path: ReadingStep[];
  glossary: GlossaryEntry[];
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
    glossary: glossary(library.settings).map((term) => ({
      anchor: termAnchor(term.id),
      term: term.term,
      definition: term.definition,
      ...(term.id === 'severity' ? { levels: library.settings.severities.map((level) => ({ id: level.id, description: level.description })) } : {}),
    })),
    links: { log: links.to('log/'), causes: links.to('causes/'), services: links.to('services/'), search: links.to('search/'), writing: links.to('guides/writing/') },
  };
}
