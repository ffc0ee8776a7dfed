import { describe, expect, it } from 'vitest';
import { action, libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { quarterPages, quarterReportsOf, quartersIndex } from './quarters';

const capacity = { summary: 'Load outgrew the system.', category: 'capacity-planning' };
const library = libraryOf(
  [
    writeUp('2025-01-10-a', { rootCause: capacity, severity: 'SEV1', actions: [action('priya', '2025-02-01', 'done', '2025-02-01')] }, { detect: 30, resolve: 60 }),
    writeUp('2025-02-10-b', { rootCause: capacity, severity: 'SEV3', actions: [action('leo', '2025-03-01')] }, { detect: 10 }),
    writeUp('2025-03-10-c', { rootCause: capacity, severity: 'SEV2' }),
    writeUp('2025-07-10-d', {}),
  ],
  '2025-08-01',
);
const context = { library, links: siteLinks('/') };
const reports = quarterReportsOf(context);

describe('quartersIndex', () => {
  it('lists the quarters with incidents, newest first, with their figures and hot causes', () => {
    const index = quartersIndex(context, reports);
    expect(index.severeLabel).toBe('SEV1–SEV2');
    expect(index.rows.map((row) => [row.quarter.text, row.incidents, row.severe, row.medianTimeToDetect, row.causes])).toEqual([
      ['Q3 2025', 1, 0, '—', undefined],
      ['Q1 2025', 3, 2, '20 min', 'Capacity'],
    ]);
  });
});

describe('quarterPages', () => {
  const [q3, q1] = quarterPages(context, reports);

  it('compares each figure with the quarter before, saying which way is good news', () => {
    const incidents = q1!.figures.find((figure) => figure.label === 'Incidents')!;
    expect(incidents).toMatchObject({ value: '3', change: { direction: 'up', tone: 'worse', text: 'up from 0 in Q4 2024' } });
    expect(q1!.figures.find((figure) => figure.label === 'Actions done')!.change.tone).toBe('better');
    expect(q1!.figures.map((figure) => figure.label)).toContain('SEV1–SEV2 incidents');
  });

  it('marks the quarter still running, and links the older and newer quarters with incidents', () => {
    expect(q3!.kicker).toBe('Quarterly review · 1 Jul 2025 – 30 Sep 2025 (so far, as of 1 Aug 2025)');
    expect(q3!.figures.at(-1)!.label).toBe('Actions overdue now');
    expect(q3!.nav.older).toEqual({ href: '/quarters/2025-q1/', text: 'Q1 2025' });
    expect(q1!.nav.newer).toEqual({ href: '/quarters/2025-q3/', text: 'Q3 2025' });
    expect(q1!.nav.csv).toEqual({ href: '/quarters/2025-q1.csv', text: 'Q1 2025 as CSV' });
  });

  it('names the hot causes and the chains that grew, with their verdicts', () => {
    expect(q1!.hotCauses).toEqual([{ cause: 'Capacity', incidents: '3 incidents' }]);
    expect(q1!.grownChains).toEqual([{ cause: 'Capacity', inChain: '3 incidents', thisQuarter: 3, anchor: 'chain-capacity-planning-2025-01-10-a' }]);
    expect(q1!.fixes[0]!.verdicts.map((verdict) => verdict.sentence)).toEqual(['The actions from last time are not done yet.']);
  });

  it('lists what was overdue at the quarter\'s end, by owner', () => {
    expect(q1!.overdue.heading).toBe('Actions overdue at the end of Q1 2025, by owner');
    expect(q1!.overdue.owners.map((owner) => [owner.name, owner.counts])).toEqual([['Leo Martin', '1 action, 1 open, 1 overdue']]);
    expect(q3!.overdue.note).toContain('Status as of 1 Aug 2025');
  });
});
