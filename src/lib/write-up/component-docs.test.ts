import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedElements, componentDocs } from './component-docs';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the documentation of write-up components', () => {
  it('lists every component with its attributes and an example', () => {
    const docs = componentDocs();
    expect(docs.map((doc) => doc.name)).toEqual(['Figure', 'ChannelQuote']);
    for (const doc of docs) {
      expect(doc.example.startsWith(`<${doc.name}`)).toBe(true);
      for (const attribute of doc.attributes.filter((a) => a.required)) expect(doc.example).toContain(`${attribute.name}=`);
    }
  });

  it('is in the README and the template, attribute by attribute', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const template = readFileSync(path.join(root, 'postmortems/_template.mdx'), 'utf8');
    for (const doc of componentDocs()) {
      expect(readme).toContain(`<${doc.name}`);
      expect(template).toContain(`<${doc.name}`);
      for (const attribute of doc.attributes) expect(readme).toContain(`\`${attribute.name}\``);
    }
  });

  it('names the plain elements a document needs', () => {
    expect(allowedElements()).toEqual(expect.arrayContaining(['details', 'summary', 'kbd', 'sub', 'sup', 'abbr', 'mark', 'table']));
    expect(allowedElements()).not.toEqual(expect.arrayContaining(['script']));
  });
});
