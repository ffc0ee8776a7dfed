/**
 * What a write-up's body may put on a page: the elements a document needs, the attributes they
 * need, and links only to the web, to mail, inside the site or to an anchor. The check refuses
 * whatever is outside this list, and the renderer drops it as well, from the same definition, so
 * a check that was skipped or is wrong still cannot put anything else on a page.
 */
import type { Schema } from 'hast-util-sanitize';

/** The footnotes and their links carry this prefix (mdast-util-to-hast's), so ids cannot clobber the page's. */
export const USER_CONTENT_PREFIX = 'user-content-';
const userContentId = /^user-content-/;

export const WRITE_UP_ALLOWLIST: Schema = {
  tagNames: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
    'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li',
    'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
    'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  ],
  attributes: {
    a: [
      'href',
      'title',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'data-footnote-backref'],
      ['ariaDescribedBy', userContentId, 'footnote-label'],
      'ariaLabel',
      ['id', userContentId],
    ],
    abbr: ['title'],
    blockquote: ['cite'],
    code: [['className', /^language-[\w+#.-]+$/]],
    del: ['cite', 'dateTime'],
    details: ['open'],
    figure: [['className', 'write-up-figure', 'channel-quote']],
    h2: [['className', 'sr-only'], ['id', userContentId, 'footnote-label']],
    img: ['src', 'alt', 'title', 'width', 'height'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    ins: ['cite', 'dateTime'],
    li: [['id', userContentId], ['className', 'task-list-item']],
    ol: ['start', ['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    span: [['className', 'channel-quote__from', 'channel-quote__channel']],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    time: ['dateTime'],
    ul: [['className', 'contains-task-list']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
  ancestors: {
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    caption: ['table'],
    li: ['ol', 'ul'],
    dt: ['dl'],
    dd: ['dl'],
    summary: ['details'],
    figcaption: ['figure'],
  },
  // Ids are prefixed where they are made (footnotes); nothing is prefixed again here.
  clobber: [],
  clobberPrefix: '',
  // Dropped with everything inside them: their content is code, or raw text that is not prose.
  strip: ['script', 'style', 'noscript', 'template', 'title', 'textarea', 'xmp', 'noembed', 'noframes', 'plaintext', 'iframe', 'svg', 'math', 'object', 'embed'],
  allowComments: false,
  allowDoctypes: false,
};

/** Attributes that hold a URL, by hast property name. */
export const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

/** Elements that run code, load other documents or change the page around the write-up. */
export const ACTIVE_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'button', 'select', 'textarea', 'noscript', 'template', 'svg', 'math', 'portal', 'xmp', 'noembed', 'noframes', 'title',
  'plaintext', 'audio', 'video', 'source', 'track', 'canvas', 'dialog', 'slot',
]);

export type UrlVerdict =
  | { allowed: true; kind: 'web' | 'mail' | 'site' | 'anchor' }
  | { allowed: false; reason: 'control-characters' | 'script' | 'scheme' | 'other-host' };

/**
 * Reads a URL the way a browser would before it follows it, so no spelling gets past: any
 * control character or surrounding space is refused outright (browsers drop some of them
 * silently), the scheme is compared in lower case, and `//host` or `\\host`, which leave the
 * site, are refused too. Character references are decoded before this is called (in the tree).
 */
export function judgeUrl(url: string, allowed: readonly string[] = ['http', 'https', 'mailto']): UrlVerdict {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(url) || url.trim() !== url) return { allowed: false, reason: 'control-characters' };
  // A colon before any "/", "?" or "#" ends a scheme, whatever comes before it (as the sanitiser
  // reads it too); the part before it is compared after percent-decoding and with invisible
  // characters left out, so "java%09script:" and "java\u200bscript:" read as what they are.
  const end = url.search(/[:/?#]/);
  if (end !== -1 && url[end] === ':') {
    const scheme = url.slice(0, end).toLowerCase();
    if (/^[a-z][a-z0-9+.-]*$/.test(scheme) && allowed.includes(scheme)) return { allowed: true, kind: scheme === 'mailto' ? 'mail' : 'web' };
    const plain = safeDecode(scheme).replace(/[^a-z]/g, '');
    return { allowed: false, reason: /^(?:javascript|vbscript|data|livescript|mocha)$/.test(plain) ? 'script' : 'scheme' };
  }
  if (/^[/\\]{2}|^\\|^\/\\/.test(url)) return { allowed: false, reason: 'other-host' };
  return { allowed: true, kind: url.startsWith('#') ? 'anchor' : 'site' };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A URL from a front-matter field or the settings (`ticket`, `changes`, `repository`): the web only. */
export function isWebUrl(url: string): boolean {
  const verdict = judgeUrl(url, ['http', 'https']);
  return verdict.allowed && verdict.kind === 'web' && URL.canParse(url);
}
