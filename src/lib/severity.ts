/**
 * The configured severity scale, worst first: the rank of a level (for sorting and search) and
 * "the worst levels" (what quarter pages count as severe), decided here once.
 */

export interface SeverityLevel {
  id: string;
  description: string;
}

/** How many of the worst levels count as severe on quarter pages and slides. */
export const SEVERE_LEVELS = 2;

/** Each level's place in the scale, 0 for the worst. */
export function severityRanks(scale: readonly SeverityLevel[]): ReadonlyMap<string, number> {
  return new Map(scale.map((level, index) => [level.id, index]));
}

/** The worst `count` levels of the scale, and how to name them together ("SEV1–SEV2"). */
export function worstLevels(scale: readonly SeverityLevel[], count = SEVERE_LEVELS): { ids: string[]; label: string } {
  const ids = scale.slice(0, count).map((level) => level.id);
  return { ids, label: ids.join('–') };
}

/** What a level means, as the settings describe it. */
export function severityDescription(scale: readonly SeverityLevel[], id: string): string | undefined {
  return scale.find((level) => level.id === id)?.description;
}
