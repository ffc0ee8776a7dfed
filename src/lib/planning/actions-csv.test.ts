import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { action, incidentsOf, writeUp } from '../test-fixtures';
import { ACTIONS_CSV_COLUMNS, actionsCsv } from './actions-csv';

describe('actionsCsv', () => {
  it('writes every action with its owner\'s team, and for open ones how long overdue and the age bucket', () => {
    const incidents = incidentsOf(
      [
        writeUp('2025-01-10-a', {
          actions: [
            { ...action('priya', '2025-02-01'), horizon: 'long-term', ticket: 'https://tracker.example.com/OPS-1' },
            action('leo', '2025-01-20', 'done', '2025-01-25'),
            action('sam', '2025-04-01', 'dropped'),
          ],
        }),
      ],
      '2025-03-03',
    );
    const [header, ...rows] = parseCsv(actionsCsv(incidents, (owner) => (owner === 'priya' ? 'payments' : undefined), '2025-03-03'));
    expect(header).toEqual([...ACTIONS_CSV_COLUMNS]);
    expect(rows).toEqual([
      ['2025-01-10-a', '2025-01-10', 'Action for priya due 2025-02-01', 'priya', 'payments', '2025-02-01', 'open', '', 'long-term', 'https://tracker.example.com/OPS-1', 'true', '30', 'overdue-30-to-90'],
      ['2025-01-10-a', '2025-01-10', 'Action for leo due 2025-01-20', 'leo', '', '2025-01-20', 'done', '2025-01-25', '', '', 'false', '', ''],
      ['2025-01-10-a', '2025-01-10', 'Action for sam due 2025-04-01', 'sam', '', '2025-04-01', 'dropped', '', '', '', 'false', '', ''],
    ]);
  });
});
