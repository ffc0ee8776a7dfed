import { describe, expect, it } from 'vitest';
import { severityDescription, severityRanks, worstLevels } from './severity';

const scale = [
  { id: 'P1', description: 'Everyone.' },
  { id: 'P2', description: 'Many.' },
  { id: 'P3', description: 'Few.' },
];

describe('the severity scale', () => {
  it('ranks levels worst first', () => {
    expect([...severityRanks(scale)]).toEqual([['P1', 0], ['P2', 1], ['P3', 2]]);
  });

  it('names the worst levels together', () => {
    expect(worstLevels(scale)).toEqual({ ids: ['P1', 'P2'], label: 'P1–P2' });
    expect(worstLevels(scale, 1)).toEqual({ ids: ['P1'], label: 'P1' });
  });

  it('describes a level, or nothing for an unknown one', () => {
    expect(severityDescription(scale, 'P2')).toBe('Many.');
    expect(severityDescription(scale, 'P9')).toBeUndefined();
  });
});
