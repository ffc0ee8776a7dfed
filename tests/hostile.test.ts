/**
 * The hostile-input corpus: broken and malicious write-ups, each with exactly one defect. Each is
 * checked as a library of its own (the expected rule, and nothing else, is an error, in plain
 * words, at the right line); then one build of all of them must fail before anything is
 * compiled, so none of the payloads that write a marker file has run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLibrarySource } from '../src/lib/library-files';
import { validateLibrary } from '../src/lib/validation/check-library';
import { astroBuild, root } from './build-site';

interface HostileCase {
  /** The write-up, relative to the corpus. */
  file: string;
  /** The rule it breaks: the only error the library of this case may have. */
  rule: string;
  /** What is wrong, for people reading the manifest. */
  defect: string;
  /** Text on the line the error must point at. */
  at?: string;
  /** Text the message must contain. */
  mentions?: string;
  /** Other files the case needs in its library (a duplicate id needs two). */
  with?: string[];
}

const CORPUS = 'tests/fixtures/hostile';
const PAYLOADS = path.join(root, 'tests/.tmp/hostile-payloads');
const MARKERS = ['import-data-url', 'export-const', 'expression-require', 'expression-builtin', 'footnote-expression'];

const cases = JSON.parse(readFileSync(path.join(root, CORPUS, 'cases.json'), 'utf8')) as HostileCase[];
const corpus = readLibrarySource(path.join(root, CORPUS), root);
const pathOf = (file: string) => `${CORPUS}/${file}`;

function libraryOf(files: string[]) {
  const wanted = new Set(files.map(pathOf));
  return { ...corpus, writeUps: corpus.writeUps.filter((writeUp) => wanted.has(writeUp.path)) };
}

describe('the hostile corpus', () => {
  it('has at least 40 cases, every write-up of the corpus is one, and every payload marker is written by one', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const inManifest = new Set(cases.flatMap((c) => [c.file, ...(c.with ?? [])]).map(pathOf));
    expect(corpus.writeUps.map((writeUp) => writeUp.path).filter((file) => !inManifest.has(file))).toEqual([]);
    const texts = corpus.writeUps.map((writeUp) => writeUp.text).join('\n');
    for (const marker of MARKERS) expect(texts).toContain(`tests/.tmp/hostile-payloads/${marker}`);
  });

  it('starts from a write-up with no problems at all', async () => {
    const { diagnostics } = await validateLibrary(libraryOf(['cases/2024-05-01-duplicate.mdx']));
    expect(diagnostics).toEqual([]);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s is refused for its one defect', async (_, hostile) => {
    const file = pathOf(hostile.file);
    const library = await validateLibrary(libraryOf([hostile.file, ...(hostile.with ?? [])]));
    const errors = library.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file} ${d.rule}`)).toEqual(errors.map(() => `${file} ${hostile.rule}`));
    expect(errors.length).toBeGreaterThan(0);

    const [first] = errors;
    expect(first!.message).not.toMatch(/Invalid input|expected \w+, received|\bat .+:\d+:\d+|Error:|undefined|\[object /);
    expect(first!.line).toBeGreaterThanOrEqual(1);
    expect(first!.column).toBeGreaterThanOrEqual(1);
    if (hostile.mentions) expect(first!.message).toContain(hostile.mentions);
    if (hostile.at) {
      const lines = corpus.writeUps.find((writeUp) => writeUp.path === file)!.text.split('\n');
      expect(lines[first!.line - 1], `line ${first!.line} of ${file}`).toContain(hostile.at.replace(/\n$/, ''));
    }
  });

  it('fails the build of all cases before anything is compiled: no payload runs', () => {
    rmSync(PAYLOADS, { recursive: true, force: true });
    // The folder exists, so a payload that ran would succeed in writing its marker.
    mkdirSync(PAYLOADS, { recursive: true });
    const out = path.join(root, 'tests/.tmp/hostile-site');
    rmSync(out, { recursive: true, force: true });
    const result = astroBuild(out, { POSTMORTEMS_DIR: CORPUS, POSTMORTEMS_TODAY: '2024-06-01' });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('The library has');
    expect(output).toContain('2024-05-01-export-writes-file.mdx');
    for (const marker of MARKERS) expect(existsSync(path.join(PAYLOADS, marker)), marker).toBe(false);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
    rmSync(PAYLOADS, { recursive: true, force: true });
  });
});
