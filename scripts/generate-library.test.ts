/**
 * The synthetic library generator: byte-identical output for a seed, write-ups that pass the
 * validator, and distributions that give the pages something to show (every type and severity,
 * recurring chains of both kinds, bodies of realistic length).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median } from '../src/lib/percentiles';
import { buildIncidentLog } from '../src/lib/incident-log';
import { readLibrarySource } from '../src/lib/library-files';
import { INCIDENT_TYPES } from '../src/lib/schema';
import { splitWriteUp } from '../src/lib/write-up/front-matter';
import { validateLibrary, type CheckedLibrary, type LibrarySource } from '../src/lib/validation/check-library';
import { generateLibrary } from './generate-library/library';
import { REFERENCE_DAY } from './generate-library/calendar';
import { AREAS, FIRST_NAMES, LAST_NAMES, PROVIDERS } from './generate-library/catalogue';
import { CAUSES } from './generate-library/causes';
import * as prose from './generate-library/prose';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'generate-library-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function generate(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/generate-library.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

/** Every file under `dir`, relative path to content. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

describe('npm run generate', () => {
  it('writes the same bytes for the same count and seed, and different ones for another seed', () => {
    const [first, second, other] = ['first', 'second', 'other'].map((name) => path.join(work, name));
    for (const [dir, seed] of [[first, '42'], [second, '42'], [other, '43']] as const) {
      const result = generate(['--count', '60', '--seed', seed, '--out', dir!]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Generated 60 write-ups \(65 files, [\d.]+ MB\) in .+ with seed \d+ in [\d.]+ s\.\n$/);
    }
    const a = readTree(first!);
    const b = readTree(second!);
    expect(a.size).toBe(65);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);

    const c = readTree(other!);
    expect([...a].some(([file, bytes]) => !c.get(file)?.equals(bytes))).toBe(true);
  });

  it('refuses a non-empty folder unless --force, and then replaces only the library in it', () => {
    const dir = path.join(work, 'occupied');
    mkdirSync(path.join(dir, '2019'), { recursive: true });
    writeFileSync(path.join(dir, '2019', '2019-01-01-old-write-up.mdx'), 'old');
    writeFileSync(path.join(dir, 'notes.txt'), 'kept');

    const refused = generate(['--count', '5', '--seed', '1', '--out', dir]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is not empty');

    const forced = generate(['--count', '5', '--seed', '1', '--out', dir, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readdirSync(dir)).toContain('notes.txt');
    expect(readdirSync(dir)).not.toContain('2019');
  });
});

describe('the vocabulary', () => {
  // The blameless checks match every word of every name, so one shared word would be an error
  // in a title or a root cause, in whichever library happened to include that person.
  it('shares no word with the names people are given', () => {
    const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect([CAUSES, Object.values(prose), AREAS, PROVIDERS]);
    const words = new Set(texts.flatMap((text) => fold(text).split(/[^a-z0-9]+/)));
    expect([...FIRST_NAMES, ...LAST_NAMES].map(fold).filter((name) => words.has(name))).toEqual([]);
  });
});

describe('a generated library of 200 write-ups', () => {
  const dir = path.join(work, 'library-200');
  let library: CheckedLibrary;
  let source: LibrarySource;

  beforeAll(async () => {
    for (const file of generateLibrary({ count: 200, seed: 'test' })) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.text);
    }
    source = readLibrarySource(dir, dir);
    library = await validateLibrary(source);
  });

  it('passes the validator with no errors and no warnings', () => {
    const errors = library.diagnostics.filter((d) => d.severity === 'error');
    const warnings = library.diagnostics.filter((d) => d.severity === 'warning');
    console.log(`Generated library of ${library.writeUps.length} write-ups: ${errors.length} errors, ${warnings.length} warnings.`);
    expect(errors, JSON.stringify(errors.slice(0, 5), null, 2)).toEqual([]);
    expect(warnings, JSON.stringify(warnings.slice(0, 5), null, 2)).toEqual([]);
    expect(library.writeUps).toHaveLength(200);
  });

  it('has every type and severity, near misses, and actions in every state', () => {
    const data = library.writeUps.map((writeUp) => writeUp.data!);
    expect(new Set(data.map((d) => d.type))).toEqual(new Set(INCIDENT_TYPES));
    expect(new Set(data.map((d) => d.severity))).toEqual(new Set(['SEV1', 'SEV2', 'SEV3', 'SEV4']));
    const count = (predicate: (d: (typeof data)[number]) => boolean) => data.filter(predicate).length;
    // SEV3 and SEV2 are the bulk; SEV1 is rare.
    expect(count((d) => d.severity === 'SEV3')).toBeGreaterThan(count((d) => d.severity === 'SEV1') * 3);
    expect(count((d) => d.severity === 'SEV1')).toBeLessThan(30);
    expect(count((d) => d.nearMiss)).toBeGreaterThan(5);
    expect(count((d) => d.nearMiss)).toBeLessThan(45);
    expect(count((d) => d.draft)).toBeGreaterThanOrEqual(1);
    expect(count((d) => d.essential)).toBeGreaterThanOrEqual(3);
    const actions = data.flatMap((d) => d.actions);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['open', 'in-progress', 'done', 'dropped']));
    const open = actions.filter((a) => a.status === 'open' || a.status === 'in-progress');
    expect(open.some((a) => a.due < REFERENCE_DAY)).toBe(true);
    expect(open.some((a) => a.due > REFERENCE_DAY)).toBe(true);
    expect(new Set(data.flatMap((d) => d.contributingFactors.map((f) => f.kind))).size).toBe(4);
    expect(new Set(data.flatMap((d) => d.timeline.map((e) => e.kind))).size).toBe(9);
  });

  it('says who told us first, slower when it was a customer, and which changes set deployments off', () => {
    const entries = library.writeUps.map((writeUp) => ({ id: writeUp.id, data: writeUp.data! }));
    const log = buildIncidentLog(entries, library.settings.recurrence, REFERENCE_DAY);
    expect(log.every((incident) => incident.data.detection !== undefined)).toBe(true);
    expect(new Set(log.map((incident) => incident.data.detection)).size).toBeGreaterThanOrEqual(5);
    const detectMinutes = (source: string) => median(log.filter((incident) => incident.data.detection === source).flatMap((incident) => incident.figures.timeToDetectMinutes ?? []));
    expect(detectMinutes('customer')!).toBeGreaterThan(detectMinutes('monitoring')! * 2);
    expect(log.filter((incident) => incident.data.type === 'deployment').every((incident) => incident.data.changes.length > 0)).toBe(true);
    expect(log.filter((incident) => incident.data.type !== 'deployment').some((incident) => incident.data.changes.length > 0)).toBe(true);
  });

  it('has recurring chains of both kinds, linked as related', () => {
    const entries = library.writeUps.map((writeUp) => ({ id: writeUp.id, data: writeUp.data! }));
    const log = buildIncidentLog(entries, library.settings.recurrence, REFERENCE_DAY);
    const recurring = log.filter((incident) => incident.recurrence.recurring);
    expect(new Set(recurring.map((incident) => incident.recurrence.fixesHeld))).toEqual(new Set(['actions-not-done', 'fixes-did-not-hold']));
    expect(recurring.some((incident) => incident.data.related.length > 0 && incident.data.related.every((id) => incident.recurrence.chain.includes(id)))).toBe(true);
  });

  it('writes bodies of 300 to 1,500 words, each different', () => {
    const bodies = source.writeUps.map((file) => splitWriteUp(file.text).body);
    const counts = bodies.map((body) => body.match(/\S+/g)?.length ?? 0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...counts)).toBeLessThanOrEqual(1500);
    const paragraphs = bodies.flatMap((body) => body.split('\n\n'));
    const prose = paragraphs.filter((p) => p.length > 200 && !p.startsWith('```') && !p.startsWith('|'));
    // Paragraphs are drawn sentence by sentence, so a whole paragraph rarely repeats.
    expect(new Set(prose).size / prose.length).toBeGreaterThan(0.9);
    for (const body of bodies) expect(body).toMatch(/^## /m);
  });

  it('uses body headings whose anchors differ from the incident page\'s own sections', () => {
    const templates = ['src/pages/incidents/[id].astro', ...readdirSync(path.join(root, 'src/components')).filter((name) => name.endsWith('.astro')).map((name) => `src/components/${name}`)];
    const pageIds = new Set(templates.flatMap((file) => [...readFileSync(path.join(root, file), 'utf8').matchAll(/\bid="([a-z-]+)"/g)].map((match) => match[1])));
    expect(pageIds).toContain('incident-figures');
    const anchors = Object.values(prose.SECTION_TITLES).flat().map((title) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    expect(anchors.filter((anchor) => pageIds.has(anchor))).toEqual([]);
  });
});
