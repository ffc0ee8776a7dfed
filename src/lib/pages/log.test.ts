import { describe, expect, it } from 'vitest';
import { action, libraryOf, smallLibrary, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { logPage } from './log';

const library = smallLibrary();
const context = { library, links: siteLinks('/docs/') };

describe('logPage', () => {
  it('summarises the log and links the downloads under the base path', () => {
    const page = logPage(context);
    expect(page.summary).toBe('3 incidents, 0 recurring-cause incidents, 1 overdue action as of 1 Apr 2025');
    expect(page.downloads).toEqual([
      { href: '/docs/incident-log.csv', text: 'incident-log.csv', note: 'opens in a spreadsheet' },
      { href: '/docs/incidents.json', text: 'incidents.json', note: 'for tools' },
    ]);
    expect(page.table.rows.map((row) => row.id)).toEqual(['2025-02-10-c', '2025-01-10-a', '2024-06-10-b']);
  });

  it('captions the table as built: every incident, newest first', () => {
    const { table } = logPage(context);
    expect(table.caption).toBe('3 incidents, newest first');
    expect(table.scope).toBe('');
    expect(table.filters.map((filter) => filter.label)).toEqual(['Recurring causes', 'With overdue actions', 'Near misses']);
    expect(table.empty).toEqual({ message: 'No incident matches these filters.', clear: 'Show every incident' });
  });

  it('explains each badge the table shows once, in the glossary\'s words', () => {
    const plain = logPage(context).table;
    expect(plain.legend.map((item) => item.term)).toEqual(['Severity', 'Actions done', 'Overdue']);
    expect(plain.legend.find((item) => item.term === 'Overdue')).toEqual({ term: 'Overdue', badge: 'overdue', meaning: 'still open after its due date' });
    expect(plain.glossary).toBe('/docs/start-here/#glossary');

    const flagged = libraryOf(
      [
        writeUp('2025-01-10-a', { nearMiss: true }),
        writeUp('2025-02-10-b', { actions: [action('leo', '2025-03-01')] }),
        writeUp('2025-03-10-c', {}),
        writeUp('2025-04-10-d', {}),
      ],
      '2025-05-01',
    );
    const table = logPage({ library: flagged, links: siteLinks('/') }).table;
    expect(table.rows.some((row) => row.recurring)).toBe(true);
    expect(table.badges).toEqual({ nearMiss: 'Near miss', recurring: 'Recurring cause' });
    expect(table.legend.slice(0, 2)).toEqual([
      { term: 'Near miss', badge: 'neutral', meaning: 'no customer impact, though there could have been' },
      { term: 'Recurring cause', badge: 'recurring', meaning: expect.stringMatching(/^\d+ or more incidents of one root cause within \d+ days$/) },
    ]);
  });
});
