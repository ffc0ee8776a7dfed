import { describe, expect, it } from 'vitest';
import { smallLibrary } from '../test-fixtures';
import { siteLinks } from '../urls';
import { logPage } from './log';

const library = smallLibrary();
const context = { library, links: siteLinks('/docs/') };

describe('logPage', () => {
  it('summarises the log and links the exports under the base path', () => {
    const page = logPage(context);
    expect(page.summary).toBe('3 incidents, 0 recurring-cause incidents, 1 overdue action as of 1 Apr 2025');
    expect(page.exports).toEqual({ csv: '/docs/incident-log.csv', json: '/docs/incidents.json' });
    expect(page.rows.map((row) => row.id)).toEqual(['2025-02-10-c', '2025-01-10-a', '2024-06-10-b']);
  });
});
