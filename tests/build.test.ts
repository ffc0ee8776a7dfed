/**
 * Builds the sample library with Astro and checks what a reader and a spreadsheet get: a page
 * per write-up, the log, the exports, and the recurring chains where the rule puts them. Also
 * checks that a broken library fails the build with every problem listed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAscii } from '../src/lib/ascii-json';
import { parseCsv } from '../src/lib/csv';
import { CONTRACT_CSV_COLUMNS, type IncidentsJson } from '../src/lib/exports';
import { readLibrarySource } from '../src/lib/library-files';
import { checkLibrary } from '../src/lib/validation/check-library';
import { astroBuild, decodeHtml, root, SAMPLE_SITE } from './build-site';

const outDir = SAMPLE_SITE;

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const sample = checkLibrary(readLibrarySource(path.join(root, 'postmortems'), root));
const published = sample.writeUps.filter((writeUp) => !writeUp.data?.draft);
const drafts = sample.writeUps.filter((writeUp) => writeUp.data?.draft);

describe('the sample library build', () => {
  it('starts from a valid library of at least 18 write-ups', () => {
    expect(sample.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(published.length).toBeGreaterThanOrEqual(18);
  });

  it('has a page for every published write-up, with its title', () => {
    for (const writeUp of published) {
      const file = `incidents/${writeUp.id}/index.html`;
      expect(existsSync(path.join(outDir, file)), file).toBe(true);
      const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(read(file))?.[1];
      expect(heading && decodeHtml(heading)).toBe(writeUp.data!.title);
    }
  });

  it('leaves drafts out of the production build', () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(existsSync(path.join(outDir, `incidents/${draft.id}`))).toBe(false);
      expect(read('log/index.html')).not.toContain(draft.id);
    }
  });

  it('lists every published write-up in the log, newest first', () => {
    const html = read('log/index.html');
    const linked = [...html.matchAll(/<tr id="([^"]+)"/g)].map((match) => match[1]);
    const expected = [...published]
      .sort((a, b) => (a.data!.date === b.data!.date ? a.id.localeCompare(b.id) : a.data!.date < b.data!.date ? 1 : -1))
      .map((writeUp) => writeUp.id);
    expect(linked).toEqual(expected);
  });

  it('writes incident-log.csv with the contract header and one row per incident', () => {
    const rows = parseCsv(read('incident-log.csv'));
    const [header, ...body] = rows;
    expect(header!.slice(0, CONTRACT_CSV_COLUMNS.length)).toEqual([...CONTRACT_CSV_COLUMNS]);
    expect(body).toHaveLength(published.length);
    expect(read('incident-log.csv')).toMatch(/\r\n$/);
  });

  it('writes incidents.json that agrees with the CSV, row by row', () => {
    const json = JSON.parse(read('incidents.json')) as IncidentsJson;
    expect(Number.isNaN(Date.parse(json.generatedAt))).toBe(false);
    const [header, ...rows] = parseCsv(read('incident-log.csv'));
    const column = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(json.incidents.map((incident) => incident.id)).toEqual(rows.map((row) => column(row, 'id')));
    json.incidents.forEach((incident, index) => {
      const row = rows[index]!;
      expect(column(row, 'date')).toBe(incident.date);
      expect(column(row, 'title')).toBe(incident.title);
      expect(column(row, 'severity')).toBe(incident.severity);
      expect(column(row, 'services')).toBe(incident.services.join(';'));
      expect(column(row, 'root_cause_category')).toBe(incident.rootCause.category);
      expect(column(row, 'time_to_detect_min')).toBe(String(incident.metrics.timeToDetectMinutes ?? ''));
      expect(column(row, 'time_to_resolve_min')).toBe(String(incident.metrics.timeToResolveMinutes ?? ''));
      expect(column(row, 'actions_total')).toBe(String(incident.actions.total));
      expect(column(row, 'actions_done')).toBe(String(incident.actions.done));
      expect(column(row, 'actions_overdue')).toBe(String(incident.actions.overdue));
      expect(column(row, 'recurring')).toBe(String(incident.recurring));
      expect(column(row, 'url')).toBe(incident.url);
    });
  });

  it('flags recurring incidents in the summary block, and only them, and lists their chain', () => {
    const json = JSON.parse(read('incidents.json')) as IncidentsJson;
    const recurring = json.incidents.filter((incident) => incident.recurring);
    expect(recurring.length).toBeGreaterThanOrEqual(2);
    for (const incident of json.incidents) {
      const html = read(`incidents/${incident.id}/index.html`);
      expect(html.includes('<dt>Recurring cause</dt>'), incident.id).toBe(incident.recurring);
      for (const earlier of incident.recurringChain) expect(html).toContain(`/incidents/${earlier}/`);
    }
  });

  it('shows dates as written, figures in words and the timeline with what was known under its event', () => {
    const example = read('incidents/2024-03-06-allergen-reconciliation/index.html');
    expect(example).toContain('<time datetime="2024-03-06">6 Mar 2024</time>');
    expect(example).toContain('What was known');
    expect(example).toMatch(/<li class="missed">.*?Missed signal/s);
    // 05:30 to 09:00 New York time, and 09:00 to 11:14.
    expect(example).toContain('<time datetime="PT3H30M"');
    expect(example).toContain('>2 h 14 min</time>');
  });

  it('marks overdue actions and a past follow-up with open actions', () => {
    const example = read('incidents/2024-03-06-allergen-reconciliation/index.html');
    expect(example.match(/badge--overdue">Overdue/g)).toHaveLength(2);
    expect(example).toContain('still open');
  });

  it('says whether the fixes held on the last incident of each sample chain', () => {
    const page = (id: string) => read(`incidents/${id}/index.html`);
    // Month-end billing: the first incident's actions were all done before the next one.
    expect(page('2024-09-30-billing-run-checkout-outage')).toContain('the fixes did not hold');
    // Expiring credentials: the inventory planned after the first expiry was still open.
    expect(page('2025-06-24-push-certificate-expired')).toContain('the actions from last time are not done yet');
  });
});

describe("Astro's content store", () => {
  // One character outside ASCII makes the store's module load several times slower (src/lib/ascii-json.ts).
  it('is plain ASCII, though the write-ups and registries it holds are not', () => {
    const sources = readLibrarySource(path.join(root, 'postmortems'), root);
    expect(sources.writeUps.some((file) => !isAscii(file.text))).toBe(true);
    expect(Object.values(sources.registries).some((file) => file && !isAscii(file.text))).toBe(true);
    const store = readFileSync(path.join(`${outDir}-cache`, 'data-store.json'), 'utf8');
    const stray = /[^\0-\x7f]/.exec(store);
    // Names the character and where it is, so the loader or guide that stored it can be found.
    expect(stray && `"${stray[0]}" in …${store.slice(Math.max(0, stray.index - 80), stray.index + 20)}…`).toBeNull();
  });
});

describe('a broken library', () => {
  it('fails the build listing every problem in every file, before anything is compiled', () => {
    const out = path.join(root, 'tests/.tmp/broken-site');
    rmSync(out, { recursive: true, force: true });
    const result = astroBuild(out, { POSTMORTEMS_DIR: 'tests/fixtures/broken-library' });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('2024-04-02-broken-owner.mdx:23:5  error');
    expect(output).toContain('(team-as-owner)');
    expect(output).toContain('2024-05-10-broken-dates.mdx:14:5  error');
    expect(output).toContain('(timeline-order)');
    expect(output).toMatch(/The library has 8 errors in 2 files/);
    expect(output).not.toContain('_scratch-notes');
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});
