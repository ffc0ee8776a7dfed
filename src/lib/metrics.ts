/**
 * The figures derived from a write-up's timeline, exactly as the contract defines them.
 * Every page and chart reads these, so they are computed in one place.
 */
import type { EventKind, TimelineEvent } from './schema';

export interface TimelineFigures {
  /** Latent time: first `impact` minus first `trigger`. */
  timeToImpactMinutes: number | null;
  /** First `detected` minus first `impact`. */
  timeToDetectMinutes: number | null;
  /** First `mitigated` minus first `detected`. */
  timeToMitigateMinutes: number | null;
  /** Last `resolved` minus first `detected`. */
  timeToResolveMinutes: number | null;
  /** Last `resolved` minus first `impact`. */
  impactDurationMinutes: number | null;
}

type TimedEvent = Pick<TimelineEvent, 'at' | 'kind'>;

/**
 * The earliest or latest instant of one kind of event. Compared as instants, not by list
 * position or text, so events written in different offsets still order correctly.
 */
function instantOf(timeline: readonly TimedEvent[], kind: EventKind, which: 'first' | 'last'): number | undefined {
  let found: number | undefined;
  for (const event of timeline) {
    if (event.kind !== kind) continue;
    const instant = Date.parse(event.at);
    if (Number.isNaN(instant)) continue;
    if (found === undefined || (which === 'first' ? instant < found : instant > found)) found = instant;
  }
  return found;
}

/** Whole minutes from one instant to another, or null when either end is missing. */
function minutesBetween(from: number | undefined, to: number | undefined): number | null {
  if (from === undefined || to === undefined) return null;
  // `+ 0` turns a -0 from rounding a tiny negative gap into a plain 0.
  return Math.round((to - from) / 60_000) + 0;
}

/**
 * A negative figure is returned as is, not clamped or dropped: detection before impact means
 * the problem was caught before it reached anyone, which is exactly what a review wants to see.
 */
export function timelineFigures(timeline: readonly TimedEvent[]): TimelineFigures {
  const firstTrigger = instantOf(timeline, 'trigger', 'first');
  const firstImpact = instantOf(timeline, 'impact', 'first');
  const firstDetected = instantOf(timeline, 'detected', 'first');
  const firstMitigated = instantOf(timeline, 'mitigated', 'first');
  const lastResolved = instantOf(timeline, 'resolved', 'last');
  return {
    timeToImpactMinutes: minutesBetween(firstTrigger, firstImpact),
    timeToDetectMinutes: minutesBetween(firstImpact, firstDetected),
    timeToMitigateMinutes: minutesBetween(firstDetected, firstMitigated),
    timeToResolveMinutes: minutesBetween(firstDetected, lastResolved),
    impactDurationMinutes: minutesBetween(firstImpact, lastResolved),
  };
}
