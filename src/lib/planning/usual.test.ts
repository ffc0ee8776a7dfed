import { describe, expect, it } from 'vitest';
import { compareCount } from './comparison';
import { USUAL_RULE, usualReading } from './usual';

const count = { format: String, n: 6 };

describe('usualReading', () => {
  it('names a large change with the usual level and what it is the median of, and whether it is good news', () => {
    expect(usualReading(compareCount(6, [3, 2, 3, 4]), { ...count, better: 'lower' })).toEqual({
      verdict: 'higher',
      tone: 'worse',
      text: 'higher than usual: 6 against a usual 3 over 4 quarters',
    });
    expect(usualReading(compareCount(6, [3, 2, 3, 4]), { ...count, better: 'higher' }).tone).toBe('better');
    expect(usualReading(compareCount(6, [3, 2, 3, 4]), { ...count, better: 'neither' }).tone).toBe('neutral');
    expect(usualReading(compareCount(5, [10, 12, 9, 11]), { ...count, better: 'lower' })).toMatchObject({ verdict: 'lower', tone: 'better' });
  });

  it('says plainly when a figure is within the usual range', () => {
    expect(usualReading(compareCount(8, [4, 5, 4, 6]), { ...count, better: 'lower' })).toEqual({
      verdict: 'usual',
      tone: 'neutral',
      text: 'within the usual range (usual 4.5)',
    });
  });

  it('states the rule once, for the foot of a page', () => {
    expect(USUAL_RULE).toBe('Usual: the median of the four quarters before. A change is called only when a figure at least doubles or halves, on 6 incidents or more.');
  });

  it('says why no change is called: too few incidents, or no history', () => {
    expect(usualReading(compareCount(1, [0, 0, 0, 0]), { format: String, n: 1, better: 'lower' }).text).toBe(
      'too few to call a change (n\u00a0=\u00a01)',
    );
    expect(usualReading(compareCount(9, [3]), { ...count, better: 'lower' }).text).toBe('no usual level yet (under 2 quarters before)');
    expect(usualReading(undefined, { format: String, n: 0, better: 'lower' }).text).toBe('no figure to compare (n\u00a0=\u00a00)');
  });
});
