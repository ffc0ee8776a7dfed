import { describe, expect, it } from 'vitest';
import type { Incident } from './incident-log';
import { archivePicks, onThisDay, readingPath } from './reading';

const incident = (id: string, date: string, extra: { essential?: boolean; learnings?: string[] } = {}) =>
  ({ id, data: { date, essential: extra.essential ?? false, learnings: extra.learnings ?? ['A lesson.'] } }) as unknown as Incident;

const log = [
  incident('2026-11-22-today', '2026-11-22'),
  incident('2025-11-22-last-year', '2025-11-22', { essential: true }),
  incident('2025-06-01-june', '2025-06-01', { learnings: [] }),
  incident('2024-11-22-two-years', '2024-11-22'),
  incident('2024-02-29-leap', '2024-02-29', { essential: true }),
];

describe('readingPath', () => {
  it('lists the essential write-ups oldest first', () => {
    expect(readingPath(log).map((i) => i.id)).toEqual(['2024-02-29-leap', '2025-11-22-last-year']);
  });
});

describe('onThisDay', () => {
  it('finds the same calendar day in earlier years only', () => {
    expect(onThisDay(log, '2026-11-22').map((i) => i.id)).toEqual(['2025-11-22-last-year', '2024-11-22-two-years']);
    expect(onThisDay(log, '2026-11-23')).toEqual([]);
  });
});

describe('archivePicks', () => {
  it('picks write-ups more than a year old that have learnings, the same way for the same day', () => {
    const picks = archivePicks(log, '2026-11-22', 3).map((i) => i.id);
    expect([...picks].sort()).toEqual(['2024-02-29-leap', '2024-11-22-two-years', '2025-11-22-last-year']);
    expect(archivePicks(log, '2026-11-22', 3).map((i) => i.id)).toEqual(picks);
  });

  it('leaves out write-ups from the last year and those without learnings', () => {
    const ids = archivePicks(log, '2026-11-22', 10).map((i) => i.id);
    expect(ids).not.toContain('2026-11-22-today');
    expect(ids).not.toContain('2025-06-01-june');
  });

  it('changes the order from one day to another', () => {
    const many = Array.from({ length: 20 }, (_, i) => incident(`2020-01-${String(i + 1).padStart(2, '0')}-x`, `2020-01-${String(i + 1).padStart(2, '0')}`));
    expect(archivePicks(many, '2026-11-22').map((i) => i.id)).not.toEqual(archivePicks(many, '2026-11-23').map((i) => i.id));
  });
});
