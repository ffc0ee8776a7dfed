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
