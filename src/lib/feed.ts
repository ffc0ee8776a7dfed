/**
 * The Atom feed of new and amended write-ups (`/feed.xml`), written by the `feed` package. An
 * entry is updated when its file last changed in git, so a write-up amended after review comes
 * back to the top of a reader.
 */
import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import { formatDay } from './format';

export interface FeedIncident {
  id: string;
  data: {
    title: string;
    date: string;
    severity: string;
    summary: string;
    services: readonly string[];
    authors: readonly string[];
    rootCause: { category: string };
  };
}

export interface FeedContext {
  siteName: string;
  description: string;
  /** Absolute URLs: feed readers need them. */
  homeUrl: string;
  feedUrl: string;
  incidentUrl: (id: string) => string;
  /** Git dates of the write-up's file, when known. */
  history: (id: string) => { firstCommitted: string; lastUpdated: string } | undefined;
  personName: (id: string) => string;
  serviceName: (id: string) => string;
  causeLabel: (id: string) => string;
  /** The feed's `updated` when it has no entry: the build's day. */
  today: string;
}

/**
 * A name-based UUID (RFC 9562, version 5) as a `urn:uuid:` IRI: an entry keeps its id when the
 * site moves or gets its address, so readers never show a write-up twice.
 */
export function entryId(siteName: string, writeUpId: string): string {
  const bytes = createHash('sha1').update(`library-of-failures:${siteName}:${writeUpId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Text for the feed's `type="html"` fields: a title like "Queue <5 minutes" stays text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Entry {
  incident: FeedIncident;
  published: Date;
  updated: Date;
}

/** A write-up not yet committed is dated by its incident day. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);

function entriesOf(incidents: readonly FeedIncident[], context: FeedContext): Entry[] {
  return incidents
    .map((incident) => {
      const history = context.history(incident.id);
      return {
        incident,
        published: history ? new Date(history.firstCommitted) : startOfDay(incident.data.date),
        updated: history ? new Date(history.lastUpdated) : startOfDay(incident.data.date),
      };
    })
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.incident.id < b.incident.id ? -1 : 1));
}

/** The feed's XML: one entry per write-up given, the most recently changed first. */
export function atomFeed(incidents: readonly FeedIncident[], context: FeedContext): string {
  const entries = entriesOf(incidents, context);
  const feed = new Feed({
    id: entryId(context.siteName, ''),
    title: context.siteName,
    description: context.description,
    link: context.homeUrl,
    feedLinks: { atom: context.feedUrl },
    updated: entries[0]?.updated ?? startOfDay(context.today),
    generator: false,
  });
  for (const { incident, published, updated } of entries) {
    const { data } = incident;
    const url = context.incidentUrl(incident.id);
    const services = data.services.map(context.serviceName);
    const cause = context.causeLabel(data.rootCause.category);
    const line = `${data.severity} · ${formatDay(data.date)} · ${services.join(', ')} · root cause: ${cause}`;
    feed.addItem({
      id: entryId(context.siteName, incident.id),
      title: escapeHtml(data.title),
      link: url,
      date: updated,
      published,
      description: escapeHtml(`${line}. ${data.summary}`),
      author: data.authors.map((id) => ({ name: context.personName(id) })),
      // Terms only: they are ids. The `feed` package leaves "<" unescaped in attributes, so
      // free text (a label) there could break the XML.
      category: [
        { term: data.severity },
        { term: data.rootCause.category, scheme: new URL('causes/', context.homeUrl).href },
        ...data.services.map((id) => ({ term: id, scheme: new URL('services/', context.homeUrl).href })),
      ],
    });
  }
  return feed.atom1();
}
