import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, entryId, escapeHtml, type FeedContext } from './feed';
import { writeUp } from './test-fixtures';

const context: FeedContext = {
  siteName: 'Acme · Library of failures',
  description: 'Blameless post-mortems of Acme.',
  homeUrl: 'https://failures.example/',
  feedUrl: 'https://failures.example/feed.xml',
  incidentUrl: (id) => `https://failures.example/incidents/${id}/`,
  history: (id) =>
    id === '2024-05-01-queue'
      ? { firstCommitted: '2024-05-03T10:00:00Z', lastUpdated: '2024-09-01T08:30:00Z' }
      : id === '2024-06-02-cache'
        ? { firstCommitted: '2024-06-04T09:00:00Z', lastUpdated: '2024-06-04T09:00:00Z' }
        : undefined,
  personName: (id) => ({ priya: 'Priya Raman', tom: 'Tom & Jerry <ops>' })[id] ?? id,
  serviceName: (id) => ({ checkout: 'Checkout', search: 'Search' })[id] ?? id,
  causeLabel: (id) => ({ 'config-change': 'Configuration change' })[id] ?? id,
  today: '2024-10-01',
};

const incidents = [
  writeUp('2024-06-02-cache', { title: 'Cache <Redis> & "friends" lost ]]> keys', severity: 'SEV2', services: ['checkout', 'search'], authors: ['tom'] }),
  writeUp('2024-05-01-queue', { title: 'Queue backed up for <5 minutes', summary: 'Orders waited. 12 were late.' }),
  writeUp('2024-04-01-draft-free', { title: 'Not yet committed anywhere' }),
];

describe('atomFeed', () => {
  const xml = atomFeed(incidents, context);
  const feed = parseFeed(xml);

  it('is an Atom feed a feed parser reads, with the site as its title and its own address', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Acme · Library of failures');
    expect(feed.description).toBe('Blameless post-mortems of Acme.');
    expect(feed.url).toBe('https://failures.example/');
    expect(feed.self).toBe('https://failures.example/feed.xml');
  });

  it('has one entry per write-up, the most recently changed first, amended ones by their last change', () => {
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://failures.example/incidents/2024-05-01-queue/',
      'https://failures.example/incidents/2024-06-02-cache/',
      'https://failures.example/incidents/2024-04-01-draft-free/',
    ]);
    const [amended, , uncommitted] = feed.items;
    expect(amended!.published?.toISOString()).toBe('2024-05-03T10:00:00.000Z');
    expect(amended!.updated?.toISOString()).toBe('2024-09-01T08:30:00.000Z');
    expect(feed.updated?.toISOString()).toBe('2024-09-01T08:30:00.000Z');
    expect(uncommitted!.updated?.toISOString()).toBe('2024-04-01T00:00:00.000Z');
  });

  it('keeps titles, names and summaries as text, whatever characters they hold', () => {
    const cache = feed.items[1]!;
    expect(cache.title).toBe('Cache <Redis> & "friends" lost ]]> keys');
    expect(cache.authors.map((author) => author.name)).toEqual(['Tom & Jerry <ops>']);
    expect(feed.items[0]!.title).toBe('Queue backed up for <5 minutes');
  });

  it('gives severity, date, services and root cause beside the summary, and categories by id', () => {
    const cache = feed.items[1]!;
    expect(cache.description).toBe('SEV2 · 2 Jun 2024 · Checkout, Search · root cause: Configuration change. Something failed. Some orders were affected.');
    expect(cache.content).toBeNull();
    expect(cache.categories.map((category) => category.term)).toEqual(['SEV2', 'config-change', 'checkout', 'search']);
  });

  it('identifies entries by an id that does not depend on the site address', () => {
    expect(feed.items[0]!.id).toBe(entryId('Acme · Library of failures', '2024-05-01-queue'));
    expect(entryId('Acme · Library of failures', '2024-05-01-queue')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entryId('Acme · Library of failures', '2024-05-01-queue')).not.toBe(entryId('Acme · Library of failures', '2024-06-02-cache'));
  });

  it("is dated by the build's day when the library is empty", () => {
    const empty = parseFeed(atomFeed([], context));
    expect(empty.items).toEqual([]);
    expect(empty.updated?.toISOString()).toBe('2024-10-01T00:00:00.000Z');
  });
});

describe('escapeHtml', () => {
  it('escapes what HTML would read as markup', () => {
    expect(escapeHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });
});
