/**
 * A root-cause category with the vocabulary its write-ups are made of. Text may hold slots in
 * braces ({service}, {thing}, …) that `fill` replaces; a slot it does not know is an error, so no
 * brace can reach an MDX body.
 */
import type { FactorKind, IncidentType } from '../../../src/lib/schema';

export interface ActionIdea {
  action: string;
  horizon: 'short-term' | 'long-term';
  successMetric?: string;
}

export interface CauseTheme {
  id: string;
  label: string;
  description: string;
  /** The incident types this cause comes with, weighted. */
  types: readonly (readonly [IncidentType, number])[];
  /** What changed, expired or broke, without an article: "feature flag". */
  things: readonly string[];
  titles: readonly string[];
  /** The first sentence of a summary: what happened. */
  summaries: readonly string[];
  rootCauses: readonly string[];
  /** Timeline `what` of the trigger event. */
  triggers: readonly string[];
  /** A 5 Whys chain in order; a write-up keeps the first step and an ordered selection of the rest. */
  whys: readonly (readonly [string, string])[];
  factors: Readonly<Record<FactorKind, readonly string[]>>;
  actions: readonly ActionIdea[];
  tags: readonly string[];
  learnings: readonly string[];
  /** Sentences for the body's narrative. */
  narrative: readonly string[];
  /** Log lines for the body's excerpt, after the timestamp. */
  logs: readonly string[];
}
