/**
 * "Did you mean …?" for a search that found nothing: each word of the query that is not in the
 * library's word list (nor the start of one, which Pagefind would have matched) is replaced by
 * the nearest listed word within a few typos. Runs in the browser over the build's word list.
 */
import { searchTokens } from './search-words';
import { editDistance } from './suggest';

/** Typos allowed for a word of this length: one in a short word, up to three in a long one. */
const allowedTypos = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The listed words nearest to `word`, nearest first; of equally near words, the earlier in the
 * list (the commoner) first.
 */
export function nearestWords(word: string, words: readonly string[], limit: number): string[] {
  const allowed = allowedTypos(word.length);
  const near: { word: string; distance: number; rank: number }[] = [];
  words.forEach((candidate, rank) => {
    if (Math.abs(candidate.length - word.length) > allowed) return;
    const distance = editDistance(word, candidate);
    if (distance <= allowed) near.push({ word: candidate, distance, rank });
  });
  return near
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.word);
}

/**
 * Up to `limit` corrected queries, the likeliest first: every unknown word replaced by its nearest
 * listed word, then the first unknown word's next-nearest instead. None when every word is known
 * or an unknown word has nothing near it.
 */
export function didYouMean(query: string, words: readonly string[], limit = 3): string[] {
  const tokens = searchTokens(query);
  const listed = new Set(words);
  const known = (token: string) => listed.has(token) || words.some((word) => word.startsWith(token));
  const corrections = tokens.map((token) => (known(token) ? [token] : nearestWords(token, words, limit)));
  if (corrections.every((options, index) => options[0] === tokens[index]) || corrections.some((options) => options.length === 0)) return [];
  const first = corrections.findIndex((options, index) => options[0] !== tokens[index]);
  return corrections[first]!.map((option) => corrections.map((options, index) => (index === first ? option : options[0]!)).join(' '));
}
