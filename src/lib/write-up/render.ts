/**
 * A write-up's body as the page shows it, from the same tree the checks looked at: kept to the
 * allowlist (hast-util-sanitize with `WRITE_UP_ALLOWLIST`), every URL judged again, images pointed
 * at their published copies, headings given ids, and written out with every value escaped.
 */
import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import GithubSlugger from 'github-slugger';
import { visit, SKIP } from 'unist-util-visit';
import { judgeUrl, URL_PROPERTIES, WRITE_UP_ALLOWLIST } from './allowlist';
import { TABLE_FRAME_CUE } from '../table-frame';
import { toSafeHtml } from './html';
import type { ImageResolution } from './images';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** The narrative's words, for search and for finding similar incidents. */
  text: string;
}

export interface RenderOptions {
  /** Each image `src` as written, resolved (see `images.ts`); an image without a resolution is left out. */
  images: ReadonlyMap<string, ImageResolution>;
  /** Ids the page around the body already uses: a heading never takes one of them. */
  reservedIds?: readonly string[];
}

const URL_SCHEMES: Record<(typeof URL_PROPERTIES)[number], string[]> = { href: ['http', 'https', 'mailto'], src: [], cite: ['http', 'https'] };

export function renderBody(tree: Root, options: RenderOptions): RenderedBody {
  const safe = sanitize(tree, WRITE_UP_ALLOWLIST) as Root;
  const slugger = new GithubSlugger();
  for (const id of options.reservedIds ?? []) slugger.slug(id);
  const headings: Heading[] = [];

  visit(safe, 'element', (node: Element, index, parent) => {
    for (const property of URL_PROPERTIES) {
      const value = node.properties[property];
      if (value === undefined) continue;
      if (typeof value !== 'string' || (property !== 'src' && !judgeUrl(value, URL_SCHEMES[property]).allowed)) delete node.properties[property];
    }
    if (node.tagName === 'img') {
      const resolved = typeof node.properties.src === 'string' ? options.images.get(node.properties.src) : undefined;
      if (!resolved?.ok || parent === undefined || index === undefined) {
        parent?.children.splice(index!, 1);
        return [SKIP, index];
      }
      node.properties.src = resolved.url;
      node.properties.loading = 'lazy';
      node.properties.decoding = 'async';
      if (resolved.file.width && resolved.file.height) {
        node.properties.width = resolved.file.width;
        node.properties.height = resolved.file.height;
      }
    }
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (depth && node.properties.id === undefined) {
      const text = textOf(node).trim();
      const slug = slugger.slug(text || 'section');
      node.properties.id = slug;
      headings.push({ depth: Number(depth), slug, text });
    }
    return undefined;
  });

  const text = textOf(safe).replace(/\s+/g, ' ').trim();
  frameTables(safe);
  return { html: toSafeHtml(safe), headings, text };
}

/**
 * Each table in a frame that scrolls sideways when the table is wider than the page (the site's
 * `TableFrame` markup, made by us after the allowlist, so nothing of it comes from the write-up).
 */
function frameTables(tree: Root) {
  let count = 0;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || parent === undefined || index === undefined) return undefined;
    count += 1;
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-frame'] },
      children: [
        { type: 'element', tagName: 'p', properties: { className: ['table-frame__cue'], ariaHidden: 'true' }, children: [{ type: 'text', value: TABLE_FRAME_CUE }] },
        {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-frame__box'] },
          children: [{ type: 'element', tagName: 'div', properties: { className: ['table-frame__scroll'], role: 'region', ariaLabel: `Table ${count} of the write-up`, tabIndex: 0 }, children: [node] }],
        },
      ],
    };
    return SKIP;
  });
}

const BLOCK = /^(?:p|h[1-6]|li|dt|dd|td|th|tr|blockquote|pre|figcaption|summary|div|section|figure|table|ul|ol|dl|br|hr)$/;

/** The words of a tree, with a space between blocks so that words from two paragraphs never join. */
function textOf(node: Root | Element): string {
  let text = '';
  visit(node, (child) => {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element' && BLOCK.test(child.tagName)) text += ' ';
  });
  return text;
}
