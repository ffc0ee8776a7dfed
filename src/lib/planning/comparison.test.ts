import { describe, expect, it } from 'vitest';
import { compareCount, compareDurations, compareShare, trailingWindow } from './comparison';

describe('a reading worth stating', () => {
  it('never makes news of 0 to 1', () => {
    expect(compareCount(1, [0, 0, 0, 0])).toEqual({ now: 1, usual: 0, quarters: 4, verdict: 'too-few' });
    expect(compareCount(1, [0, 1, 0, 0]).verdict).toBe('too-few');
  });

  it('states a doubling that rests on six incidents or more', () => {
    // Usual: median of 3, 2, 3, 4 = 3; 6 is double.
    expect(compareCount(6, [3, 2, 3, 4])).toEqual({ now: 6, usual: 3, quarters: 4, verdict: 'higher' });
    // 8 is not double 4.5, though it rests on eight incidents.
    expect(compareCount(8, [4, 5, 4, 6])).toEqual({ now: 8, usual: 4.5, quarters: 4, verdict: 'usual' });
    // A doubling from 2 to 4 rests on four incidents: too few.
    expect(compareCount(4, [2, 2, 1, 3]).verdict).toBe('too-few');
  });

  it('states a halving when the usual side has enough incidents', () => {
    // Usual: median of 10, 12, 9, 11 = 10.5; 5 is at most half.
    expect(compareCount(5, [10, 12, 9, 11])).toEqual({ now: 5, usual: 10.5, quarters: 4, verdict: 'lower' });
    expect(compareCount(6, [10, 12, 9, 11]).verdict).toBe('usual');
  });

  it('needs two earlier quarters before there is a usual level', () => {
    expect(compareCount(9, [3])).toEqual({ now: 9, usual: null, quarters: 1, verdict: 'no-history' });
  });

  it('compares a median duration with the earlier quarters pooled, each side on enough incidents', () => {
    const earlier = [[10, 20, 30], [20, 40], [30, 10, 20]];
    // Pooled: 10, 10, 20, 20, 20, 30, 30, 40 → median 20. Now: median of six values 40…60 = 50.
    expect(compareDurations([40, 45, 50, 50, 55, 60], earlier)).toEqual({ now: 50, usual: 20, quarters: 3, verdict: 'higher' });
    // The same doubling on three incidents is too few.
    expect(compareDurations([40, 50, 60], earlier)?.verdict).toBe('too-few');
    expect(compareDurations([], earlier)).toBeUndefined();
    expect(compareDurations([5, 5, 5, 5, 5, 5], [[], [20]])).toEqual({ now: 5, usual: null, quarters: 1, verdict: 'no-history' });
  });

  it('compares a share with the earlier quarters pooled', () => {
    // Earlier: 2 of 8 and 1 of 4 → 3 of 12 = 0.25. Now 6 of 10 = 0.6: more than double.
    expect(compareShare({ part: 6, whole: 10 }, [{ part: 2, whole: 8 }, { part: 1, whole: 4 }])).toEqual({ now: 0.6, usual: 0.25, quarters: 2, verdict: 'higher' });
    expect(compareShare({ part: 3, whole: 10 }, [{ part: 2, whole: 8 }, { part: 1, whole: 4 }])?.verdict).toBe('usual');
    expect(compareShare({ part: 0, whole: 0 }, [])).toBeUndefined();
  });

  it('takes up to four quarters before the one compared', () => {
    expect(trailingWindow([1, 2, 3, 4, 5, 6], 5)).toEqual([2, 3, 4, 5]);
    expect(trailingWindow([1, 2, 3], 2)).toEqual([1, 2]);
    expect(trailingWindow([1, 2, 3], 0)).toEqual([]);
  });
});
