import { describe, expect, it } from 'vitest';
import { didYouMean, nearestWords } from './did-you-mean';

// Commonest first, as the build lists them.
const words = ['checkout', 'certificate', 'expired', 'database', 'billing', 'certificates', 'replica', 'replicas', 'push', 'bush'];

describe('nearestWords', () => {
  it('finds words within a few typos, nearest first', () => {
    expect(nearestWords('certifcate', words, 3)).toEqual(['certificate', 'certificates']);
    expect(nearestWords('databsae', words, 3)).toEqual(['database']);
  });

  it('allows one typo in a short word, so short words are not matched to anything', () => {
    expect(nearestWords('psh', words, 3)).toEqual(['push']);
    expect(nearestWords('bug', words, 3)).toEqual([]);
  });

  it('prefers the commoner of two equally near words', () => {
    expect(nearestWords('gush', words, 3)).toEqual(['push', 'bush']);
  });
});

describe('didYouMean', () => {
  it('corrects each unknown word and keeps the known ones', () => {
    expect(didYouMean('certifcate expird', words)).toEqual(['certificate expired', 'certificates expired']);
    expect(didYouMean('Billing databse', words)).toEqual(['billing database']);
  });

  it('counts the start of a listed word as known, as Pagefind matches it', () => {
    expect(didYouMean('certif', words)).toEqual([]);
  });

  it('suggests nothing when every word is known or one has nothing near it', () => {
    expect(didYouMean('billing checkout', words)).toEqual([]);
    expect(didYouMean('certifcate zzzzzzzz', words)).toEqual([]);
    expect(didYouMean('  ', words)).toEqual([]);
  });

  it('gives at most the number asked for', () => {
    expect(didYouMean('gush', words, 1)).toEqual(['push']);
  });
});
