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
  const source: LibrarySource = {
    settings: { path: 'postmortems/settings.yaml', text: 'recurrence: { threshold: 2, windowDays: 180 }\n' },
    registryDir: 'postmortems/registry',
    libraryDir: 'postmortems',
    registries: {
      people: { path: 'postmortems/registry/people.yaml', text: 'priya: { name: Priya Raman }\njonas: { name: Jonas Becker }\n' },
      teams: { path: 'postmortems/registry/teams.yaml', text: 'payments: { name: Payments }\n' },
      services: { path: 'postmortems/registry/services.yaml', text: 'checkout: { name: Checkout, team: payments }\nwebsite: { name: Website, team: payments }\n' },
      causes: { path: 'postmortems/registry/causes.yaml', text: 'deploy-process: { label: Deploy process }\nconfig-change: { label: Configuration change }\n' },
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
    expect(summary).toContain('| ✔ | Checkout \\| failed after a \\*deploy\\* again | SEV2 |');
    expect(summary).toMatch(/\| \d+\/100 \| 0 \| 0 \|/);
    expect(summary).toContain('### Checkout \\| failed after a \\*deploy\\* again');
    expect(summary).toContain('`postmortems/2025/2025-03-01-checkout-deploy-again.mdx` · SEV2 · deployment · 2025-03-01');
  });

  it('lists errors (folded) and warnings for the changed write-up only', () => {
    const broken = { ...changed, extra: ['related: [2024-01-01-no-such-write-up]'], services: ['checkout', 'loyalty'] };
    const withWarning = { ...earlier, extra: ['tone: calm'] };
    const summary = renderPrSummary(library(withWarning, broken), ['postmortems/2025/2025-03-01-checkout-deploy-again.mdx']);
    expect(summary).toMatch(/\| ✖ \| .* \| \d+\/100 \| 2 \| 0 \|/);
    expect(summary).toContain('**2 errors** to fix before merging');
    expect(summary).toMatch(/<details><summary>Errors<\/summary>\n\n- line \d+: `services\[1\]` is "loyalty"/);
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
    expect(similar).toContain('- Same root cause (Deploy process): 2025-01-10 Checkout failed after a deploy (`2025-01-10-checkout-deploy`), 1 of 1 action done by then');
    expect(similar).toContain('- Same service (`checkout`): 2025-02-20 Checkout config rejected cards (`2025-02-20-checkout-config`)');
    expect(similar).not.toContain('2025-02-01-website-config');
  });

  it('says so when no write-up changed, and lists other library files', () => {
    const summary = renderPrSummary(library(earlier), ['postmortems/registry/services.yaml']);
    expect(summary).toContain('No write-ups are added or changed in this pull request.');
    expect(summary).toContain('- `postmortems/registry/services.yaml`');
  });
});
