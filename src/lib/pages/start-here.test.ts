import { describe, expect, it } from 'vitest';
import { smallLibrary } from '../test-fixtures';
import { siteLinks } from '../urls';
import { startHerePage } from './start-here';

const library = smallLibrary();
const context = { library, links: siteLinks('/docs/') };

describe('startHerePage', () => {
  it('reads the essential write-ups oldest first, each with why it matters', () => {
    expect(startHerePage(context).path.map((step) => [step.href, step.whyItMatters])).toEqual([
      ['/docs/incidents/2024-06-10-b/', 'A structural condition.'],
      ['/docs/incidents/2025-01-10-a/', 'Queues hide load.'],
    ]);
  });
});

describe('the glossary on the start-here page', () => {
  it('lists every term with its anchor, and the severity scale under severity', () => {
    const { glossary } = startHerePage(context);
    expect(glossary.find((entry) => entry.anchor === 'term-near-miss')?.term).toBe('Near miss');
    const severity = glossary.find((entry) => entry.anchor === 'term-severity')!;
    expect(severity.levels?.map((level) => level.id)).toEqual(library.settings.severities.map((level) => level.id));
    expect(glossary.filter((entry) => entry.levels)).toHaveLength(1);
  });
});
