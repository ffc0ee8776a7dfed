/**
 * The words "did you mean" chooses from. Pagefind does not expose its index's words, so the build
 * lists the words of what readers search for (titles, summaries, root causes, services and tags),
 * most widespread first, and the search page loads the list only when a search finds nothing.
 */
import type { Incident } from './incident-log';
import { causeLabel, serviceName, type Registries } from './registries';

/** Words that are in nearly every write-up and that nobody searches for. */
const STOP_WORDS = new Set(
  'the and for with was were that this from when had has have not but are its into our their they than then which who whom after before during while all any can could would should been being one two out off over under about more most some did does what where there because also only each per via how why yet too'.split(' '),
);

/** Lower-case words of letters and digits: "Month-end billing's queue" → month, end, billing, s, queue. */
export function searchTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A word worth suggesting: three letters or more, not only digits, not a stop word. */
const worthSuggesting = (word: string) => word.length >= 3 && !/^\p{N}+$/u.test(word) && !STOP_WORDS.has(word);

export type WordSource = Pick<Incident, 'data'> & {
  data: Pick<Incident['data'], 'title' | 'summary' | 'rootCause' | 'services' | 'tags'>;
};

/**
 * Each word once, the words in most write-ups first (so that of two equally near words the
 * commoner is suggested), then alphabetically.
 */
export function searchWords(incidents: readonly WordSource[], registries: Pick<Registries, 'causes' | 'services'>): string[] {
  const writeUps = new Map<string, number>();
  for (const { data } of incidents) {
    const text = [
      data.title,
      data.summary,
      data.rootCause.summary,
      causeLabel(registries, data.rootCause.category),
      ...data.services.map((id) => serviceName(registries, id)),
      ...data.tags,
    ].join(' ');
    for (const word of new Set(searchTokens(text).filter(worthSuggesting))) writeUps.set(word, (writeUps.get(word) ?? 0) + 1);
  }
  return [...writeUps].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
}
