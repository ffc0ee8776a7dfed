/**
 * The renderer's own defences: given a tree the checks did not stop (a skipped or buggy check),
 * nothing outside the allowlist reaches the HTML.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { ImageResolution } from './images';
import { renderBody } from './render';

const tree = (...children: ElementContent[]): Root => ({ type: 'root', children });
const html = (...children: ElementContent[]) => renderBody(tree(...children), { images: new Map() }).html;

describe('renderBody keeps to the allowlist whatever the tree holds', () => {
  it('drops active elements with their content, and unwraps unknown ones', () => {
    expect(html(h('script', 'alert(1)'), h('p', 'kept'))).toBe('<p>kept</p>');
    for (const name of ['style', 'iframe', 'object', 'embed', 'noscript', 'template', 'title', 'textarea', 'xmp', 'noembed', 'svg', 'math']) {
      expect(html(h(name, 'payload'))).toBe('');
    }
    expect(html(h('center', 'text'))).toBe('text');
    expect(html(h('meta', { httpEquiv: 'refresh', content: '0;url=https://evil.example' }), h('base', { href: 'https://evil.example/' }), h('link', { rel: 'import', href: 'x' }))).toBe('');
  });

  it('drops event handlers, styles, ids and unknown attributes', () => {
    expect(html(h('p', { onClick: 'alert(1)', style: 'position:fixed', id: 'main', dataX: 'y' }, 'text'))).toBe('<p>text</p>');
    expect(html(h('img', { src: 'x.png', onError: 'alert(1)' }))).toBe('');
  });

  it('drops URLs outside http, https, mailto, paths of the site and anchors, in any spelling', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/', '\\\\evil.example', '/\\evil.example']) {
      expect(html(h('a', { href }, 'x')), href).toBe('<a>x</a>');
    }
    for (const href of ['https://example.com/a?b=c#d', 'http://example.com', 'mailto:oncall@example.com', '/log/', '../2024-01-01-x/', '#details']) {
      expect(html(h('a', { href }, 'x')), href).toBe(`<a href="${href}">x</a>`);
    }
  });

  it('escapes attribute values for every context, < and > included', () => {
    const out = html(h('abbr', { title: '"></abbr><script>alert(1)</script>' }, 'x'));
    expect(out).toBe('<abbr title="&quot;&gt;&lt;/abbr&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x</abbr>');
    expect(html(h('p', '</p><script>alert(1)</script>'))).toBe('<p>&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('drops comments, doctypes and raw HTML', () => {
    const root: Root = { type: 'root', children: [{ type: 'comment', value: '--><script>alert(1)</script>' }, { type: 'doctype' }, { type: 'raw', value: '<script>alert(1)</script>' } as unknown as ElementContent] };
    expect(renderBody(root, { images: new Map() }).html).toBe('');
  });

  it('shows only images that resolved to a library file, at their published address', () => {
    const resolved: ImageResolution = { ok: true, libraryPath: '2024/queue.png', url: '/images/abc.png', file: { found: true, type: 'png', digest: 'abc', width: 640, height: 480 } };
    const images = new Map<string, ImageResolution>([
      ['./queue.png', resolved],
      ['./evil.mjs', { ok: false, rule: 'image-type', message: 'x' }],
    ]);
    const out = renderBody(tree(h('img', { src: './queue.png', alt: 'Queue' }), h('img', { src: './evil.mjs', alt: 'x' }), h('img', { src: 'https://evil.example/x.png', alt: 'x' })), { images }).html;
    expect(out).toBe('<img src="/images/abc.png" alt="Queue" loading="lazy" decoding="async" width="640" height="480">');
  });

  it('gives headings ids that never take one of the page\'s own', () => {
    const rendered = renderBody(tree(h('h2', 'Timeline'), h('h2', 'Main'), h('h3', 'Timeline')), { images: new Map(), reservedIds: ['main'] });
    expect(rendered.headings).toEqual([
      { depth: 2, slug: 'timeline', text: 'Timeline' },
      { depth: 2, slug: 'main-1', text: 'Main' },
      { depth: 3, slug: 'timeline-1', text: 'Timeline' },
    ]);
    expect(rendered.html).toContain('<h2 id="main-1">Main</h2>');
  });

  it('gives the narrative\'s words with blocks kept apart', () => {
    expect(renderBody(tree(h('p', 'One.'), h('p', ['Two ', h('em', 'three')])), { images: new Map() }).text).toBe('One. Two three');
  });

  it('leaves the tree it was given as it was', () => {
    const input = tree(h('p', { onClick: 'x' }, 'text'));
    renderBody(input, { images: new Map() });
    expect((input.children[0] as Element).properties.onClick).toBe('x');
  });
});

describe('renderBody frames tables', () => {
  it('puts each table in a frame that scrolls, named in order, and keeps the frame out of the text', () => {
    const table = () => h('table', [h('tbody', [h('tr', [h('td', 'cell')])])]);
    const rendered = renderBody(tree(table(), h('p', 'between'), table()), { images: new Map() });
    expect(rendered.html).toBe(
      [1, 2]
        .map((n) => `<div class="table-frame"><p class="table-frame__cue" aria-hidden="true">Scroll sideways for more columns &#x2192;</p><div class="table-frame__box"><div class="table-frame__scroll" role="region" aria-label="Table ${n} of the write-up" tabindex="0"><table><tbody><tr><td>cell</td></tr></tbody></table></div></div></div>`)
        .join('<p>between</p>'),
    );
    expect(rendered.text).toBe('cell between cell');
  });
});
