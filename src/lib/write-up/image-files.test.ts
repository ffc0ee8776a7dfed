import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskImageFiles, readLibraryImage } from './image-files';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const work = mkdtempSync(path.join(tmpdir(), 'image-files-'));
const library = path.join(work, 'library');
mkdirSync(path.join(library, '2024', 'folder.png'), { recursive: true });
writeFileSync(path.join(library, '2024', 'queue.png'), PNG);
writeFileSync(path.join(library, '2024', 'logo.png'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
writeFileSync(path.join(library, '2024', 'payload.png'), 'export default 1;');
writeFileSync(path.join(work, 'secret.png'), PNG);
symlinkSync(path.join(work, 'secret.png'), path.join(library, '2024', 'linked.png'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('diskImageFiles', () => {
  const files = diskImageFiles(library);

  it('describes an image by its bytes: type, size and a digest', () => {
    expect(files('2024/queue.png')).toMatchObject({ found: true, type: 'png', width: 1, height: 1 });
    expect((files('2024/queue.png') as { digest: string }).digest).toMatch(/^[A-Za-z0-9]{16}$/);
  });

  it('refuses a file whose bytes are not an allowed image, whatever its name', () => {
    expect(files('2024/logo.png')).toEqual({ found: false, why: 'not-an-image', detected: 'SVG' });
    expect(files('2024/payload.png')).toEqual({ found: false, why: 'not-an-image' });
  });

  it('refuses a link that leads outside the library, a folder and a missing file', () => {
    expect(files('2024/linked.png')).toEqual({ found: false, why: 'outside' });
    expect(files('2024/folder.png')).toEqual({ found: false, why: 'not-a-file' });
    expect(files('2024/none.png')).toEqual({ found: false, why: 'missing' });
    expect(files('../secret.png')).toEqual({ found: false, why: 'outside' });
  });

  it('reads bytes for publishing only from inside the library', () => {
    expect(readLibraryImage(library, '2024/queue.png')).toEqual(PNG);
    expect(readLibraryImage(library, '2024/linked.png')).toBeUndefined();
    expect(readLibraryImage(library, '../secret.png')).toBeUndefined();
  });
});
