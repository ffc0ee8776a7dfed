/**
 * `npm run build:public` must publish nothing of an internal write-up: not in pages, search
 * index fragments (decompressed), exports, chart data, similar-incident lists, recurring chains,
 * the feed, the service catalog files, the sitemap, robots.txt or the link-preview pictures
 * (drawn text, so checked by which write-ups have one).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLibrarySource } from '../src/lib/library-files';
import { checkLibrary } from '../src/lib/validation/check-library';
import { astroBuild, decodeHtml, root } from './build-site';

const out = path.join(root, 'tests/.tmp/public-site');
// A sitemap needs the site's address.
const SITE_URL = 'https://failures.example.com';
const library = checkLibrary(readLibrarySource(path.join(root, 'postmortems'), root));
const writeUps = library.writeUps.filter((writeUp) => writeUp.data);
const publicOnes = writeUps.filter((writeUp) => writeUp.data!.visibility === 'public');
const internal = writeUps.filter((writeUp) => writeUp.data!.visibility !== 'public');

/** Every output file as text; gzip files (Pagefind's fragments and indexes) decompressed first. */
function outputTexts(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      let bytes = readFileSync(file);
      // Pagefind prefixes some files with a signature before the gzip stream.
      const gzipAt = bytes.indexOf(Buffer.from([0x1f, 0x8b, 0x08]));
      if (gzipAt >= 0 && gzipAt < 32) {
        try {
          bytes = gunzipSync(bytes.subarray(gzipAt));
        } catch {
          // Not actually gzip: search the raw bytes.
        }
      }
      const text = bytes.toString('utf8');
      return { file: path.relative(dir, file), text: file.endsWith('.html') ? decodeHtml(text) : text };
    });
}

describe('the public build', () => {
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}-cache`, { recursive: true, force: true });
    const result = astroBuild(out, { POSTMORTEMS_VISIBILITY: 'public', POSTMORTEMS_TODAY: '2026-11-22', SITE_URL });
    if (result.status !== 0) throw new Error(`public build failed:\n${result.stdout}\n${result.stderr}`);
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}-cache`, { recursive: true, force: true });
  });

  it('publishes the public write-ups', () => {
    expect(publicOnes.length).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(path.join(out, 'incidents.json'), 'utf8')) as { incidents: { id: string }[] };
    expect(json.incidents.map((incident) => incident.id)).toEqual(publicOnes.map((writeUp) => writeUp.id));
  });

  const publicIds = () => publicOnes.map((writeUp) => writeUp.id).toSorted();
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

  it('has feed entries for the public write-ups only', () => {
    const feed = parseFeed(read('feed.xml'));
    expect(feed.items.map((item) => item.url!.replace(`${SITE_URL}/incidents/`, '').replace(/\/$/, '')).toSorted()).toEqual(publicIds());
  });

  it('has service catalog files for the services public write-ups name, with only those write-ups', () => {
    const named = [...new Set(publicOnes.flatMap((writeUp) => writeUp.data!.services))].toSorted();
    const index = JSON.parse(read('services.json')) as { services: { id: string }[] };
    expect(index.services.map((service) => service.id)).toEqual(named);
    expect(readdirSync(path.join(out, 'services')).filter((file) => file.endsWith('.json')).toSorted()).toEqual(named.map((id) => `${id}.json`));
    for (const id of named) {
      const history = JSON.parse(read(`services/${id}.json`)) as { incidents: { id: string }[]; recurringChains: { incidents: string[] }[] };
      const ids = [...history.incidents.map((incident) => incident.id), ...history.recurringChains.flatMap((chain) => chain.incidents)];
      expect(ids.filter((incidentId) => !publicIds().includes(incidentId))).toEqual([]);
    }
  });

  it('draws link-preview pictures for the public write-ups only', () => {
    const pictures = readdirSync(path.join(out, 'incidents')).filter((id) => existsSync(path.join(out, 'incidents', id, 'preview.png')));
    expect(pictures.toSorted()).toEqual(publicIds());
  });

  it('has a sitemap of its own pages, which robots.txt names', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE_URL}/incidents/${publicIds()[0]}/</loc>`);
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url!);
    expect(listed.filter((url) => !existsSync(path.join(out, new URL(url).pathname, 'index.html')))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
    expect(read('robots.txt')).toMatch(/^Allow: \/$/m);
  });

  it('reads the search index fragments it checks', () => {
    const texts = outputTexts(out);
    const fragments = texts.filter((entry) => entry.file.includes('fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.some((entry) => entry.text.includes(publicOnes[0]!.data!.title))).toBe(true);
  });

  it('contains no internal write-up id, title, summary or person anywhere in the output', () => {
    const texts = outputTexts(out);
    const publicPeople = new Set(publicOnes.flatMap((w) => [...w.data!.authors, ...w.data!.participants, w.data!.facilitator ?? '', ...w.data!.actions.map((a) => a.owner)]));
    const leaks: string[] = [];
    for (const writeUp of internal) {
      const data = writeUp.data!;
      const secrets = [writeUp.id, data.title, data.summary.slice(0, 80), data.rootCause.summary];
      for (const person of [...data.authors, ...data.participants, ...data.actions.map((a) => a.owner)]) {
        if (!publicPeople.has(person)) secrets.push(library.registries.people.get(person)?.name ?? person);
      }
      for (const secret of secrets) {
        for (const { file, text } of texts) if (text.includes(secret)) leaks.push(`${file}: ${secret}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('names no service, team, person, tag or root-cause category that only internal write-ups use', () => {
    const texts = outputTexts(out);
    const used = {
      services: new Set(publicOnes.flatMap((w) => w.data!.services)),
      causes: new Set(publicOnes.map((w) => w.data!.rootCause.category)),
      tags: new Set(publicOnes.flatMap((w) => w.data!.tags)),
      people: new Set(publicOnes.flatMap((w) => [...w.data!.authors, ...w.data!.participants, w.data!.facilitator ?? '', ...w.data!.actions.map((a) => a.owner)])),
    };
    const teams = new Set([
      ...[...used.services].map((id) => library.registries.services.get(id)?.team),
      ...[...used.people].map((id) => library.registries.people.get(id)?.team),
    ]);
    const unused: string[] = [];
    for (const [id, service] of library.registries.services) if (!used.services.has(id)) unused.push(id, service.name);
    for (const [id, cause] of library.registries.causes) if (!used.causes.has(id)) unused.push(id, cause.label);
    for (const [id, person] of library.registries.people) if (!used.people.has(id)) unused.push(person.name);
    for (const [id, team] of library.registries.teams) if (!teams.has(id)) unused.push(team.name);
    for (const tag of new Set(internal.flatMap((w) => w.data!.tags))) if (!used.tags.has(tag)) unused.push(`/tags/${tag}/`);
    expect(unused.length).toBeGreaterThan(5);
    // Ids are words of their own (a service id may be part of a longer one): matched as whole tokens.
    const leaks = unused.flatMap((name) => {
      const pattern = new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
      return texts.filter(({ text }) => pattern.test(text)).map(({ file }) => `${file}: ${name}`);
    });
    expect(leaks).toEqual([]);
  });
});
