/**
 * Checks a write-up's body on its syntax tree, never by running it. MDX is compiled to code that
 * runs during the build, so anything that could execute or inject markup is refused here, before
 * Astro compiles anything. Positions are in the file (the body starts at `bodyLine`).
 */
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Position } from './source';

export interface BodyProblem extends Position {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

/** A run of prose outside code and block quotes, for the language rules. */
export interface ProseText {
  text: string;
  /** Where `text[index]` is in the file. */
  at(index: number): Position;
  /** Whether `text` begins a sentence (the first words of a paragraph, heading or list item). */
  startsSentence: boolean;
}

export interface CheckedBody {
  problems: BodyProblem[];
  /** Empty when the body cannot be parsed. */
  prose: ProseText[];
}

/**
 * Components the project documents for write-ups, by name, with the module they are imported
 * from. None yet: every import, export and capitalised tag is refused until one is added here.
 */
export const WRITE_UP_COMPONENTS: ReadonlyMap<string, string> = new Map();

/** Elements that run code, load other documents or change the page around the write-up. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link']);

/** JSX reads any other name (`<Chart>`, `<ui.Box>`, `<_x>`) as a component it must find somewhere. */
const INTRINSIC_ELEMENT = /^[a-z][\w-]*(?::[\w-]+)?$/;

/** Astro's directives: `client:` hydrates code in the reader's browser, `set:html` injects raw HTML. */
const DIRECTIVE = /^(client|server|set|is|define|transition):/i;

/** A comment and whitespace only: `{/* … *\/}` is how MDX writes a comment. */
const COMMENT_ONLY = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/;

/**
 * Browsers ignore tabs, new lines and leading control characters in a URL, and read the scheme
 * in any case, so `JaVa\tscript:` and ` javascript:` both run.
 */
export function isScriptUrl(url: string): boolean {
  const squeezed = decodeCharacterReferences(url).replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return squeezed.startsWith('javascript:') || squeezed.startsWith('vbscript:');
}

/** Raw HTML keeps its character references; these are the ones that can hide a scheme. */
function decodeCharacterReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Math.min(parseInt(decimal, 10), 0x10ffff)))
    .replace(/&colon;/gi, ':')
    .replace(/&(?:tab|newline);/gi, '');
}

export interface BodyOptions {
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** Plain `.md` write-ups are Markdown: no JSX, no expressions, but raw HTML. */
  format: 'mdx' | 'markdown';
  /** The components write-ups may use; `WRITE_UP_COMPONENTS` unless a test says otherwise. */
  components?: ReadonlyMap<string, string>;
}

// Built once: the extensions are the same for every write-up.
const MDX_SYNTAX = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };

/**
 * The build compiles with Astro's own parser (satteri, GitHub Markdown on, as Astro sets it), so
 * its tree is what is checked and where prose comes from. It is native and fast; micromark, which
 * gives attribute positions and clearer syntax errors, reads only the rare body that has a problem.
 */
export function checkBody(body: string, options: BodyOptions): CheckedBody {
  const components = options.components ?? WRITE_UP_COMPONENTS;
  const toFile = (line: number, column: number): Position => ({ line: line + options.bodyLine - 1, column });
  let compiled: Root;
  try {
    const parse = options.format === 'mdx' ? mdxToMdast : markdownToMdast;
    compiled = parse(body, { features: { gfm: true } }) as Root;
  } catch (error) {
    return { problems: [explainCompilerError(error, body, options, toFile)], prose: [] };
  }
  const prose: ProseText[] = [];
  const problems = checkTree(compiled, components, toFile, (text, at, startsSentence) => prose.push(proseText(text, at, startsSentence)));
  if (problems.length === 0) return { problems, prose };
  return { problems: withMicromarkPositions(problems, body, options, components, toFile), prose };
}

/**
 * The same findings, placed by micromark's tree where it sees them too (satteri has no positions
 * for attributes), and in its order. CommonMark reads some constructs differently (a GFM footnote
 * holding an expression is a link definition there), so the compiler's own findings are kept.
 */
function withMicromarkPositions(
  problems: BodyProblem[],
  body: string,
  options: BodyOptions,
  components: ReadonlyMap<string, string>,
  toFile: (line: number, column: number) => Position,
): BodyProblem[] {
  let tree: Root;
  try {
    tree = options.format === 'mdx' ? fromMarkdown(body, MDX_SYNTAX) : fromMarkdown(body);
  } catch (error) {
    // What satteri took for code, like a sentence starting with "export", micromark explains.
    return [explainSyntaxError(error, body, toFile)];
  }
  // The two trees may place one finding differently, so a finding is the same by rule and line, or by rule and message.
  const sameFinding = (found: BodyProblem[]) => {
    const keys = new Set(found.flatMap((problem) => [`${problem.rule} ${problem.line}`, `${problem.rule} ${problem.message}`]));
    return (problem: BodyProblem) => keys.has(`${problem.rule} ${problem.line}`) || keys.has(`${problem.rule} ${problem.message}`);
  };
  const placed = checkTree(tree, components, toFile).filter(sameFinding(problems));
  const isPlaced = sameFinding(placed);
  return [...placed, ...problems.filter((problem) => !isPlaced(problem))];
}

/** micromark explains most syntax errors in words a writer can act on; satteri's own message is the fallback. */
function explainCompilerError(
  error: unknown,
  body: string,
  options: BodyOptions,
  toFile: (line: number, column: number) => Position,
): BodyProblem {
  try {
    if (options.format === 'mdx') fromMarkdown(body, MDX_SYNTAX);
  } catch (micromarkError) {
    return explainSyntaxError(micromarkError, body, toFile);
  }
  const place = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(String((error as Error).message ?? error));
  const at = place ? toFile(Number(place[1]), Number(place[2])) : toFile(1, 1);
  return { ...at, severity: 'error', rule: 'mdx-syntax', message: `MDX cannot read this: ${plainReason(place?.[3] ?? String(error))}. Escape a literal < or { with a backslash (\\<, \\{), or put it in a code span.` };
}

/** Everything in a tree that could run, or could inject markup, in the build or in the browser. */
function checkTree(
  tree: Root,
  components: ReadonlyMap<string, string>,
  toFile: (line: number, column: number) => Position,
  onProse?: (text: string, at: Position, startsSentence: boolean) => void,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  walk(tree, false, (node, parent, inQuote) => {
    const start = node.position?.start;
    const at = start ? toFile(start.line, start.column) : toFile(1, 1);
    const report = (rule: string, message: string, where = at, severity: BodyProblem['severity'] = 'error') =>
      problems.push({ ...where, severity, rule, message });
    switch (node.type) {
      case 'mdxjsEsm':
        if (!importsOnlyComponents(node.value, components)) report('body-import-export', importExportMessage(node.value, components));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(node.value)) {
          report('body-expression', `\`{${shorten(node.value)}}\` is a JavaScript expression, and expressions run during the build. Write the text itself; to show braces, escape them as \\{ and \\} or put them in a code span.`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, components, toFile, report, at);
        break;
      case 'link':
      case 'definition':
        if (isScriptUrl(node.url)) report('body-javascript-url', 'This link is a `javascript:` URL, which runs code when clicked. Link to a page (https://…) or to a file beside the write-up.');
        break;
      case 'image':
        checkImageUrl(node.url, (rule, message, severity) => report(rule, message, at, severity));
        break;
      case 'html':
        checkRawHtml(node.value, (rule, message) => report(rule, message));
        break;
      case 'text':
        if (!inQuote) onProse?.(node.value, at, parent?.children[0] === node && parent.type !== 'root');
        break;
    }
  });
  return problems;
}

type Report = (rule: string, message: string, where?: Position, severity?: BodyProblem['severity']) => void;

/** Visits every node; code is a leaf (its text is not looked at), and block quotes are marked. */
function walk(node: Nodes, inQuote: boolean, visit: (node: Nodes, parent: Parents | undefined, inQuote: boolean) => void, parent?: Parents): void {
  visit(node, parent, inQuote);
  if (!('children' in node)) return;
  for (const child of node.children) walk(child, inQuote || node.type === 'blockquote', visit, node);
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  components: ReadonlyMap<string, string>,
  toFile: (line: number, column: number) => Position,
  report: Report,
  at: Position,
): void {
  const name = node.name;
  if (name !== null && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    report('body-forbidden-element', `\`<${name}>\` is not allowed in a write-up: it can run code or change the page around it. Describe it in prose, or show it in a code block.`);
  } else if (name !== null && !INTRINSIC_ELEMENT.test(name) && !components.has(name)) {
    report('body-component', `\`<${name}>\` is not a component documented for write-ups${components.size === 0 ? ' (there are none yet)' : `: use one of ${[...components.keys()].join(', ')}`}. Write it in Markdown, or show it in a code block.`);
  }
  for (const attribute of node.attributes) {
    const where = attribute.position ? toFile(attribute.position.start.line, attribute.position.start.column) : at;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report('body-expression', `\`{${shorten(attribute.value)}}\` spreads JavaScript into the attributes of \`<${name ?? ''}>\`, and it would run during the build. Write each attribute as name="text".`, where);
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      report('body-event-handler', `\`${attribute.name}\` is an event handler: it runs code in the reader's browser. Remove it.`, where);
    } else if (DIRECTIVE.test(attribute.name)) {
      report('body-directive', `\`${attribute.name}\` is an Astro directive: it runs code or injects raw HTML. Remove it; a write-up is static text.`, where);
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      report('body-expression', `\`${attribute.name}={${shorten(value.value)}}\` is a JavaScript expression, and it would run during the build. Write the value as text: ${attribute.name}="…".`, where);
    } else if (typeof value === 'string' && isScriptUrl(value)) {
      report('body-javascript-url', `\`${attribute.name}\` is a \`javascript:\` URL, which runs code in the reader's browser. Link to a page (https://…) or to a file beside the write-up.`, where);
    } else if (typeof value === 'string' && name === 'img' && attribute.name === 'src') {
      checkImageUrl(value, (rule, message, severity) => report(rule, message, where, severity));
    }
  }
}

function checkImageUrl(url: string, report: (rule: string, message: string, severity: BodyProblem['severity']) => void): void {
  if (isScriptUrl(url)) {
    report('body-javascript-url', 'This image is a `javascript:` URL. Store the image beside the write-up and use its relative path.', 'error');
  } else if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url)) {
    report('body-image-location', `The image "${shorten(url)}" is not stored beside the write-up, so it can change or disappear. Put the file in the write-up's folder and use a relative path, like ./timeline.png.`, 'warning');
  }
}

/** Raw HTML reaches the page only in plain `.md` write-ups (MDX has no raw HTML). */
function checkRawHtml(html: string, report: (rule: string, message: string) => void): void {
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/gi)) {
    const name = tag[1]!;
    if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
      report('body-forbidden-element', `\`<${name}>\` is not allowed in a write-up: it can run code or change the page around it. Describe it in prose, or show it in a code block.`);
    }
    for (const attribute of (tag[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const attributeName = attribute[1]!;
      const value = attribute[2] ?? attribute[3] ?? attribute[4];
      if (/^on/i.test(attributeName)) {
        report('body-event-handler', `\`${attributeName}\` is an event handler: it runs code in the reader's browser. Remove it.`);
      } else if (value !== undefined && isScriptUrl(value)) {
        report('body-javascript-url', `\`${attributeName}\` is a \`javascript:\` URL, which runs code in the reader's browser. Link to a page (https://…) or to a file beside the write-up.`);
      }
    }
  }
}

/** `import Name from 'module'` lines only, each of a documented component from its own module. */
function importsOnlyComponents(code: string, components: ReadonlyMap<string, string>): boolean {
  const lines = code.split('\n').filter((line) => line.trim() !== '');
  return (
    lines.length > 0 &&
    lines.every((line) => {
      const imported = /^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]+)\2;?\s*$/.exec(line);
      return imported !== null && components.get(imported[1]!) === imported[3];
    })
  );
}

function importExportMessage(code: string, components: ReadonlyMap<string, string>): string {
  if (/^\s*export\b/.test(code)) {
    return `\`${shorten(code)}\` exports JavaScript, which runs during the build. A write-up holds text: move values into the front matter or the prose.`;
  }
  const from = /from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/.exec(code);
  const module = from?.[1] ?? from?.[2];
  return `\`${shorten(code)}\` imports ${module ? `"${shorten(module, 30)}"` : 'code'}, which would run during the build. Write-ups may import only the components documented for them${components.size === 0 ? ' (there are none yet)' : ''}.`;
}

function proseText(text: string, at: Position, startsSentence: boolean): ProseText {
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

function shorten(code: string, max = 50): string {
  const oneLine = code.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

// ---------------------------------------------------------------------------------------------
// MDX syntax errors: the parser's message, turned into what to write instead.

interface ParserError {
  reason?: string;
  message?: string;
  source?: string;
  ruleId?: string;
  place?: { line: number; column: number; offset?: number } | { start: { line: number; column: number; offset?: number } };
}

function explainSyntaxError(error: unknown, body: string, toFile: (line: number, column: number) => Position): BodyProblem {
  const parserError = (error ?? {}) as ParserError;
  const reason = String(parserError.reason ?? parserError.message ?? error);
  const source = parserError.source ?? '';
  const place = parserError.place && 'start' in parserError.place ? parserError.place.start : parserError.place;
  // Some messages carry the position only in their text, like "for `<div>` (1:1-1:6)".
  const quoted = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const reported = quoted ? offsetOf(body, Number(quoted[1]), Number(quoted[2])) : (place?.offset ?? 0);
  const problem = (offset: number, rule: string, message: string): BodyProblem => {
    const { line, column } = positionOf(body, offset);
    return { ...toFile(line, column), severity: 'error', rule, message };
  };

  if (source.endsWith('mdx-expression')) {
    const brace = unmatchedBraceBefore(body, reported) ?? reported;
    return problem(brace, 'mdx-bare-brace',
      `A \`{\` starts a JavaScript expression in MDX, and "${shorten(restOfLine(body, brace), 30)}" is not one. Escape it as \\{, or put it in a code span (\`like {this}\`).`);
  }
  if (source.endsWith('mdxjs-esm')) {
    const lineStart = body.lastIndexOf('\n', reported - 1) + 1;
    return problem(lineStart, 'mdx-import-export-prose',
      `MDX reads a paragraph that starts with "import" or "export" as JavaScript ("${shorten(restOfLine(body, lineStart), 40)}"). Start the sentence with another word.`);
  }
  if (source.endsWith('mdx-jsx') && parserError.ruleId === 'end-tag-mismatch') {
    const unclosed = /^Expected a closing tag for `<([^\s`>]*)[^`]*>`/.exec(reason);
    return unclosed
      ? problem(reported, 'mdx-unclosed-tag', `\`<${unclosed[1]}>\` is never closed. Close it with \`</${unclosed[1]}>\` in the same paragraph, or escape the < as \\< if you meant the character.`)
      : problem(reported, 'mdx-unclosed-tag', `${plainReason(reason)}: tags close in the reverse order they open. Close the inner tag first, or escape the < as \\< if you meant the character.`);
  }
  if (source.endsWith('mdx-jsx') && parserError.ruleId === 'unexpected-closing-slash') {
    return problem(Math.max(0, reported - 1), 'mdx-syntax', 'This closing tag has no opening tag. Remove it, or escape the < as \\< if you meant the character.');
  }
  if (source.endsWith('mdx-jsx')) {
    const lessThan = Math.max(0, body.lastIndexOf('<', reported));
    const tag = restOfLine(body, lessThan);
    if (reason.includes('to create a comment in MDX')) {
      return problem(lessThan, 'mdx-html-comment', 'HTML comments (<!-- … -->) do not work in MDX. Write the comment as {/* … */}.');
    }
    if (reason.includes('to create a link in MDX')) {
      return problem(lessThan, 'mdx-autolink', 'MDX reads `<` as the start of a tag, so <https://…> and <name@example.com> are not links here. Write [text](https://…), or the address on its own.');
    }
    if (/^<[\p{L}\p{N}=\s-]/u.test(tag) && !tag.includes('>')) {
      return problem(lessThan, 'mdx-bare-less-than',
        `A \`<\` before a letter or digit starts a tag in MDX ("${shorten(tag, 30)}"). Write it in words, like "under 5 minutes", or escape it as \\<.`);
    }
    return problem(lessThan, 'mdx-syntax', `MDX cannot read this tag: ${plainReason(reason)}. Fix the tag, or escape the < as \\< if you meant the character.`);
  }
  return problem(reported, 'mdx-syntax', `MDX cannot read this: ${plainReason(reason)}. Escape a literal < or { with a backslash (\\<, \\{), or put it in a code span.`);
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? undefined : end);
}

/** micromark's reason without the code-point noise, as the middle of a sentence. */
function plainReason(reason: string): string {
  return reason.replace(/ \(U\+[0-9A-F]+\)/g, '').replace(/\s*\(note:[^)]*\)/, '').replace(/\.$/, '');
}

/** The `{` before `offset` that no `}` closes: micromark reports the end of the paragraph instead. */
function unmatchedBraceBefore(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let index = Math.min(offset, text.length) - 1; index >= 0; index -= 1) {
    if (text[index] === '}') depth += 1;
    else if (text[index] === '{') {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  return undefined;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + column - 1;
}
