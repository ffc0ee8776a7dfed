/**
 * What the sample build gives other tools: the Atom feed (read with a feed parser), the service
 * catalog files (checked against their committed JSON Schemas), the link-preview meta and
 * pictures of an incident page, and the full library's robots.txt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readLibrarySource } from '../src/lib/library-files';
import { checkLibrary } from '../src/lib/validation/check-library';
import { decodeHtml, root, SAMPLE_SITE } from './build-site';

const read = (file: string) => readFileSync(path.join(SAMPLE_SITE, file), 'utf8');
const sample = checkLibrary(readLibrarySource(path.join(root, 'postmortems'), root));
const published = sample.writeUps.filter((writeUp) => writeUp.data && !writeUp.data.draft);

/** `<meta property|name="key" content="…">` of a page, decoded. */
function metaOf(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = [...head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)];
  return new Map(tags.map(([, key, content]) => [key!, decodeHtml(content!)]));
}

function pngSize(file: string): { width: number; height: number; signature: string } {
  const bytes = readFileSync(path.join(SAMPLE_SITE, file));
  return { signature: bytes.subarray(1, 4).toString('latin1'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the feed', () => {
  const feed = parseFeed(read('feed.xml'));

  it('is Atom, with one entry per published write-up', () => {
    expect(feed.meta.type).toBe('atom');
    const urls = feed.items.map((item) => item.url);
    expect(urls.toSorted()).toEqual(published.map((writeUp) => `http://localhost:4321/incidents/${writeUp.id}/`).toSorted());
  });

  it('gives each entry its title, dates, severity and summary', () => {
    for (const writeUp of published) {
      const entry = feed.items.find((item) => item.url?.endsWith(`/incidents/${writeUp.id}/`))!;
      expect(entry.title).toBe(writeUp.data!.title);
      expect(entry.updated).toBeInstanceOf(Date);
      expect(entry.categories[0]?.term).toBe(writeUp.data!.severity);
      expect(entry.description).toContain(writeUp.data!.summary);
    }
  });

  it('is linked from every page', () => {
    const pages = readdirSync(SAMPLE_SITE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(published.length);
    const without = pages.filter((file) => !read(file).includes('<link rel="alternate" type="application/atom+xml"'));
    expect(without).toEqual([]);
  });
});

describe('the service catalog files', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const schema = (name: string) => JSON.parse(readFileSync(path.join(root, 'public/schemas', `${name}.schema.json`), 'utf8')) as object;
  const validService = ajv.compile(schema('service'));
  const validIndex = ajv.compile(schema('services'));
  const index = JSON.parse(read('services.json')) as { services: { id: string; json: string; incidentCount: number }[] };

  it('lists every service of the registry in /services.json, as its schema says', () => {
    expect(validIndex(index), ajv.errorsText(validIndex.errors)).toBe(true);
    expect(index.services.map((service) => service.id)).toEqual([...sample.registries.services.keys()].toSorted());
  });

  it("writes each service's history to the file the index names, as its schema says", () => {
    for (const entry of index.services) {
      const history = JSON.parse(read(entry.json.replace(/^\//, ''))) as { service: { id: string }; incidents: { id: string }[]; incidentCount: number };
      expect(validService(history), `${entry.json}: ${ajv.errorsText(validService.errors)}`).toBe(true);
      expect(history.service.id).toBe(entry.id);
      expect(history.incidentCount).toBe(entry.incidentCount);
      const expected = published.filter((writeUp) => writeUp.data!.services.includes(entry.id)).map((writeUp) => writeUp.id);
      expect(history.incidents.map((incident) => incident.id).toSorted()).toEqual(expected.toSorted());
    }
  });

  it('publishes the schemas beside them', () => {
    expect(JSON.parse(read('schemas/service.schema.json'))).toEqual(schema('service'));
  });
});

describe('link previews on an incident page', () => {
  const writeUp = published.find((candidate) => candidate.id === '2024-03-06-allergen-reconciliation')!;
  const meta = metaOf(read(`incidents/${writeUp.id}/index.html`));

  it('has Open Graph and Twitter title, description, type, site name and picture', () => {
    expect(meta.get('og:title')).toBe(writeUp.data!.title);
    expect(meta.get('og:description')).toBe(writeUp.data!.summary);
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:site_name')).toBe('Greenbox · Library of failures');
    expect(meta.get('og:url')).toBe(`/incidents/${writeUp.id}/`);
    expect(meta.get('og:image')).toBe(`/incidents/${writeUp.id}/preview.png`);
    expect(meta.get('og:image:alt')).toContain(writeUp.data!.title);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    expect(meta.get('twitter:image')).toBe(meta.get('og:image'));
  });

  it('points at a PNG of the size it states, for every published write-up', () => {
    for (const { id } of published) {
      expect(pngSize(`incidents/${id}/preview.png`)).toEqual({ signature: 'PNG', width: Number(meta.get('og:image:width')), height: Number(meta.get('og:image:height')) });
    }
  });

  it('draws each picture once: the pictures drawn ahead of Astro are the ones its pages show', () => {
    const store = readdirSync(path.join(`${SAMPLE_SITE}-cache`, 'link-previews')).filter((file) => file.endsWith('.png'));
    expect(store.length).toBe(published.length);
  });

  it('has title, description, type and site name on the other pages too', () => {
    const home = metaOf(read('index.html'));
    expect(home.get('og:type')).toBe('website');
    expect(home.get('og:site_name')).toBe('Greenbox · Library of failures');
    expect(home.get('og:description')).toBeTruthy();
    expect(home.get('twitter:card')).toBe('summary');
  });
});

describe('robots.txt of the full library', () => {
  it('asks every crawler not to index it', () => {
    expect(read('robots.txt')).toMatch(/^User-agent: \*\nDisallow: \/$/m);
  });
});
