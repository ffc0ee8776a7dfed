/**
 * "Similar incidents": write-ups that look like the same failure, from shared root cause,
 * services and tags, and from TF-IDF cosine similarity of their text.
 *
 * Cost stays near linear in the library: each write-up keeps only its most distinctive terms,
 * terms found in a large share of write-ups are not used to find candidates, and only write-ups
 * that share a term, a cause, a service or a tag are ever compared.
 */

import type { WriteUp } from './schema';

/** A write-up as similarity reads it: its cause, services and tags, and its words. */
export function similarityDocument(id: string, data: WriteUp, narrative: string): SimilarityDocument {
  return { id, category: data.rootCause.category, services: data.services, tags: data.tags, text: writeUpText(data, narrative) };
}

/** The text a reader would recognise an incident by: the front matter's prose and the narrative. */
function writeUpText(data: WriteUp, body = ''): string {
  return [
    data.title,
    data.summary,
    data.impact,
    data.rootCause.summary,
    ...data.whys.flatMap((step) => [step.why, step.because]),
    ...data.contributingFactors.map((factor) => factor.factor),
    ...data.learnings,
    body,
  ].join('\n');
}

export interface SimilarityDocument {
  id: string;
  category: string;
  services: readonly string[];
  tags: readonly string[];
  /** Everything a reader would recognise the incident by: title, summary, root cause, narrative. */
  text: string;
}

export interface SimilarIncident {
  id: string;
  /** 0 to 1. */
  score: number;
  /** Why it is listed, in words for the page. */
  reasons: string[];
}

export interface SimilarityOptions {
  /** How many to list per write-up. */
  limit?: number;
  /** Ids not to list for a write-up (itself is never listed), e.g. its `related` list. */
  exclude?: (id: string) => ReadonlySet<string> | readonly string[];
  /** Below this score nothing is listed: a weak match is noise. */
  minScore?: number;
}

const WEIGHTS = { text: 0.5, cause: 0.2, services: 0.15, tags: 0.15 };
const TERMS_PER_DOCUMENT = 40;
/**
 * A term in more than this share of write-ups, or in more than MAX_POSTINGS of them, says little
 * about any one of them: it is not used to find candidates (which would cost n² on large libraries).
 */
const COMMON_TERM_SHARE = 0.2;
const MAX_POSTINGS = 100;
/** Structural candidates (same cause, service or tag) kept per write-up in large groups: the newest. */
const MAX_GROUP_CANDIDATES = 50;

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how if in
  into is it its itself just more most no nor not now of off on once only or other our ours out over own same she should so
  some such than that the their theirs them then there these they this those through to too under until up very was we were
  what when where which while who whom why will with would you your yours one two three four five six seven eight nine ten
  first second third last next new day days hour hours minute minutes time times week weeks month months year years`.split(/\s+/),
);

/** Lower-case words of three or more letters, without stop words, plurals folded. */
export function terms(text: string): string[] {
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z][a-z0-9]+/g) ?? [];
  return words
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word))
    .map((word) => (word.length > 4 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

type Vector = Map<string, number>;

/** Log-scaled TF-IDF, pruned to the most distinctive terms, unit length. */
function vectors(documents: readonly SimilarityDocument[]): { vectors: Vector[]; documentFrequency: Map<string, number> } {
  const counts = documents.map((document) => {
    const count = new Map<string, number>();
    for (const term of terms(document.text)) count.set(term, (count.get(term) ?? 0) + 1);
    return count;
  });
  const documentFrequency = new Map<string, number>();
  for (const count of counts) for (const term of count.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const n = documents.length;
  const result = counts.map((count) => {
    const weighted = [...count].map(([term, tf]) => [term, (1 + Math.log(tf)) * Math.log((n + 1) / (documentFrequency.get(term)! + 1))] as const);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const kept = weighted.slice(0, TERMS_PER_DOCUMENT).filter(([, weight]) => weight > 0);
    const length = Math.hypot(...kept.map(([, weight]) => weight)) || 1;
    return new Map(kept.map(([term, weight]) => [term, weight / length]));
  });
  return { vectors: result, documentFrequency };
}

/** Overlap of two short lists (services, tags); written without sets because it runs per candidate pair. */
function jaccard(a: readonly string[], b: readonly string[]): { score: number; shared: number } {
  let shared = 0;
  for (const item of a) if (b.includes(item)) shared += 1;
  const union = a.length + b.length - shared;
  return { score: union === 0 ? 0 : shared / union, shared };
}

function invert(documents: readonly SimilarityDocument[], keysOf: (document: SimilarityDocument) => readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  documents.forEach((document, position) => {
    for (const key of new Set(keysOf(document))) {
      const postings = index.get(key);
      if (postings) postings.push(position);
      else index.set(key, [position]);
    }
  });
  return index;
}

export function similarIncidents(documents: readonly SimilarityDocument[], options: SimilarityOptions = {}): Map<string, SimilarIncident[]> {
  const { limit = 5, exclude = () => [], minScore = 0.12 } = options;
  const { vectors: vectorOf, documentFrequency } = vectors(documents);
  const commonAt = Math.max(2, Math.min(MAX_POSTINGS, COMMON_TERM_SHARE * documents.length));
  const byTerm = new Map<string, number[]>();
  vectorOf.forEach((vector, position) => {
    for (const term of vector.keys()) {
      if (documentFrequency.get(term)! > commonAt) continue;
      const postings = byTerm.get(term);
      if (postings) postings.push(position);
      else byTerm.set(term, [position]);
    }
  });
  const byCategory = invert(documents, (document) => [document.category]);
  const byService = invert(documents, (document) => document.services);
  const byTag = invert(documents, (document) => document.tags);

  const result = new Map<string, SimilarIncident[]>();
  documents.forEach((document, position) => {
    const dot = new Map<number, number>();
    const vector = vectorOf[position]!;
    for (const [term, weight] of vector) {
      for (const other of byTerm.get(term) ?? []) {
        if (other !== position) dot.set(other, (dot.get(other) ?? 0) + weight * vectorOf[other]!.get(term)!);
      }
    }
    const candidates = new Set(dot.keys());
    const addGroup = (postings: readonly number[] | undefined) => {
      // The newest members of a very large group are the likeliest matches; capping keeps the cost bounded.
      for (const other of (postings ?? []).slice(-MAX_GROUP_CANDIDATES)) if (other !== position) candidates.add(other);
    };
    addGroup(byCategory.get(document.category));
    for (const service of document.services) addGroup(byService.get(service));
    for (const tag of document.tags) addGroup(byTag.get(tag));

    const excluded = new Set(exclude(document.id));
    const scored: { other: number; score: number; text: number; services: number; tags: number }[] = [];
    for (const other of candidates) {
      const candidate = documents[other]!;
      if (candidate.id === document.id || excluded.has(candidate.id)) continue;
      const text = dot.get(other) ?? 0;
      const services = jaccard(document.services, candidate.services);
      const tags = jaccard(document.tags, candidate.tags);
      const sameCause = candidate.category === document.category ? 1 : 0;
      const score = WEIGHTS.text * text + WEIGHTS.cause * sameCause + WEIGHTS.services * services.score + WEIGHTS.tags * tags.score;
      if (score >= minScore) scored.push({ other, score: Math.round(score * 1000) / 1000, text, services: services.shared, tags: tags.shared });
    }
    const idOf = (position: number) => documents[position]!.id;
    scored.sort((a, b) => b.score - a.score || (idOf(a.other) < idOf(b.other) ? -1 : idOf(a.other) > idOf(b.other) ? 1 : 0));
    result.set(
      document.id,
      scored.slice(0, limit).map((match) => {
        const reasons: string[] = [];
        if (documents[match.other]!.category === document.category) reasons.push('same root cause');
        if (match.services > 0) reasons.push(`shared ${match.services === 1 ? 'service' : 'services'}`);
        if (match.tags > 0) reasons.push(`shared ${match.tags === 1 ? 'tag' : 'tags'}`);
        if (match.text >= 0.15) reasons.push('similar wording');
        return { id: idOf(match.other), score: match.score, reasons };
      }),
    );
  });
  return result;
}
