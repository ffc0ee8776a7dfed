import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one each', () => {
    expect(editDistance('priya', 'priya')).toBe(0);
    expect(editDistance('prya', 'priya')).toBe(1);
    expect(editDistance('pirya', 'priya')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closestMatch', () => {
  it('suggests a plausible typo fix, or a name that contains what was typed', () => {
    expect(closestMatch('reconcilation', ['reconciliation', 'checkout'])).toBe('reconciliation');
    expect(closestMatch('recon', ['reconciliation', 'checkout'])).toBe('reconciliation');
  });
  it('suggests nothing when nothing is close, or when two are equally close', () => {
    expect(closestMatch('zebra', ['reconciliation', 'checkout'])).toBeUndefined();
    expect(closestMatch('SEV5', ['SEV1', 'SEV2', 'SEV3', 'SEV4'])).toBeUndefined();
  });
});
