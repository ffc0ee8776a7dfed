/**
 * The checked Markdown tree as an HTML tree, for the checks on elements and attributes and for
 * the page. MDX's own nodes become plain elements or nothing: an element written in JSX becomes
 * that element with its text attributes, a documented component becomes the elements it stands
 * for, and expressions, imports and exports become nothing (the checks refuse them). Raw HTML in
 * a `.md` write-up is parsed by an HTML parser (parse5) into the same kind of tree.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { h } from 'hastscript';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { BodyFormat } from './body';
import { WRITE_UP_COMPONENTS, type RenderContext } from './components';

/**
 * How JSX reads a name: one starting with a lower-case letter is an HTML element (HTML names are
 * read in any case, so `sCrIpT` is `script`); anything else (`Chart`, `ui.Box`) a component.
 */
export const INTRINSIC_ELEMENT = /^[a-z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*$/;

/** The text attributes of a JSX element; expression attributes and spreads are left out (the checks refuse them). */
export function textAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string | true> {
  const attributes: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = true;
    else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
  }
  return attributes;
}

function jsxElement(context: RenderContext): Handler {
  return (state: State, node: MdxJsxFlowElement | MdxJsxTextElement) => {
    const children = state.all(node) as ElementContent[];
    if (node.name === null) return children;
    const component = WRITE_UP_COMPONENTS.get(node.name);
    let result: Element;
    if (component) {
      const attributes = Object.fromEntries(Object.entries(textAttributes(node)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      result = component.render(attributes, children, context);
    } else if (INTRINSIC_ELEMENT.test(node.name)) {
      result = h(node.name.toLowerCase(), textAttributes(node));
      result.children = children;
    } else {
      return undefined;
    }
    state.patch(node, result);
    // A component's own elements (a Figure's image) are placed where the component is written.
    if (component) {
      visit(result, 'element', (inner: Element) => {
        inner.position ??= result.position;
      });
    }
    return result;
  };
}

const nothing: Handler = () => undefined;

/** `body`: the text the tree was parsed from, so that elements of raw HTML keep their positions. */
export function bodyToHast(tree: MdastRoot, body: string, format: BodyFormat, context: RenderContext): HastRoot {
  const element = jsxElement(context);
  const hast = toHast(tree, {
    allowDangerousHtml: format === 'markdown',
    handlers: {
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
      mdxjsEsm: nothing,
    },
  }) as HastRoot;
  return format === 'markdown' ? (raw(hast, { file: new VFile(body) }) as HastRoot) : hast;
}
