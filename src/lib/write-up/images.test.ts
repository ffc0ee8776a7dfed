import { describe, expect, it } from 'vitest';
import { resolveImage, type ImageFiles } from './images';

const files: ImageFiles = (path) => {
  if (path === '2024/2024-05-01-x/queue.png') return { found: true, type: 'png', digest: 'd1' };
  if (path === '2024/logo.png') return { found: false, why: 'not-an-image', detected: 'SVG' };
  if (path === '2024/linked.png') return { found: false, why: 'outside' };
  return { found: false, why: 'missing' };
};
const resolve = (src: string, base = '/') => resolveImage(src, '2024/2024-05-01-x.mdx', files, base);

describe('resolveImage', () => {
  it('finds a file beside the write-up and gives its published address, under the base path', () => {
    expect(resolve('./2024-05-01-x/queue.png')).toMatchObject({ ok: true, libraryPath: '2024/2024-05-01-x/queue.png', url: '/images/d1.png' });
    expect(resolve('2024-05-01-x/queue.png', '/failures/')).toMatchObject({ ok: true, url: '/failures/images/d1.png' });
    expect(resolve('./2024-05-01-x/%71ueue.png')).toMatchObject({ ok: true });
  });

  it.each([
    ['../../outside.png', 'image-location'],
    ['../../../etc/hosts.png', 'image-location'],
    ['/etc/hosts.png', 'image-location'],
    ['https://example.com/a.png', 'image-location'],
    ['file:///etc/a.png', 'image-location'],
    ['..\\..\\a.png', 'image-location'],
    ['./linked.png', 'image-location'],
    ['./payload.mjs', 'image-type'],
    ['./data.json', 'image-type'],
    ['./logo.svg', 'image-type'],
    ['./logo.png', 'image-type'],
    ['./missing.png', 'image-missing'],
    ['', 'image-location'],
  ])('refuses %j (%s)', (src, rule) => {
    const resolution = resolve(src);
    expect(resolution).toMatchObject({ ok: false, rule });
  });

  it('never looks up a path outside the library', () => {
    const asked: string[] = [];
    resolveImage('../../../etc/passwd.png', '2024/x.mdx', (path) => (asked.push(path), { found: false, why: 'missing' }), '/');
    expect(asked).toEqual([]);
  });
});
