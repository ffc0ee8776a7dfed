/**
 * When things happened: a timeline's moments and kinds, before any text. Everything is computed
 * as instants and only then written in the library's zone, so offsets are right across a change
 * to or from daylight saving time, and the events are in order by construction.
 */
import type { DetectionSource, EventKind } from '../../src/lib/schema';
import { minutes, type Clock } from './calendar';
import type { Random } from './random';

export interface Moment {
  kind: EventKind;
  instant: number;
}

export interface TimelineShape {
  moments: Moment[];
  /** Minutes from the first impact (or, for a near miss, the trigger) to detection. */
  detectAfter: number;
  /** Minutes from detection to mitigation. */
  mitigateAfter: number;
  /** Minutes from the first impact to the end (for a near miss: trigger to detection). */
  impactMinutes: number;
}

/** Kinds at the same minute keep the order in which they happen. */
const ORDER: readonly EventKind[] = ['trigger', 'impact', 'signal', 'missed-signal', 'detected', 'action', 'communication', 'mitigated', 'resolved'];

const MAX_EVENTS = 10;

const between = (random: Random, [low, high]: readonly [number, number]) => random.int(low, high);

/** Minutes from impact to detection, by who told us first: alerts are quick, customers and reviews slow. */
const DETECT_MINUTES: Readonly<Record<DetectionSource, readonly (readonly [readonly [number, number], number])[]>> = {
  monitoring: [[[2, 30], 65], [[30, 120], 30], [[120, 600], 5]],
  synthetic: [[[2, 20], 75], [[20, 90], 25]],
  customer: [[[15, 60], 25], [[60, 240], 45], [[240, 1440], 30]],
  'internal-report': [[[5, 60], 45], [[60, 300], 40], [[300, 900], 15]],
  'third-party': [[[10, 90], 50], [[90, 600], 50]],
  audit: [[[600, 4320], 100]],
  other: [[[30, 600], 100]],
};

export function shapeTimeline(random: Random, clock: Clock, date: string, nearMiss: boolean, detection: DetectionSource): TimelineShape {
  // Most incidents start in working hours, when most changes are made.
  const anchorMinute = random.chance(0.7) ? random.int(7 * 60, 20 * 60) : random.int(0, 24 * 60 - 1);
  const anchor = clock.instantOf(date, anchorMinute);
  const latent = between(random, random.weighted([[[1, 15], 40], [[15, 180], 35], [[180, 1500], 25]] as const));
  const detect = between(random, random.weighted(DETECT_MINUTES[detection]));
  const mitigate = random.int(5, 150);
  const settle = random.int(10, 600);

  const moments: Moment[] = [];
  let impact: number | undefined;
  let trigger: number;
  let detected: number;
  if (nearMiss) {
    detected = anchor;
    trigger = detected - minutes(latent + detect);
    moments.push({ kind: 'trigger', instant: trigger }, { kind: 'detected', instant: detected });
  } else {
    impact = anchor;
    trigger = impact - minutes(latent);
    detected = impact + minutes(detect);
    moments.push({ kind: 'trigger', instant: trigger }, { kind: 'impact', instant: impact }, { kind: 'detected', instant: detected });
  }
  const mitigated = detected + minutes(mitigate);
  const resolved = mitigated + minutes(settle);
  moments.push({ kind: 'mitigated', instant: mitigated }, { kind: 'resolved', instant: resolved });

  const extras: [EventKind, number, number, number][] = [
    ['signal', impact ?? trigger, detected, nearMiss ? 0.7 : 0.45],
    ['missed-signal', trigger, detected, 0.45],
    ['action', detected, mitigated, 0.85],
    ['action', detected, mitigated, 0.45],
    ['communication', detected, resolved, nearMiss ? 0.1 : 0.5],
    ['action', mitigated, resolved, 0.35],
  ];
  for (const [kind, from, to, probability] of extras) {
    const gap = Math.floor((to - from) / minutes(1));
    if (moments.length >= MAX_EVENTS || gap < 2 || !random.chance(probability)) continue;
    moments.push({ kind, instant: from + minutes(random.int(1, gap - 1)) });
  }
  moments.sort((a, b) => a.instant - b.instant || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));

  return {
    moments,
    detectAfter: nearMiss ? latent + detect : detect,
    mitigateAfter: mitigate,
    impactMinutes: nearMiss ? latent + detect : detect + mitigate + settle,
  };
}
