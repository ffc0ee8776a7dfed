import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { escapeHtml, toSafeHtml } from './html';

describe('toSafeHtml', () => {
  it('escapes text and attribute values for every context', () => {
    expect(escapeHtml(`<&>"'\``)).toBe('&lt;&amp;&gt;&quot;&#39;&#96;');
    expect(toSafeHtml(h('abbr', { title: '</noscript><img src=x onerror=alert(1)>' }, '<b>'))).toBe('<abbr title="&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;b&gt;</abbr>');
  });

  it('writes characters outside ASCII as character references, in text and attribute values', () => {
    expect(toSafeHtml(h('p', { title: 'Zoë — 📟' }, 'Café → “done”'))).toBe('<p title="Zo&#xeb; &#x2014; &#x1f4df;">Caf&#xe9; &#x2192; &#x201c;done&#x201d;</p>');
  });

  it('writes attribute names from property names, booleans bare, lists joined', () => {
    expect(toSafeHtml(h('input', { type: 'checkbox', checked: true, disabled: true }))).toBe('<input type="checkbox" checked disabled>');
    expect(toSafeHtml(h('td', { colSpan: 2, className: ['a', 'b'] }, 'x'))).toBe('<td colspan="2" class="a b">x</td>');
  });

  it('writes nothing of a name that is not a plain element or attribute name', () => {
    expect(toSafeHtml({ type: 'element', tagName: 'x onload=alert(1)', properties: {}, children: [] })).toBe('');
    expect(toSafeHtml({ type: 'element', tagName: 'b', properties: { 'x"y': 'z' }, children: [] })).toBe('<b></b>');
  });
});
