import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkLibrary, type LibrarySource } from '../src/lib/validation/check-library';
import { renderPrSummary } from './pr-summary';

interface Incident {
  id: string;
  title: string;
  category: string;
  services: string[];
  /** Extra front matter lines. */
  extra?: string[];
}

function writeUp({ id, title, category, services, extra = [] }: Incident) {
  const date = id.slice(0, 10);
  const text = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    'severity: SEV2',
    'type: deployment',
    'summary: A change went out. Orders failed.',
    'impact: 40 orders failed.',
    `services: [${services.join(', ')}]`,
    'authors: [priya]',
    'facilitator: jonas',
    'timeline:',
    `  - { at: "${date}T09:00:00Z", kind: impact, what: Orders failed }`,
    `  - { at: "${date}T09:10:00Z", kind: detected, what: An alert fired }`,
    `  - { at: "${date}T10:00:00Z", kind: resolved, what: Rolled back }`,
    `rootCause: { summary: Nothing checked the change before it reached production., category: ${category} }`,
    'whys:',
    '  - { why: Why did orders fail?, because: The change broke them. }',
    '  - { why: Why was it not caught?, because: No test covered it. }',
    '  - { why: Why no test?, because: The contract was not written down. }',
    'actions:',
    `  - { action: Add a contract test for orders, owner: jonas, due: ${date}, status: done, completed: ${date} }`,
    `followUp: ${date}`,
    ...extra,
    '---',
    '',
    'The story.',
    '',
  ].join('\n');
  return { path: `postmortems/${date.slice(0, 4)}/${id}.mdx`, text };
}

function library(...incidents: Incident[]) {
  return libraryWith({}, ...incidents);
}

function libraryWith({ deployLabel = 'Deploy process' }: { deployLabel?: string }, ...incidents: Incident[]) {
  const source: LibrarySource = {
    settings: { path: 'postmortems/settings.yaml', text: 'recurrence: { threshold: 2, windowDays: 180 }\n' },
    registryDir: 'postmortems/registry',
    libraryDir: 'postmortems',
    registries: {
      people: { path: 'postmortems/registry/people.yaml', text: 'priya: { name: Priya Raman }\njonas: { name: Jonas Becker }\n' },
      teams: { path: 'postmortems/registry/teams.yaml', text: 'payments: { name: Payments }\n' },
      services: { path: 'postmortems/registry/services.yaml', text: 'checkout: { name: Checkout, team: payments }\nwebsite: { name: Website, team: payments }\n' },
      causes: {
        path: 'postmortems/registry/causes.yaml',
        text: `deploy-process: { label: ${JSON.stringify(deployLabel)} }\nconfig-change: { label: Configuration change }\n`,
      },
    },
    writeUps: incidents.map(writeUp),
  };
  return checkLibrary(source);
}

const earlier: Incident = { id: '2025-01-10-checkout-deploy', title: 'Checkout failed after a deploy', category: 'deploy-process', services: ['checkout'] };
const unrelated: Incident = { id: '2025-02-01-website-config', title: 'Website config broke images', category: 'config-change', services: ['website'] };
const sameService: Incident = { id: '2025-02-20-checkout-config', title: 'Checkout config rejected cards', category: 'config-change', services: ['checkout'] };
const changed: Incident = { id: '2025-03-01-checkout-deploy-again', title: 'Checkout | failed after a *deploy* again', category: 'deploy-process', services: ['checkout'] };

describe('the pull request summary', () => {
  it('has a row per changed write-up with severity, completeness and problem counts', () => {
    const summary = renderPrSummary(library(earlier, changed), ['postmortems/2025/2025-03-01-checkout-deploy-again.mdx']);
    expect(summary).toMatch(/^## Post-mortems in this pull request\n/);
    expect(summary).toContain('| ✔ | `Checkout \\| failed after a *deploy* again` | `SEV2` |');
    expect(summary).toMatch(/\| \d+\/100 \| 0 \| 0 \|/);
    expect(summary).toContain('### `Checkout | failed after a *deploy* again`');
    expect(summary).toContain('`postmortems/2025/2025-03-01-checkout-deploy-again.mdx` · `SEV2` · `deployment` · `2025-03-01`');
  });

  it('lists errors (folded) and warnings for the changed write-up only', () => {
    const broken = { ...changed, extra: ['related: [2024-01-01-no-such-write-up]'], services: ['checkout', 'loyalty'] };
    const withWarning = { ...earlier, extra: ['tone: calm'] };
    const summary = renderPrSummary(library(withWarning, broken), ['postmortems/2025/2025-03-01-checkout-deploy-again.mdx']);
    expect(summary).toMatch(/\| ✖ \| .* \| \d+\/100 \| 2 \| 0 \|/);
    expect(summary).toContain('**2 errors** to fix before merging');
    expect(summary).toMatch(/<details><summary>Errors<\/summary>\n\n- line \d+: `` `services\[1\]` is "loyalty"/);
    expect(summary).not.toContain('`tone`');
  });

  it('shows the completeness suggestions', () => {
    const summary = renderPrSummary(library(changed), ['postmortems/2025/2025-03-01-checkout-deploy-again.mdx']);
    expect(summary).toMatch(/\*\*Completeness: \d+\/100\.\*\* What would raise it:\n\n- .*\(\+\d+\)/);
  });

  it('points at earlier incidents of the same root cause, the recurrence, and incidents on the same services', () => {
    const summary = renderPrSummary(library(earlier, unrelated, sameService, changed), ['postmortems/2025/2025-03-01-checkout-deploy-again.mdx']);
    const similar = summary.slice(summary.indexOf('**Similar incidents**'));
    expect(similar).toContain('⚠ **Recurring cause**: 2 incidents of `deploy-process` within 180 days (the threshold is 2); the fixes did not hold');
    expect(similar).toContain(
      '- Same root cause (`Deploy process`): `2025-01-10` `Checkout failed after a deploy` (`2025-01-10-checkout-deploy`), 1 of 1 action done by then',
    );
    expect(similar).toContain('- Same service (`checkout`): `2025-02-20` `Checkout config rejected cards` (`2025-02-20-checkout-config`)');
    expect(similar).not.toContain('2025-02-01-website-config');
  });

  it('says so when no write-up changed, and lists other library files', () => {
    const summary = renderPrSummary(library(earlier), ['postmortems/registry/services.yaml']);
    expect(summary).toContain('No write-ups are added or changed in this pull request.');
    expect(summary).toContain('- `postmortems/registry/services.yaml`');
  });
});

/** The summary as GitHub's Markdown (GFM) reads it: what would be rendered as what. */
function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The text GitHub would render as text (where it looks for mentions and addresses), code left out. */
function renderedText(tree: Root): string {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'html') texts.push(node.value);
  });
  return texts.join('\n');
}

describe('text from a write-up in the summary', () => {
  const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '![x](https://evil.example/)',
    '@acme/everyone',
    '``x`` and `y`',
    'a | b',
    'line\n# heading',
    '<details>',
  ].join(' ');
  const hostile: Incident = { ...changed, title: HOSTILE };
  const changedFile = 'postmortems/2025/2025-03-01-checkout-deploy-again.mdx';
  const hostileFile = 'postmortems/2025/`x`<img src=x onerror=alert(1)>|@acme/everyone\n# [x](https://evil.example/).png';
  const summary = renderPrSummary(libraryWith({ deployLabel: '@acme/everyone <b>[x](https://evil.example/)</b>' }, earlier, hostile), [changedFile, hostileFile]);
  const tree = parse(summary);

  it('is only ever code: no HTML, link, image, address, mention or heading of its own', () => {
    const rendered = renderedText(tree);
    for (const injected of ['<img', '<b>', 'javascript:', 'evil.example', '@acme', 'heading']) {
      expect(rendered, injected).not.toContain(injected);
    }
    const kinds = new Set<string>();
    visit(tree, (node) => void kinds.add(node.type));
    expect(kinds).not.toContain('link');
    expect(kinds).not.toContain('image');
    const html: string[] = [];
    visit(tree, 'html', (node) => void html.push(node.value));
    expect(html.every((value) => ['<details><summary>Errors</summary>', '</details>'].includes(value))).toBe(true);
    const headings: number[] = [];
    visit(tree, 'heading', (node) => void headings.push(node.depth));
    expect(headings).toEqual([2, 3, 3]);
  });

  const codeIn = (node: Root | RootContent) => {
    const values: string[] = [];
    visit(node, 'inlineCode', (code) => void values.push(code.value));
    return values;
  };

  it('shows the title as written, on one line, in the table and as the heading', () => {
    const flat = HOSTILE.replace('\n', ' ');
    const table = tree.children.find((node) => node.type === 'table')!;
    expect(table.children.map((row) => row.children.length)).toEqual([6, 6]);
    expect(codeIn(table.children[1]!.children[1]!)).toEqual([flat]);
    const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 3)!;
    expect(codeIn(heading)).toEqual([flat]);
  });

  it('shows a category label and a file name as written', () => {
    const code = codeIn(tree);
    expect(code).toContain('@acme/everyone <b>[x](https://evil.example/)</b>');
    expect(code).toContain('postmortems/2025/`x`<img src=x onerror=alert(1)>|@acme/everyone # [x](https://evil.example/).png');
    // A value that starts or ends with a backtick is set off by spaces, which CommonMark drops.
    expect(codeIn(parse(renderPrSummary(library(earlier), ['postmortems/`a`'])))).toContain('postmortems/`a`');
  });
});
