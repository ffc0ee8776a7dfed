/**
 * A comparison with the usual level, in words: what the quarter pages, the slides and the
 * trends page say about a figure. A change is named only when the rule in comparison.ts calls
 * it; otherwise the sentence says plainly that the figure is within the usual range, or why no
 * change can be called.
 */
import { plural } from '../format';
import { MIN_INCIDENTS_FOR_A_CHANGE, type Comparison, type Verdict } from './comparison';

export interface UsualReading {
  verdict: Verdict;
  /** Whether the change is good news; neutral for no change, or a figure where neither way is. */
  tone: 'better' | 'worse' | 'neutral';
  /** "higher than usual: 6 against a usual 3 over 4 quarters". */
  text: string;
}

export interface UsualOptions {
  format: (value: number) => string;
  /** Which way is good news; `neither` for near misses reported. */
  better: 'lower' | 'higher' | 'neither';
  /** Incidents the figure rests on, for "too few" (n = …). */
  n: number;
}

/** The rule in one sentence, for the foot of every page and slide that shows these readings. */
export const USUAL_RULE = `Usual: the median of the four quarters before. A change is called only when a figure at least doubles or halves, on ${MIN_INCIDENTS_FOR_A_CHANGE} incidents or more.`;

export function usualReading(comparison: Comparison | undefined, options: UsualOptions): UsualReading {
  const { format, better, n } = options;
  if (!comparison) return { verdict: 'too-few', tone: 'neutral', text: `no figure to compare (n\u00a0=\u00a0${n})` };
  const { verdict, now, usual, quarters } = comparison;
  switch (verdict) {
    case 'no-history':
      return { verdict, tone: 'neutral', text: 'no usual level yet (under 2 quarters before)' };
    case 'too-few':
      return { verdict, tone: 'neutral', text: `too few to call a change (n\u00a0=\u00a0${n})` };
    case 'usual':
      return { verdict, tone: 'neutral', text: `within the usual range (usual ${format(usual!)})` };
    default: {
      const good = better === 'neither' ? undefined : (verdict === 'lower') === (better === 'lower');
      return { verdict, tone: good === undefined ? 'neutral' : good ? 'better' : 'worse', text: `${verdict} than usual: ${format(now)} against a usual ${format(usual!)} over ${plural(quarters, 'quarter')}` };
    }
  }
}
