import { describe, expect, it } from 'vitest';
import { candidateFiles, extractIds, extractReferences, pageUrl, resolveInternal, srcsetUrls } from './links';

describe('extractReferences', () => {
  it('finds href, src, srcset and action URLs with their lines, entities decoded', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src=\'/_astro/b.js\'></script>',
      '<a class=x href=../log/>log</a> <img alt="" src="pic.png" srcset="a.png 1x, b.png 2x">',
      '<form action="/search/?a=1&amp;b=2"><a title="a > b" href="/q">q</a></form>',
    ].join('\n');
    expect(extractReferences(html).map(({ attribute, url, line }) => `${line} ${attribute} ${url}`)).toEqual([
      '1 href /_astro/a.css',
      '1 src /_astro/b.js',
      '2 href ../log/',
      '2 src pic.png',
      '2 srcset a.png',
      '2 srcset b.png',
      '3 action /search/?a=1&b=2',
      '3 href /q',
    ]);
  });

  it('ignores URLs in script and style bodies and in comments', () => {
    const html = '<script>const a = \'<a href="/nope/">\';</script><style>a{}</style><!-- <a href="/old/"> --><a href="/yes/">';
    expect(extractReferences(html).map((reference) => reference.url)).toEqual(['/yes/']);
  });
});

describe('srcsetUrls', () => {
  it('splits candidates with and without descriptors and spaces', () => {
    expect(srcsetUrls('a.webp 640w, b.webp 1280w')).toEqual(['a.webp', 'b.webp']);
    expect(srcsetUrls('a.png 1x,b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls(' /img?w=1,2 1x ')).toEqual(['/img?w=1,2']);
  });
});

describe('extractIds', () => {
  it('collects every id', () => {
    expect([...extractIds('<h2 id="timeline">T</h2><div id=x></div><p>id="not"</p>')]).toEqual(['timeline', 'x']);
  });
});

describe('pageUrl', () => {
  it('maps an output file to the URL it is served at', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('log/index.html')).toBe('/log/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('resolveInternal', () => {
  it('resolves relative to the page and to the site root, keeping the fragment', () => {
    expect(resolveInternal('../log/', '/incidents/a/')).toEqual({ pathname: '/incidents/log/' });
    expect(resolveInternal('/log/#recurring', '/incidents/a/')).toEqual({ pathname: '/log/', fragment: 'recurring' });
    expect(resolveInternal('b.png?v=1', '/incidents/a/')).toEqual({ pathname: '/incidents/a/b.png' });
    expect(resolveInternal('/tags/caf%C3%A9/', '/')).toEqual({ pathname: '/tags/café/' });
  });

  it('leaves external links, other schemes and same-page fragments alone', () => {
    for (const url of ['https://example.com/x', 'http://example.com', '//cdn.example.com/a.js', 'mailto:a@example.com', 'data:image/png;base64,AA', '#main', '']) {
      expect(resolveInternal(url, '/log/'), url).toBeUndefined();
    }
  });
});

describe('candidateFiles', () => {
  it('maps a path to the files a static host serves for it', () => {
    expect(candidateFiles('/')).toEqual(['index.html']);
    expect(candidateFiles('/log/')).toEqual(['log/index.html']);
    expect(candidateFiles('/favicon.svg')).toEqual(['favicon.svg', 'favicon.svg/index.html']);
    expect(candidateFiles('/log')).toEqual(['log', 'log/index.html']);
  });
});
