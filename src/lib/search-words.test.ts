import { describe, expect, it } from 'vitest';
import { searchTokens, searchWords } from './search-words';
import { writeUp } from './test-fixtures';

const registries = {
  services: new Map([['checkout', { name: 'Checkout', team: 'payments' }]]),
  causes: new Map([['expiring-credentials', { label: 'Expiring certificates' }]]),
};

describe('searchTokens', () => {
  it('splits on anything but letters and digits, in lower case, accents kept', () => {
    expect(searchTokens('Month-end billing’s Café queue, 2024!')).toEqual(['month', 'end', 'billing', 's', 'café', 'queue', '2024']);
  });
});

describe('searchWords', () => {
  const words = searchWords(
    [
      writeUp('2025-01-10-a', { title: 'The push certificate expired', summary: 'Notifications stopped.', rootCause: { summary: 'Nobody owned renewals.', category: 'expiring-credentials' }, tags: ['ios-push'] }),
      writeUp('2025-02-10-b', { title: 'Checkout certificate expired again', summary: 'Payments failed for 2 hours.', rootCause: { summary: 'A manual renewal.', category: 'expiring-credentials' }, services: ['checkout'] }),
    ],
    registries,
  );

  it('takes words from titles, summaries, root causes, cause labels, service names and tags', () => {
    expect(words).toEqual(expect.arrayContaining(['push', 'notifications', 'owned', 'renewals', 'expiring', 'certificates', 'checkout', 'ios', 'payments']));
  });

  it('lists each word once, those in more write-ups first, then alphabetically', () => {
    expect(words.slice(0, 5)).toEqual(['certificate', 'certificates', 'checkout', 'expired', 'expiring']);
    expect(new Set(words).size).toBe(words.length);
  });

  it('leaves out short words, numbers and stop words', () => {
    expect(words).not.toContain('the');
    expect(words).not.toContain('for');
    expect(words).not.toContain('2');
    expect(words).not.toContain('a');
  });
});
