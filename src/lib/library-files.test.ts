import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findWriteUpFiles, libraryDir, readLibrarySource } from './library-files';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function library(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'library-files-'));
  made.push(dir);
  for (const file of ['2024/2024-01-02-b.mdx', '2023/2023-05-06-a.md', 'registry/people.yaml', '_drafts/2024-09-09-x.mdx', '2024/_notes.mdx', 'settings.yaml', 'README.txt']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x: 1\n');
  }
  return dir;
}

describe('findWriteUpFiles', () => {
  it('finds .md and .mdx write-ups in any folder, sorted, skipping registry/ and _-prefixed names', () => {
    const dir = library();
    expect(findWriteUpFiles(dir).map((file) => path.relative(dir, file))).toEqual(['2023/2023-05-06-a.md', '2024/2024-01-02-b.mdx']);
  });
  it('finds nothing in a folder that does not exist', () => {
    expect(findWriteUpFiles('/nonexistent/library')).toEqual([]);
  });
});

describe('readLibrarySource', () => {
  it('reads settings, the registries present and the write-ups, with paths relative to the working directory', () => {
    const dir = library();
    const source = readLibrarySource(dir, dir);
    expect(source.settings?.path).toBe('settings.yaml');
    expect(Object.keys(source.registries)).toEqual(['people']);
    expect(source.registryDir).toBe('registry');
    expect(source.writeUps.map((file) => file.path)).toEqual(['2023/2023-05-06-a.md', '2024/2024-01-02-b.mdx']);
  });
});

describe('libraryDir', () => {
  it('is postmortems/ unless POSTMORTEMS_DIR says otherwise', () => {
    expect(libraryDir({}, '/repo')).toBe('/repo/postmortems');
    expect(libraryDir({ POSTMORTEMS_DIR: 'tests/fixtures/x' }, '/repo')).toBe('/repo/tests/fixtures/x');
  });
});
