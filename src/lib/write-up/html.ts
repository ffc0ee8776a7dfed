/**
 * Writes an allowlisted HTML tree (see `render.ts`) as HTML text. hast-util-to-html leaves `<`
 * and `>` in attribute values as they are, which is valid HTML but would break out of a raw-text
 * context if the markup were ever placed in one; here every value is escaped for every context.
 * Comments, doctypes and raw nodes are never written: the allowlist has none. Characters outside
 * ASCII are written as character references, so the HTML Astro keeps in its content store is
 * ASCII (see ascii-json.ts for why that matters).
 */
import type { Element, Nodes } from 'hast';
import { find, html as htmlSchema } from 'property-information';

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]|[^\0-\x7f]/gu, (character) => ESCAPES[character] ?? `&#x${character.codePointAt(0)!.toString(16)};`);
}

export function toSafeHtml(node: Nodes): string {
  switch (node.type) {
    case 'root':
      return node.children.map(toSafeHtml).join('');
    case 'element':
      return element(node);
    case 'text':
      return escapeHtml(node.value);
    default:
      return '';
  }
}

function element(node: Element): string {
  const name = node.tagName.toLowerCase();
  if (!/^[a-z][a-z0-9]*$/.test(name)) return '';
  let attributes = '';
  for (const [property, value] of Object.entries(node.properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(htmlSchema, property);
    if (!/^[a-z][a-z0-9-]*$/.test(info.attribute)) continue;
    if (value === true) {
      attributes += ` ${info.attribute}`;
      continue;
    }
    const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
    attributes += ` ${info.attribute}="${escapeHtml(text)}"`;
  }
  if (VOID_ELEMENTS.has(name)) return `<${name}${attributes}>`;
  return `<${name}${attributes}>${node.children.map(toSafeHtml).join('')}</${name}>`;
}
