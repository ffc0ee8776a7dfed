/**
 * The shape of the whole library before any write-up is written: when incidents happen, which
 * root cause each has, and where recurring chains are placed on purpose, so that every library
 * has both kinds the pages explain ("the fixes did not hold" and "the actions from last time
 * are not done yet"). The rest of the recurrence comes out of the Zipf-like causes by itself.
 */
import { addDays, clampDay, daysBetween, LAST_DAY, REFERENCE_DAY, weekday } from './calendar';
import type { CauseTheme } from './causes';
import type { Random } from './random';
import type { GeneratedWriteUp } from './write-up';

/** The contract's default rule, which the generated settings use. */
export const RECURRENCE = { threshold: 3, windowDays: 180 };

export type ChainKind = 'fixes-did-not-hold' | 'actions-not-done';

export interface PlannedChain {
  kind: ChainKind;
  /** Index of the recurring incident; the others are earlier members. */
  last: number;
  members: number[];
}

export interface LibraryPlan {
  dates: string[];
  causes: CauseTheme[];
  chains: PlannedChain[];
}

/** Dates oldest first, over three to five years, busier as the company grows, quieter at weekends. */
function spreadDates(random: Random, count: number): string[] {
  const years = count < 150 ? 3 : count < 3000 ? 4 : 5;
  const span = years * 365;
  const first = addDays(LAST_DAY, -span + 1);
  const growth = 1.5;
  const dates: string[] = [];
  while (dates.length < count) {
    // Inverse of a linearly rising density: late years have about 2.5 times the incidents of early ones.
    const u = random.next() * (1 + growth / 2);
    const x = (Math.sqrt(1 + 2 * growth * u) - 1) / growth;
    const date = addDays(first, Math.min(span - 1, Math.floor(x * span)));
    const day = weekday(date);
    if ((day === 0 || day === 6) && random.chance(0.55)) continue;
    dates.push(date);
  }
  return dates.sort();
}

export function planLibrary(random: Random, count: number, causes: readonly CauseTheme[]): LibraryPlan {
  const dates = spreadDates(random, count);
  const zipf = causes.map((cause, rank) => [cause, 1 / Math.pow(rank + 1, 0.7)] as const);
  const assigned = dates.map(() => random.weighted(zipf));
  const chains = placeChains(random, dates, assigned, causes);
  return { dates, causes: assigned, chains };
}

/**
 * Puts chains of three or four incidents of one cause within 150 days. Chains of the same cause
 * are 400 days apart, so that settling one never touches another's window.
 */
function placeChains(random: Random, dates: readonly string[], causes: CauseTheme[], themes: readonly CauseTheme[]): PlannedChain[] {
  const wanted = Math.max(2, Math.round(dates.length / 150));
  const chains: PlannedChain[] = [];
  const locked = new Set<number>();
  const earliest = addDays(dates[0]!, RECURRENCE.windowDays);
  for (let attempt = 0; attempt < wanted * 20 && chains.length < wanted; attempt++) {
    const cause = random.pick(themes);
    const last = random.int(0, dates.length - 1);
    const date = dates[last]!;
    if (date < earliest || locked.has(last)) continue;
    const tooClose = chains.some((chain) => causes[chain.last] === cause && Math.abs(daysBetween(dates[chain.last]!, date)) < 400);
    if (tooClose) continue;
    const from = addDays(date, -150);
    const candidates: number[] = [];
    for (let index = last - 1; index >= 0 && dates[index]! >= from; index--) if (!locked.has(index)) candidates.push(index);
    if (candidates.length < RECURRENCE.threshold - 1) continue;
    const earlier = random.sample(candidates, Math.min(candidates.length, random.int(2, 3))).sort((a, b) => a - b);
    for (const index of [...earlier, last]) {
      causes[index] = cause;
      locked.add(index);
    }
    chains.push({ kind: chains.length % 2 === 0 ? 'fixes-did-not-hold' : 'actions-not-done', last, members: earlier });
  }
  return chains;
}

/**
 * Makes each planned chain the kind it was planned as, by what its earlier actions say on the
 * recurring incident's date: all finished by then, or one still open.
 */
export function settleChains(random: Random, writeUps: GeneratedWriteUp[], chains: readonly PlannedChain[]): void {
  for (const chain of chains) {
    const recurring = writeUps[chain.last]!;
    const day = recurring.date;
    const windowStart = addDays(day, -RECURRENCE.windowDays);
    if (chain.kind === 'fixes-did-not-hold') {
      for (const [index, writeUp] of writeUps.entries()) {
        const inWindow = writeUp.date >= windowStart && writeUp.date <= day && index !== chain.last;
        if (!inWindow || writeUp.rootCause.category !== recurring.rootCause.category) continue;
        for (const action of writeUp.actions) {
          if (action.status === 'dropped') continue;
          action.status = 'done';
          const done = action.completed && action.completed <= day ? action.completed : addDays(writeUp.date, random.int(1, 60));
          action.completed = clampDay(done, writeUp.date, day);
        }
      }
    } else {
      const previous = writeUps[chain.members.at(-1)!]!;
      const action = previous.actions[0]!;
      const finishedLater = addDays(day, random.int(5, 60));
      if (finishedLater <= REFERENCE_DAY && random.chance(0.5)) {
        action.status = 'done';
        action.completed = finishedLater;
      } else {
        action.status = 'in-progress';
        delete action.completed;
      }
    }
    recurring.related = chain.members.slice(-2).reverse().map((index) => writeUps[index]!.id);
  }
}

/**
 * Drafts (about 1%, recent, outside chains and never linked to), public write-ups (about 5%),
 * the essential reading path (about 2%, chosen among SEV1 and SEV2), and links to the previous
 * incident of the same cause for about 8% of the rest.
 */
export function markWriteUps(random: Random, writeUps: GeneratedWriteUp[], chains: readonly PlannedChain[]): void {
  const inChain = new Set(chains.flatMap((chain) => [chain.last, ...chain.members]));
  const recent = writeUps.map((_, index) => index).filter((index) => index >= writeUps.length * 0.75 && !inChain.has(index));
  const drafts = new Set(random.sample(recent, Math.max(1, Math.round(writeUps.length * 0.01))));
  for (const index of drafts) writeUps[index]!.draft = true;

  const severe = writeUps.map((_, index) => index).filter((index) => !drafts.has(index) && ['SEV1', 'SEV2'].includes(writeUps[index]!.severity));
  const essentialCount = Math.min(60, Math.max(3, Math.round(writeUps.length * 0.02)));
  for (const index of random.sample(severe, essentialCount)) writeUps[index]!.essential = true;

  const previousOfCause = new Map<string, GeneratedWriteUp>();
  for (const [index, writeUp] of writeUps.entries()) {
    if (!drafts.has(index) && random.chance(0.05)) writeUp.visibility = 'public';
    const previous = previousOfCause.get(writeUp.rootCause.category);
    if (previous && writeUp.related.length === 0 && random.chance(0.08)) writeUp.related = [previous.id];
    if (!drafts.has(index)) previousOfCause.set(writeUp.rootCause.category, writeUp);
  }
}
