import { describe, expect, it } from 'vitest';
import { excerptHtml, resultCard, type PagefindResultData } from './search-results';

const data: PagefindResultData = {
  url: '/incidents/2025-06-24-push-certificate/',
  excerpt: 'the push <mark>certificate</mark> expired',
  meta: { title: 'iOS push notifications stopped', date: '2025-06-24', summary: 'Push stopped for two days.' },
  filters: {
    severity: ['SEV3'],
    cause: ['Expiring certificates and credentials'],
    service: ['Mobile app', 'Notifications'],
    'near-miss': ['No'],
    recurring: ['Yes'],
  },
};

describe('resultCard', () => {
  it('takes severity, cause, services and the flags from the filters, and formats the day', () => {
    expect(resultCard(data, { query: true })).toEqual({
      href: '/incidents/2025-06-24-push-certificate/',
      title: 'iOS push notifications stopped',
      severity: 'SEV3',
      date: { iso: '2025-06-24', label: '24 Jun 2025' },
      cause: 'Expiring certificates and credentials',
      services: ['Mobile app', 'Notifications'],
      nearMiss: false,
      recurring: true,
      excerpt: { html: '…the push <mark>certificate</mark> expired…' },
    });
  });

  it('shows the summary when there is no query, as an excerpt would only repeat the opening', () => {
    expect(resultCard(data, { query: false }).excerpt).toEqual({ text: 'Push stopped for two days.' });
  });

  it('falls back to the address and leaves out what the page did not give', () => {
    const card = resultCard({ url: '/incidents/x/', excerpt: '', meta: {}, filters: {} }, { query: false });
    expect(card).toMatchObject({ title: '/incidents/x/', severity: undefined, date: undefined, cause: undefined, services: [], nearMiss: false, recurring: false, excerpt: { text: '' } });
  });

  it('marks an excerpt cut mid-sentence with "…" and keeps punctuation out of the highlight', () => {
    expect(excerptHtml('The push <mark>certificate,</mark> which expired.')).toBe('The push <mark>certificate</mark>, which expired.');
    expect(excerptHtml('back by a quarter <mark>to</mark>')).toBe('…back by a quarter <mark>to</mark>…');
    expect(excerptHtml('<mark>Renewal</mark> failed!')).toBe('<mark>Renewal</mark> failed!');
    expect(excerptHtml('<mark>(</mark>')).toBe('<mark>(</mark>…');
    expect(excerptHtml('')).toBe('');
  });
});
