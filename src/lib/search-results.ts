/**
 * A search result as its card shows it, from what Pagefind returns for the write-up: the title
 * and summary from its meta, severity, cause, services and the two flags from its filters (which
 * Pagefind sends with every result, so the pages need not repeat them as meta).
 */
import { formatDay } from './format';
import { YES } from './search-facets';

/** The part of Pagefind's result data the cards read. */
export interface PagefindResultData {
  url: string;
  /** Pagefind's excerpt: text escaped by Pagefind, the matched words in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface ResultCard {
  href: string;
  title: string;
  severity: string | undefined;
  date: { iso: string; label: string } | undefined;
  cause: string | undefined;
  services: string[];
  nearMiss: boolean;
  recurring: boolean;
  /** For a query, the excerpt around the matched words (HTML); for the whole library, the summary (text). */
  excerpt: { html: string } | { text: string };
}

export function resultCard(data: PagefindResultData, options: { query: boolean }): ResultCard {
  const { meta, filters } = data;
  return {
    href: data.url,
    title: meta.title ?? data.url,
    severity: filters.severity?.[0],
    date: meta.date ? { iso: meta.date, label: formatDay(meta.date) } : undefined,
    cause: filters.cause?.[0],
    services: filters.service ?? [],
    nearMiss: filters['near-miss']?.includes(YES) ?? false,
    recurring: filters.recurring?.includes(YES) ?? false,
    excerpt: options.query ? { html: excerptHtml(data.excerpt) } : { text: meta.summary ?? '' },
  };
}

/**
 * Pagefind's excerpt as a card shows it: "…" where it starts or stops mid-sentence, and the
 * highlight on the word alone, not the punctuation Pagefind takes with it ("certificate,").
 */
export function excerptHtml(excerpt: string): string {
  const html = excerpt.replace(/<mark>([^<]*?[^<\p{P}])(\p{P}+)<\/mark>/gu, '<mark>$1</mark>$2');
  const text = html.replace(/<[^>]*>/g, '').trim();
  if (text === '') return html;
  const opening = /^\p{Ll}/u.test(text) ? '…' : '';
  const closing = /[.!?…]$/u.test(text) ? '' : '…';
  return `${opening}${html.trim()}${closing}`;
}
