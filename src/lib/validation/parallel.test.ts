/** Large libraries are validated on worker threads; the result must not depend on it. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLibrarySource } from '../library-files';
import { sortDiagnostics } from './diagnostic';
import { validateLibrary, type LibrarySource } from './check-library';

const root = path.resolve(import.meta.dirname, '../../..');

describe('validateLibrary on worker threads', () => {
  it('reports the same problems as on one thread, including those between shards', async () => {
    const sample = readLibrarySource(path.join(root, 'postmortems'), root);
    const broken = readLibrarySource(path.join(root, 'tests/fixtures/broken-library'), root);
    const source: LibrarySource = {
      ...sample,
      // A duplicate id in the last shard of one that is in the first, and the broken fixtures.
      writeUps: [...sample.writeUps, ...broken.writeUps, { ...sample.writeUps[0]!, path: `postmortems/copy/${path.basename(sample.writeUps[0]!.path)}` }],
    };
    const single = await validateLibrary(source, { workers: 1 });
    const parallel = await validateLibrary(source, { workers: 3 });
    expect(sortDiagnostics(parallel.diagnostics)).toEqual(sortDiagnostics(single.diagnostics));
    expect(parallel.diagnostics.some((d) => d.rule === 'duplicate-id')).toBe(true);
    expect(parallel.writeUps.map((w) => w.id)).toEqual(single.writeUps.map((w) => w.id));
    expect(parallel.registries.people.size).toBe(single.registries.people.size);
    // Each worker starts a TypeScript loader and the parsers: seconds on a busy machine.
  }, 30_000);
});
