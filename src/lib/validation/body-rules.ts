/**
 * The checks on a write-up's body, on the trees the page is rendered from (see
 * `write-up/read.ts`): MDX's own constructs (imports, exports, expressions, components) on the
 * Markdown tree, and every element, attribute and URL on the HTML tree, against the allowlist the
 * renderer applies. Nothing is run; positions are in the file.
 */
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ACTIVE_ELEMENTS, judgeUrl, URL_PROPERTIES, WRITE_UP_ALLOWLIST, type UrlVerdict } from '../write-up/allowlist';
import { shorten } from '../write-up/body-errors';
import { WRITE_UP_COMPONENTS } from '../write-up/components';
import type { ImageReference, ImageResolution } from '../write-up/images';
import type { Position } from '../write-up/position';
import { INTRINSIC_ELEMENT } from '../write-up/to-hast';

export interface BodyProblem extends Position {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

/** A run of prose outside code and quotes, for the language rules. */
export interface ProseText {
  text: string;
  /** Where `text[index]` is in the file. */
  at(index: number): Position;
  /** Whether `text` begins a sentence (the first words of a paragraph, heading or list item). */
  startsSentence: boolean;
}

export interface BodyTrees {
  mdast: MdastRoot;
  hast: HastRoot;
  /** Each image of the HTML tree, and where its `src` leads. */
  images: readonly { reference: ImageReference; resolution: ImageResolution }[];
  toFile(line: number, column: number): Position;
}

/** A comment and whitespace only: `{/* … *\/}` is how MDX writes a comment. */
const COMMENT_ONLY = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/;

/** Astro's and other frameworks' directives: `client:load`, `set:html`, `v-html`, … */
const DIRECTIVE = /[:@]|^v-/;

export function checkBody(trees: BodyTrees): { problems: BodyProblem[]; prose: ProseText[] } {
  const problems: BodyProblem[] = [];
  const report = (at: Position, rule: string, message: string, severity: BodyProblem['severity'] = 'error') =>
    problems.push({ ...at, severity, rule, message });
  checkMdx(trees.mdast, trees.toFile, report);
  checkElements(trees.hast, trees.toFile, report);
  for (const { reference, resolution } of trees.images) {
    if (reference.alt === undefined || reference.alt.trim() === '') {
      report(reference, 'image-alt', `The image "${shorten(reference.src, 60)}" has no alt text. Say what it shows, for readers who cannot see it: ![Queue depth rising to 41,000](./queue.png).`);
    }
    if (!resolution.ok) report(reference, resolution.rule, resolution.message);
  }
  return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column), prose: proseOf(trees.hast, trees.toFile) };
}

type Report = (at: Position, rule: string, message: string, severity?: BodyProblem['severity']) => void;

/** Imports, exports, expressions and components: what only MDX has, and only its tree shows. */
function checkMdx(tree: MdastRoot, toFile: BodyTrees['toFile'], report: Report): void {
  const stack: MdastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start;
    const at = start ? toFile(start.line, start.column) : toFile(1, 1);
    switch (node.type) {
      case 'mdxjsEsm':
        if (looksLikeProse(node.value)) {
          report(at, 'mdx-import-export-prose', `MDX reads a paragraph that starts with "import" or "export" as JavaScript ("${shorten(node.value, 40)}"). Start the sentence with another word.`);
        } else {
          report(at, 'body-import-export', importExportMessage(node.value));
        }
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(node.value)) {
          report(at, 'body-expression', `\`{${shorten(node.value)}}\` is a JavaScript expression, and a write-up holds no code. Write the text itself; to show braces, escape them as \\{ and \\} or put them in a code span.`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, at, report);
        break;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

function checkJsxElement(node: MdxJsxFlowElement | MdxJsxTextElement, at: Position, report: Report): void {
  const name = node.name;
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(at, 'body-expression', `\`{${shorten(attribute.value)}}\` spreads JavaScript into the attributes of \`<${name ?? ''}>\`, and a write-up holds no code. Write each attribute as name="text".`);
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      report(at, 'body-expression', `\`${attribute.name}={${shorten(attribute.value.value)}}\` is a JavaScript expression, and a write-up holds no code. Write the value as text: ${attribute.name}="…".`);
    }
  }
  if (name === null || INTRINSIC_ELEMENT.test(name)) return;
  const component = WRITE_UP_COMPONENTS.get(name);
  if (!component) {
    report(at, 'body-component', `\`<${name}>\` is not a component documented for write-ups: use ${[...WRITE_UP_COMPONENTS.keys()].map((known) => `<${known}>`).join(' or ')}, write it in Markdown, or show it in a code block.`);
    return;
  }
  const written = new Map(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [[attribute.name, attribute.value]] : [])));
  const known = new Set(component.attributes.map((attribute) => attribute.name));
  for (const attribute of component.attributes) {
    const value = written.get(attribute.name);
    // An attribute written as an expression is reported as one, not again as missing.
    const asExpression = value !== null && value !== undefined && typeof value !== 'string';
    if (attribute.required && !asExpression && (typeof value !== 'string' || value.trim() === '')) {
      report(at, 'body-component-attribute', `\`<${name}>\` needs \`${attribute.name}\`: ${attribute.doc}`);
    }
  }
  for (const attribute of written.keys()) {
    if (!known.has(attribute)) {
      report(at, 'body-component-attribute', `\`<${name}>\` has no attribute \`${attribute}\`; it takes ${component.attributes.map((a) => `\`${a.name}\``).join(', ')}.`);
    }
  }
  const texts = Object.fromEntries([...written].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  for (const message of component.checkValues?.(texts) ?? []) report(at, 'body-component-attribute', `\`<${name}>\`: ${message}`);
  if (!component.hasChildren && node.children.length > 0) {
    report(at, 'body-component-attribute', `\`<${name}>\` takes no content between its tags: close it as \`<${name} … />\`.`);
  }
}

/** "export jobs ran late": a sentence, not a statement (which names what it imports or exports). */
function looksLikeProse(code: string): boolean {
  return !/^\s*(?:import\s*(?:[\w$*{'"]|type\b)|export\s*(?:default|const|let|var|function|class|async|type|interface|enum|[{*]))/.test(code)
    || /^\s*import\s+[\w$]+\s+(?!from\b|,)[\w$]/.test(code);
}

function importExportMessage(code: string): string {
  if (/^\s*export\b/.test(code)) {
    return `\`${shorten(code)}\` exports JavaScript, and a write-up holds no code. Move values into the front matter or the prose.`;
  }
  const from = /from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/.exec(code);
  const module = from?.[1] ?? from?.[2];
  return `\`${shorten(code)}\` imports ${module ? `"${shorten(module, 30)}"` : 'code'}, and a write-up holds no code. The documented components (${[...WRITE_UP_COMPONENTS.keys()].join(', ')}) need no import.`;
}

const WITHOUT_ANCESTORS = { ...WRITE_UP_ALLOWLIST, ancestors: {} };

/** What the allowlist keeps of one element on its own: nothing, or the element with its allowed attributes. */
function keptOf(node: Element): Element | undefined {
  const kept = sanitize({ type: 'root', children: [{ ...node, children: [] }] }, WITHOUT_ANCESTORS) as HastRoot;
  const first = kept.children[0];
  return first?.type === 'element' && first.tagName === node.tagName ? first : undefined;
}

/** Every element, attribute and URL against the allowlist, as the renderer applies it. */
function checkElements(tree: HastRoot, toFile: BodyTrees['toFile'], report: Report): void {
  const stack: { node: HastRoot | ElementContent; ancestors: string[] }[] = [{ node: tree, ancestors: [] }];
  while (stack.length > 0) {
    const { node, ancestors } = stack.pop()!;
    if (node.type === 'comment') {
      const start = node.position?.start;
      report(start ? toFile(start.line, start.column) : toFile(1, 1), 'body-html-comment', 'HTML comments and other markup declarations (<!-- … -->, <![CDATA[ … ]]>, <? … ?>) are not published and can hide text from reviewers. Delete it, or say it in the narrative.');
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      const start = node.position?.start;
      const at = start ? toFile(start.line, start.column) : toFile(1, 1);
      if (!checkElement(node, ancestors, at, report)) continue;
    }
    const next = node.type === 'element' ? [...ancestors, node.tagName] : ancestors;
    for (const child of node.children) stack.push({ node: child as ElementContent, ancestors: next });
  }
}

/** Reports what the renderer would drop of `node`; false when the whole element goes. */
function checkElement(node: Element, ancestors: readonly string[], at: Position, report: Report): boolean {
  const name = node.tagName;
  const kept = keptOf(node);
  if (!kept) {
    if (ACTIVE_ELEMENTS.has(name.toLowerCase())) {
      report(at, 'body-forbidden-element', `\`<${name}>\` is not allowed in a write-up: it can run code, load other documents or change the page around it. Describe it in prose, or show it in a code block.`);
      return false;
    }
    report(at, 'body-element', `\`<${name}>\` is not one of the elements a write-up can use. Write it in Markdown, or use a plain element such as <details>, <kbd>, <sub>, <sup>, <abbr> or <mark>.`);
    return true;
  }
  const needed = WRITE_UP_ALLOWLIST.ancestors?.[name];
  if (needed && !needed.some((ancestor) => ancestors.includes(ancestor))) {
    report(at, 'body-element', `\`<${name}>\` belongs inside ${needed.map((ancestor) => `<${ancestor}>`).join(' or ')}, and is dropped elsewhere. Move it, or write it in Markdown.`);
  }
  for (const [property, value] of Object.entries(node.properties)) {
    if (value === null || value === undefined) continue;
    const url = (URL_PROPERTIES as readonly string[]).includes(property) && typeof value === 'string' ? value : undefined;
    const verdict = url === undefined || property === 'src' ? undefined : judgeUrl(url, property === 'cite' ? ['http', 'https'] : undefined);
    if (verdict && !verdict.allowed) {
      report(at, 'body-url', urlMessage(property, url!, verdict));
      continue;
    }
    if (JSON.stringify(kept.properties[property]) === JSON.stringify(value)) continue;
    const scriptUrl = typeof value === 'string' ? judgeUrl(value) : undefined;
    if (scriptUrl && !scriptUrl.allowed && scriptUrl.reason === 'script') {
      report(at, 'body-url', urlMessage(find(html, property).attribute, value as string, scriptUrl));
      continue;
    }
    report(at, ...attributeProblem(name, find(html, property).attribute));
  }
  return true;
}

function attributeProblem(element: string, property: string): [rule: string, message: string] {
  if (/^on/i.test(property)) return ['body-event-handler', `\`${property}\` on \`<${element}>\` is an event handler: it runs code in the reader's browser. Remove it.`];
  if (DIRECTIVE.test(property)) return ['body-directive', `\`${property}\` on \`<${element}>\` is a framework directive: it runs code or injects raw HTML. Remove it; a write-up is static text.`];
  if (property === 'style') return ['body-attribute', `\`style\` on \`<${element}>\` is not allowed: the page's own styles apply to every write-up. Remove it.`];
  return ['body-attribute', `\`${property}\` is not an attribute \`<${element}>\` can have in a write-up (or not with this value). Remove it.`];
}

function urlMessage(property: string, url: string, verdict: Extract<UrlVerdict, { allowed: false }>): string {
  const shown = shorten(url.replace(/[\u0000-\u001f\u007f-\u009f]/g, '�'), 60);
  switch (verdict.reason) {
    case 'script':
      return `\`${property}\` is "${shown}", a javascript:, vbscript: or data: URL, which runs code or carries a document of its own. Link to a page (https://…) or to a file beside the write-up.`;
    case 'control-characters':
      return `\`${property}\` is "${shown}", which holds spaces or control characters that browsers read differently. Write the address plainly.`;
    case 'other-host':
      return `\`${property}\` is "${shown}", which leaves the site without saying for where. Write the full address, https://…`;
    default:
      return `\`${property}\` is "${shown}": write-ups link only to https://, http:// and mailto: addresses, pages of this site, and #anchors.`;
  }
}

// ---------------------------------------------------------------------------------------------
// Prose for the language rules

/** Quotes and code keep what people wrote or what a machine printed; the rules skip them. */
const NOT_PROSE = new Set(['pre', 'code', 'kbd', 'samp', 'var', 'blockquote', 'q']);
const SENTENCE_BLOCKS = /^(?:p|h[1-6]|li|dt|dd|td|th|figcaption|summary|caption)$/;

function proseOf(tree: HastRoot, toFile: BodyTrees['toFile']): ProseText[] {
  const prose: ProseText[] = [];
  const stack: { node: HastRoot | ElementContent; parent?: Element | HastRoot }[] = [{ node: tree }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    if (node.type === 'text') {
      const start = node.position?.start ?? (parent?.type === 'element' ? parent.position?.start : undefined);
      if (!start) continue;
      const startsSentence = parent?.type === 'element' && SENTENCE_BLOCKS.test(parent.tagName) && parent.children[0] === node;
      prose.push(proseText(node, toFile(start.line, start.column), startsSentence));
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element' && (NOT_PROSE.has(node.tagName) || isChannelQuote(node))) continue;
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push({ node: node.children[index] as ElementContent, parent: node });
  }
  return prose;
}

function isChannelQuote(node: Element): boolean {
  const classes = node.properties.className;
  return node.tagName === 'figure' && Array.isArray(classes) && classes.includes('channel-quote');
}

function proseText(node: Text, at: Position, startsSentence: boolean): ProseText {
  const text = node.value;
  return {
    text,
    startsSentence,
    at(index) {
      const before = text.slice(0, index);
      const lineBreaks = before.split('\n').length - 1;
      // Continuation lines lose their indentation in the tree; the column is then approximate.
      return lineBreaks === 0
        ? { line: at.line, column: at.column + index }
        : { line: at.line + lineBreaks, column: index - before.lastIndexOf('\n') };
    },
  };
}
