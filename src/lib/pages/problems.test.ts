import { describe, expect, it } from 'vitest';
import { problemsPage } from './problems';

describe('problemsPage', () => {
  it('lists errors before warnings, each with its place in the file', () => {
    const page = problemsPage({
      id: '2025-01-10-a',
      filePath: 'postmortems/2025/2025-01-10-a.mdx',
      data: {
        title: 'A title',
        problems: [
          { file: 'postmortems/2025/2025-01-10-a.mdx', line: 3, column: 1, severity: 'warning', rule: 'few-whys', message: 'Few whys.' },
          { file: 'postmortems/2025/2025-01-10-a.mdx', line: 9, column: 4, severity: 'error', rule: 'unknown-id', message: 'No such service.' },
        ],
      },
    });
    expect(page).toEqual({
      title: 'A title',
      file: 'postmortems/2025/2025-01-10-a.mdx',
      errorCount: '1 error',
      errors: [{ place: 'postmortems/2025/2025-01-10-a.mdx:9:4', message: 'No such service.', rule: 'unknown-id' }],
      warnings: [{ place: 'postmortems/2025/2025-01-10-a.mdx:3:1', message: 'Few whys.', rule: 'few-whys' }],
    });
  });
});
