import { describe, expect, it } from 'vitest';
import { action, libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { LINES_PER_SLIDE, presentation } from './presentation';
import { quarterPages, quarterReportsOf } from './quarters';

const capacity = { summary: 'Load outgrew the system.', category: 'capacity-planning' };
const many = Array.from({ length: LINES_PER_SLIDE + 2 }, (_, index) =>
  writeUp(`2025-02-${String(index + 1).padStart(2, '0')}-x`, { rootCause: capacity, changes: index < 2 ? ['https://example.com/pull/1'] : [], actions: [action('leo', '2025-03-01')] }),
);
const library = libraryOf(
  [
    ...many,
    writeUp('2025-03-10-near', { nearMiss: true, learnings: ['A guard that stops the run is worth more than an alert.'] }),
    writeUp('2025-07-10-d', {}),
  ],
  '2025-08-01',
);
const context = { library, links: siteLinks('/') };
const reports = quarterReportsOf(context);
const pages = quarterPages(context, reports);
const deck = (quarter: string) => {
  const index = reports.findIndex((report) => report.quarter === quarter);
  return presentation(context, reports[index]!, pages[index]!);
};

describe('a quarter as slides', () => {
  it('covers the headline, hot causes, chains, who told us first, changes, the backlog, the incidents and the near misses, in that order', () => {
    const { slides, quarterPage } = deck('2025-Q1');
    expect(quarterPage).toBe('/quarters/2025-q1/');
    expect(slides.map((slide) => [slide.id, slide.kind, slide.part])).toEqual([
      ['slide-1', 'title', undefined],
      ['slide-2', 'figures', undefined],
      ['slide-3', 'causes', undefined],
      ['slide-4', 'chains', undefined],
      ['slide-5', 'detection', undefined],
      ['slide-6', 'changes', undefined],
      ['slide-7', 'backlog', undefined],
      ['slide-8', 'incidents', '1 of 2'],
      ['slide-9', 'incidents', '2 of 2'],
      ['slide-10', 'near-misses', undefined],
    ]);
  });

  it('runs a long list over several slides of at most the lines a room can read', () => {
    const incidents = deck('2025-Q1').slides.filter((slide) => slide.kind === 'incidents');
    expect(incidents.map((slide) => (slide.kind === 'incidents' ? slide.incidents.length : 0))).toEqual([LINES_PER_SLIDE, 3]);
  });

  it('shows the changes that set incidents off, and each near miss with what it taught', () => {
    const { slides } = deck('2025-Q1');
    const changes = slides.find((slide) => slide.kind === 'changes');
    expect(changes?.kind === 'changes' && changes.incidents.map((line) => line.href)).toEqual(['/incidents/2025-02-02-x/', '/incidents/2025-02-01-x/']);
    const nearMisses = slides.find((slide) => slide.kind === 'near-misses');
    expect(nearMisses?.kind === 'near-misses' && nearMisses.incidents.map((line) => line.learned)).toEqual(['A guard that stops the run is worth more than an alert.']);
  });

  it('says a quiet quarter is quiet instead of showing empty slides without a word', () => {
    const { slides } = deck('2025-Q2');
    const title = slides[0]!;
    expect(title.kind === 'title' && title.note).toBe('No incidents and no near misses: a quiet quarter.');
    expect(title.kind === 'title' && title.summary).toBe('0 incidents, 0 near misses reported, 0 recurring chains grew.');
    const incidents = slides.find((slide) => slide.kind === 'incidents');
    expect(incidents?.kind === 'incidents' && incidents.empty).toBe('No incidents and no near misses: a quiet quarter.');
    const detection = slides.find((slide) => slide.kind === 'detection');
    expect(detection?.kind === 'detection' && detection.empty).toBe('No incidents this quarter.');
  });
});
