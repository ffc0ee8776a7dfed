import { describe, expect, it } from 'vitest';
import { action, libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { quarterPages, quarterReportsOf, quartersIndex } from './quarters';

const capacity = { summary: 'Load outgrew the system.', category: 'capacity-planning' };
const library = libraryOf(
  [
    writeUp('2025-01-10-a', { rootCause: capacity, severity: 'SEV1', detection: 'customer', actions: [action('priya', '2025-02-01', 'done', '2025-02-01')] }, { detect: 30, resolve: 60 }),
    writeUp('2025-02-10-b', { rootCause: capacity, severity: 'SEV3', detection: 'monitoring', changes: ['https://example.com/pull/1'], actions: [action('leo', '2025-03-01')] }, { detect: 10 }),
    writeUp('2025-03-10-c', { rootCause: capacity, severity: 'SEV2' }),
    writeUp('2025-07-10-d', { nearMiss: true, detection: 'monitoring' }),
  ],
  '2025-08-01',
);
const context = { library, links: siteLinks('/') };
const reports = quarterReportsOf(context);

describe('quartersIndex', () => {
  it('lists every quarter from the first incident to today, quiet ones too, newest first, with near misses apart', () => {
    const index = quartersIndex(context, reports);
    expect(index.severeLabel).toBe('SEV1–SEV2');
    expect(index.rows.map((row) => [row.quarter.text, row.running, row.incidents, row.nearMisses, row.severe, row.medianTimeToDetect, row.actionsOverdue, row.causes])).toEqual([
      ['Q3 2025', true, 0, 1, 0, '—', 0, undefined],
      ['Q2 2025', false, 0, 0, 0, '—', 0, undefined],
      ['Q1 2025', false, 3, 0, 2, '20 min', 1, 'Capacity'],
    ]);
    expect(index.present).toEqual({ href: '/quarters/2025-q3/present/', text: 'Present Q3 2025 so far' });
  });
});

describe('quarterPages', () => {
  const [q3, q2, q1] = quarterPages(context, reports);

  it('compares each figure with the quarter before and with the usual level, saying which way is good news', () => {
    const incidents = q1!.figures.find((figure) => figure.id === 'incidents')!;
    expect(incidents).toMatchObject({ value: '3', n: undefined, change: { direction: 'up', tone: 'worse', text: 'up from 0 in Q4 2024' } });
    expect(incidents.usual.text).toBe('no usual level yet (under 2 quarters before)');
    expect(q1!.figures.find((figure) => figure.id === 'time-to-detect')).toMatchObject({ value: '20 min', n: 'n = 2' });
    expect(q1!.figures.find((figure) => figure.id === 'actions-done')!.change.tone).toBe('better');
    expect(q1!.figures.map((figure) => figure.label)).toContain('SEV1–SEV2 incidents');
  });

  it('never shows more near misses reported as bad news', () => {
    const nearMisses = q3!.figures.find((figure) => figure.id === 'near-misses')!;
    expect(nearMisses.change).toEqual({ direction: 'up', tone: 'neutral', text: 'up from 0 in Q2 2025 at this point' });
    expect(q3!.nearMisses.sentence).toBe('1 near miss reported: a failure we learned from without customer impact. More of them reported means people are looking.');
    expect(q3!.nearMisses.items.map((item) => item.href)).toEqual(['/incidents/2025-07-10-d/']);
  });

  it('marks the current quarter so far, compared at the same point of earlier quarters', () => {
    expect(q3!.kicker).toBe('Quarterly review · 1 Jul 2025 – 30 Sep 2025 (so far, as of 1 Aug 2025)');
    expect(q3!.comparedNote).toBe('The quarter is still running: counts are compared with the first 32 days of earlier quarters, medians with whole quarters.');
    expect(q3!.figures.at(-1)!.label).toBe('Its actions overdue now');
    expect(q1!.comparedNote).toBeUndefined();
  });

  it('gives a quiet quarter its page, saying so, linked from both sides', () => {
    expect(q2!.quiet).toBe('No incidents and no near misses: a quiet quarter.');
    expect(q2!.backlog.empty).toBe('Q2 2025 had no incidents, so no actions of its own.');
    expect(q3!.nav.older).toEqual({ href: '/quarters/2025-q2/', text: 'Q2 2025' });
    expect(q1!.nav.newer).toEqual({ href: '/quarters/2025-q2/', text: 'Q2 2025' });
    expect(q1!.nav.csv).toEqual({ href: '/quarters/2025-q1.csv', text: "Q1 2025's incidents as CSV" });
    expect(q1!.nav.present).toBe('/quarters/2025-q1/present/');
  });

  it('says who told us first and how many incidents started with a change, with the base of each share', () => {
    expect(q1!.whoToldUs.caption).toBe('Of the 2 incidents and near misses that say how they were detected (1 does not say).');
    expect(q3!.whoToldUs.caption).toBe('Of the 1 incident or near miss that says how it was detected.');
    expect(q1!.whoToldUs.groups).toEqual([
      { label: 'Our monitoring', count: 1, share: '50%' },
      { label: 'Customers', count: 1, share: '50%' },
      { label: 'Colleagues, vendors and reviews', count: 0, share: '0%' },
    ]);
    expect(q1!.whoToldUs.timeToDetect[1]).toEqual({ label: 'Customers', median: '30 min', p90: '30 min', n: 1 });
    expect(q1!.changes?.sentence).toBe("1 of 3 (33%) of the quarter's incidents and near misses started with a change: a pull request, deploy or configuration change their write-up links.");
    expect(q2!.changes).toBeUndefined();
  });

  it('names the hot causes and the chains that grew, with their verdicts', () => {
    expect(q1!.hotCauses).toEqual([{ cause: 'Capacity', incidents: '3 incidents' }]);
    expect(q1!.grownChains).toEqual([{ cause: 'Capacity', inChain: '3 incidents', thisQuarter: 3, anchor: 'chain-capacity-planning-2025-01-10-a' }]);
    expect(q1!.fixes[0]!.verdicts.map((verdict) => verdict.sentence)).toEqual(['The actions from last time are not done yet.']);
  });

  it('gives the backlog of its own actions by team with age, and its overdue reviews', () => {
    // Leo's action, due 1 Mar, is 5 months overdue on 1 Aug; the sample registry gives him no team.
    expect(q1!.backlog.rows).toEqual([{ team: 'No team in the registry', open: 1, ages: [0, 0, 0, 1], oldest: '5 months' }]);
    expect(q1!.backlog.columns).toEqual(['Not yet due', 'Overdue under 30 days', 'Overdue 30–90 days', 'Overdue over 90 days']);
    expect(q1!.backlog.reviews).toEqual([{ incident: { href: '/incidents/2025-02-10-b/', text: 'Incident 2025-02-10-b' }, due: '10 Feb 2025', overdueFor: '5 months', openActions: 1 }]);
  });

  it('captions the quarter\'s incidents with the quarter', () => {
    expect(q1!.incidents.caption).toBe('3 incidents in Q1 2025, newest first');
    expect(q1!.incidents.scope).toBe('in Q1 2025');
  });

  it('lists its own actions overdue at the quarter\'s end, by owner', () => {
    expect(q1!.overdue.heading).toBe('Its actions overdue at the end of Q1 2025, by owner');
    expect(q1!.overdue.owners.map((owner) => [owner.name, owner.counts])).toEqual([['Leo Martin', '1 action, 1 open, 1 overdue']]);
    expect(q3!.overdue.empty).toBe('No action from Q3 2025\'s incidents was overdue on 1 Aug 2025.');
  });
});
