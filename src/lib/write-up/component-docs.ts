/**
 * What the guide, the README and the template say about the components and elements a write-up
 * may use, from the definitions the renderer uses, so the documentation cannot drift from them.
 */
import { WRITE_UP_ALLOWLIST } from './allowlist';
import { WRITE_UP_COMPONENTS } from './components';

export interface ComponentDoc {
  name: string;
  summary: string;
  attributes: { name: string; required: boolean; doc: string }[];
  example: string;
}

export function componentDocs(): ComponentDoc[] {
  return [...WRITE_UP_COMPONENTS.values()].map((component) => ({
    name: component.name,
    summary: component.summary,
    attributes: component.attributes.map((attribute) => ({ ...attribute })),
    example: component.example,
  }));
}

/** The HTML elements a write-up may write itself, beyond what Markdown makes, in a stable order. */
export function allowedElements(): string[] {
  return [...(WRITE_UP_ALLOWLIST.tagNames ?? [])].sort();
}
