/**
 * Link extraction and resolution for the built-output link checker: which URLs a page refers
 * to, which file of the output each internal one must be, and which ids a page offers as
 * fragment targets. Pure string work, so the rules are unit-tested without a build.
 */
import { decodeHtml } from '../build-site';

export interface Reference {
  /** The attribute it came from: `href`, `src`, `srcset` or `action`. */
  attribute: string;
  url: string;
  line: number;
}

export interface InternalTarget {
  /** The site path, decoded, without query or fragment: `/incidents/x/`. */
  pathname: string;
  /** The fragment without `#`, decoded, or undefined when there is none. */
  fragment?: string;
}

/** A stand-in origin: URLs that resolve to another origin (or scheme) are not the site's. */
const ORIGIN = 'http://site.invalid';

// A start tag with its attributes; quoted values may hold `>`.
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action']);

/**
 * Script and style bodies and comments are not markup: a `href="…"` inside a script string is
 * not a link. They are blanked (newlines kept, so line numbers stay right).
 */
function markupOnly(html: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi, (_, open: string, _name, body: string, close: string) => open + blank(body) + close);
}

function* startTags(html: string) {
  const markup = markupOnly(html);
  for (const tag of markup.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      // The first occurrence wins, as in a browser.
      if (!attributes.has(name)) attributes.set(name, decodeHtml(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    yield { name: tag[1]!.toLowerCase(), attributes, index: tag.index };
  }
}

/** The URLs of a `srcset`, following the HTML candidate-list rules (descriptors dropped). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset[position]!)) position++;
    if (position >= srcset.length) break;
    const start = position;
    while (position < srcset.length && !/\s/.test(srcset[position]!)) position++;
    let url = srcset.slice(start, position);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors ("640w", "2x") up to the next comma outside parentheses.
      let depth = 0;
      while (position < srcset.length && (depth > 0 || srcset[position] !== ',')) {
        if (srcset[position] === '(') depth++;
        else if (srcset[position] === ')') depth--;
        position++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** Every URL a page refers to through `href`, `src`, `srcset` and form `action`, with its line. */
export function extractReferences(html: string): Reference[] {
  const lineStarts = [...html.matchAll(/\n/g)].map((match) => match.index);
  const lineOf = (index: number) => 1 + lineStarts.filter((start) => start < index).length;
  const references: Reference[] = [];
  for (const { attributes, index } of startTags(html)) {
    for (const [attribute, value] of attributes) {
      if (!URL_ATTRIBUTES.has(attribute)) continue;
      const urls = attribute === 'srcset' ? srcsetUrls(value) : [value.trim()];
      for (const url of urls) references.push({ attribute, url, line: lineOf(index) });
    }
  }
  return references;
}

/** The ids a page offers as `#fragment` targets. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { attributes } of startTags(html)) {
    const id = attributes.get('id');
    if (id) ids.add(id);
  }
  return ids;
}

/** The site URL a built file is served at: `log/index.html` → `/log/`, `404.html` → `/404.html`. */
export function pageUrl(file: string): string {
  const posix = file.split(/[\\/]/).join('/');
  return '/' + (posix === 'index.html' ? '' : posix.replace(/(^|\/)index\.html$/, '$1'));
}

/**
 * Where a URL on a page points inside the site, or undefined when it does not need checking:
 * another origin or scheme (`https:`, `mailto:`, `data:`), or a fragment of the same page alone.
 */
export function resolveInternal(url: string, page: string): InternalTarget | undefined {
  if (url === '' || url.startsWith('#')) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url, ORIGIN + page);
  } catch {
    // An unparseable URL is broken wherever it points; report it against its own text.
    return { pathname: url };
  }
  if (resolved.origin !== ORIGIN) return undefined;
  const fragment = resolved.hash ? safeDecode(resolved.hash.slice(1)) : undefined;
  return { pathname: safeDecode(resolved.pathname), ...(fragment !== undefined && { fragment }) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The output files a site path may be served from, in the order a static host tries them:
 * `/x/` → `x/index.html`; `/x.css` → `x.css`, and a path without a slash may also be a folder.
 */
export function candidateFiles(pathname: string): string[] {
  const relative = pathname.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
  return [relative, `${relative}/index.html`];
}
