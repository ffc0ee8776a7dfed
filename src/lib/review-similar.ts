/**
 * At review time: for the write-ups a pull request changes, the earlier incidents that look like
 * the same failure and are not yet in `related`, so the author can link them (or see a pattern).
 */
import { similarIncidents, similarityDocument } from './similarity';
import type { CheckedWriteUp } from './validation/check-library';

export interface EarlierLookAlike {
  id: string;
  title: string;
  date: string;
  reasons: string[];
}

/** For each write-up path in `changed`, up to `limit` earlier look-alikes (same cause and service, or close text). */
export function earlierLookAlikes(writeUps: readonly CheckedWriteUp[], changed: ReadonlySet<string>, limit = 3): Map<string, EarlierLookAlike[]> {
  const valid = writeUps.filter((writeUp) => writeUp.data);
  const byId = new Map(valid.map((writeUp) => [writeUp.id, writeUp]));
  const similar = similarIncidents(
    valid.map((writeUp) => similarityDocument(writeUp.id, writeUp.data!, writeUp.narrative)),
    { limit: 12, exclude: (id) => byId.get(id)?.data?.related ?? [] },
  );
  const result = new Map<string, EarlierLookAlike[]>();
  for (const writeUp of valid) {
    if (!changed.has(writeUp.path)) continue;
    const matches = (similar.get(writeUp.id) ?? []).flatMap((match) => {
      const other = byId.get(match.id)!.data!;
      const sameFailure =
        match.reasons.includes('same root cause') && (match.reasons.includes('shared service') || match.reasons.includes('shared services'));
      const closeText = match.reasons.includes('similar wording');
      return other.date <= writeUp.data!.date && (sameFailure || closeText)
        ? [{ id: match.id, title: other.title, date: other.date, reasons: match.reasons }]
        : [];
    });
    result.set(writeUp.path, matches.slice(0, limit));
  }
  return result;
}
