/** The build's validation with remembered findings must report exactly what a full run reports. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLibrarySource } from '../library-files';
import { validateLibrary, type LibrarySource } from './check-library';
import { sortDiagnostics } from './diagnostic';
import { validateWithCache } from './validation-cache';

const root = path.resolve(import.meta.dirname, '../../..');
const sample = readLibrarySource(path.join(root, 'postmortems'), root);
const broken = readLibrarySource(path.join(root, 'tests/fixtures/broken-library'), root);
const library: LibrarySource = { ...sample, writeUps: [...sample.writeUps, ...broken.writeUps] };
const CODE = 'validator v1';

const full = async (source: LibrarySource) => sortDiagnostics((await validateLibrary(source)).diagnostics);

/** One write-up's text with its title replaced. */
function retitle(source: LibrarySource, index: number, title: string): LibrarySource {
  const writeUps = source.writeUps.map((file, at) => (at === index ? { ...file, text: file.text.replace(/^title: .*$/m, `title: ${title}`) } : file));
  return { ...source, writeUps };
}

describe('validateWithCache', () => {
  it('without a cache, checks every write-up and finds what validateLibrary finds', async () => {
    const run = await validateWithCache(library, undefined, CODE);
    expect(run.checked).toBe(library.writeUps.length);
    expect(sortDiagnostics(run.diagnostics)).toEqual(await full(library));
  });

  it('checks again only a changed write-up, and still finds what a full run finds', async () => {
    const first = await validateWithCache(library, undefined, CODE);
    const changed = retitle(library, 0, 'Blame: the on-call engineer forgot the certificate');
    const second = await validateWithCache(changed, first.cache, CODE);
    expect(second.checked).toBe(1);
    expect(sortDiagnostics(second.diagnostics)).toEqual(await full(changed));
    expect(second.diagnostics.some((d) => d.file === changed.writeUps[0]!.path)).toBe(true);
  });

  it('reports what it remembers for unchanged files, without reading them again', async () => {
    const first = await validateWithCache(library, undefined, CODE);
    const file = library.writeUps[1]!.path;
    const remembered = { file, line: 1, column: 1, severity: 'warning' as const, rule: 'remembered', message: 'From the cache.' };
    first.cache.writeUps[file]!.diagnostics = [remembered];
    const second = await validateWithCache(library, first.cache, CODE);
    expect(second.checked).toBe(0);
    expect(second.diagnostics).toContainEqual(remembered);
  });

  it('checks everything again when the registries, the settings or the validator change', async () => {
    const first = await validateWithCache(library, undefined, CODE);
    const people = library.registries.people!;
    const registryChanged = { ...library, registries: { ...library.registries, people: { ...people, text: `${people.text}\n` } } };
    expect((await validateWithCache(registryChanged, first.cache, CODE)).checked).toBe(library.writeUps.length);
    expect((await validateWithCache(library, first.cache, 'validator v2')).checked).toBe(library.writeUps.length);
  });

  it('still applies the rules between write-ups to remembered files', async () => {
    const first = await validateWithCache(library, undefined, CODE);
    const copy = { ...library.writeUps[0]!, path: library.writeUps[0]!.path.replace(/\/([^/]+)$/, '/copy/$1') };
    const withCopy = { ...library, writeUps: [...library.writeUps, copy] };
    const second = await validateWithCache(withCopy, first.cache, CODE);
    expect(second.checked).toBe(1);
    expect(second.diagnostics.filter((d) => d.rule === 'duplicate-id')).toHaveLength(1);
    expect(sortDiagnostics(second.diagnostics)).toEqual(await full(withCopy));
  });
});
