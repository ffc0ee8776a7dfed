import { describe, expect, it } from 'vitest';
import { describeChange, quarterReports } from './quarter-report';
import { recurringChains } from './recurrence/chains';
import { incidentsOf, SAMPLE_PEOPLE, TREND_SAMPLE_TODAY, trendSample, writeUp } from './test-fixtures';

describe('quarterReports', () => {
  const incidents = trendSample();
  const reports = quarterReports(incidents, {
    today: TREND_SAMPLE_TODAY,
    severeLevels: ['SEV1', 'SEV2'],
    threshold: 2,
    chains: recurringChains(incidents),
    people: SAMPLE_PEOPLE,
  });
  const [q4, q2Empty, q3, q1] = [reports[0], reports[2], reports[1], reports[3]];

  it('reports every quarter from the first incident\'s to the current one, quiet ones included, newest first', () => {
    expect(reports.map((report) => [report.quarter, report.previous, report.asOf, report.running, report.comparedAtDay])).toEqual([
      ['2025-Q4', '2025-Q3', '2025-10-01', true, 1],
      ['2025-Q3', '2025-Q2', '2025-09-30', false, undefined],
      ['2025-Q2', '2025-Q1', '2025-06-30', false, undefined],
      ['2025-Q1', '2024-Q4', '2025-03-31', false, undefined],
    ]);
    expect(q2Empty!.incidents).toEqual([]);
  });

  it('gives the first quarter\'s figures, with nothing before it to compare with', () => {
    const { headline } = q1!;
    expect(headline.incidents).toEqual({ now: 3, before: 0, comparison: { now: 3, usual: null, quarters: 0, verdict: 'no-history' } });
    expect(headline.nearMisses.now).toBe(0);
    // a is SEV2, b SEV1.
    expect(headline.severeIncidents.now).toBe(2);
    // Detect 30, 10, 90: median 30, p90 the third of three. Resolve 60, 120.
    expect(headline.timeToDetect).toEqual({ now: { median: 30, p90: 90, n: 3 }, before: null, comparison: { now: 30, usual: null, quarters: 0, verdict: 'no-history' } });
    expect(headline.timeToResolve.now).toEqual({ median: 90, p90: 120, n: 2 });
    // a's action, done 01-20.
    expect(headline.actionsDone.now).toBe(1);
    // Leo's action of b, due 03-01 and still open on 03-31.
    expect(headline.actionsOverdue).toEqual({ now: 1, before: 0, comparison: { now: 1, usual: null, quarters: 0, verdict: 'no-history' } });
  });

  it('counts only the quarter\'s own incidents and actions: a quiet quarter has nothing overdue of its own', () => {
    expect(q2Empty!.headline.incidents).toMatchObject({ now: 0, before: 3 });
    // Sofia's action of b, done 04-15, is work done in Q2.
    expect(q2Empty!.headline.actionsDone).toMatchObject({ now: 1, before: 1 });
    // Leo's action is overdue, but it is Q1's.
    expect(q2Empty!.headline.actionsOverdue).toMatchObject({ now: 0, before: 1 });
    expect(q2Empty!.overdueByOwner).toEqual([]);
  });

  it('compares with the usual level of the quarters before: one incident after 3 and 0 is too few to call', () => {
    expect(q3!.headline.incidents).toEqual({ now: 1, before: 0, comparison: { now: 1, usual: 1.5, quarters: 2, verdict: 'too-few' } });
    expect(q3!.headline.timeToDetect).toMatchObject({ now: { median: 20, p90: 20, n: 1 }, before: null });
    expect(q3!.headline.actionsDone).toMatchObject({ now: 1, before: 1 });
  });

  it('compares the current quarter with the same number of days into earlier quarters', () => {
    // Day 1 of Q4: d (07-05) is after day 1 of Q3, and Priya's action was done 07-10.
    expect(q4!.headline.incidents).toEqual({ now: 0, before: 0, comparison: { now: 0, usual: 0, quarters: 3, verdict: 'too-few' } });
    expect(q4!.headline.actionsDone).toMatchObject({ now: 0, before: 0 });
  });

  it('says who told us first and how many incidents started with a change, with the share\'s base', () => {
    expect(q1!.detection.shares).toEqual({ counts: { 'our-monitoring': 0, customers: 0, others: 0 }, recorded: 0, notRecorded: 3 });
    expect(q1!.detection.ownMonitoring).toEqual({ part: 0, whole: 0, before: { part: 0, whole: 0 }, comparison: undefined });
    expect(q1!.startedByChange).toEqual({ part: 0, whole: 3, before: { part: 0, whole: 0 }, comparison: { now: 0, usual: null, quarters: 0, verdict: 'no-history' } });
  });

  it('lists the quarter\'s incidents newest first and its hot categories (threshold 2)', () => {
    expect(q1!.incidents.map((incident) => incident.id)).toEqual(['2025-03-20-c', '2025-02-15-b', '2025-01-10-a']);
    expect(q1!.hotCategories).toEqual([{ category: 'capacity-planning', incidents: 2 }]);
    expect(q3!.hotCategories).toEqual([]);
  });

  it('names the recurring chains that grew in the quarter, with the incidents added', () => {
    expect(q1!.chainsGrown).toEqual([]);
    expect(q3!.chainsGrown.map((grown) => [grown.chain.id, grown.added.map((incident) => incident.id)])).toEqual([
      ['capacity-planning:2025-01-10-a', ['2025-07-05-d']],
    ]);
  });

  it('lists the quarter\'s own actions overdue at its end by owner, and what of them is still open today', () => {
    expect(q1!.overdueByOwner.map((owner) => [owner.name, owner.actions.map((item) => item.incident.id)])).toEqual([['Leo Martin', ['2025-02-15-b']]]);
    // Leo's action, due 03-01, is 214 days overdue on 10-01; the registry gives him no team.
    expect(q1!.backlog).toEqual([{ team: null, open: 1, ages: { 'not-yet-due': 0, 'overdue-under-30': 0, 'overdue-30-to-90': 0, 'overdue-over-90': 1 }, oldestOverdueDue: '2025-03-01' }]);
    // b's review was due on its date, 02-15: 228 days before 10-01.
    expect(q1!.overdueReviews).toEqual([{ incidentId: '2025-02-15-b', due: '2025-02-15', daysOverdue: 228, openActions: 1 }]);
  });

  it('is empty for an empty library', () => {
    expect(quarterReports([], { today: TREND_SAMPLE_TODAY, severeLevels: [], threshold: 3, chains: [], people: SAMPLE_PEOPLE })).toEqual([]);
  });
});

describe('near misses in a quarter', () => {
  it('are counted apart from incidents, and neither counted severe', () => {
    const incidents = incidentsOf(
      [writeUp('2025-01-10-a', { nearMiss: true, severity: 'SEV1', detection: 'monitoring' }), writeUp('2025-01-11-b', { severity: 'SEV1', detection: 'customer', changes: ['https://example.com/pull/1'] })],
      '2025-03-01',
    );
    const [report] = quarterReports(incidents, { today: '2025-03-01', severeLevels: ['SEV1'], threshold: 3, chains: [], people: SAMPLE_PEOPLE });
    expect([report!.headline.incidents.now, report!.headline.nearMisses.now, report!.headline.severeIncidents.now]).toEqual([1, 1, 1]);
    expect(report!.nearMisses.map((incident) => incident.id)).toEqual(['2025-01-10-a']);
    expect(report!.detection.ownMonitoring).toMatchObject({ part: 1, whole: 2 });
    expect(report!.startedByChange).toMatchObject({ part: 1, whole: 2 });
  });
});

describe('describeChange', () => {
  const count = { format: String, previousLabel: 'Q2 2025' };

  it('says up or down from the previous figure, and whether that is good news', () => {
    expect(describeChange({ now: 3, before: 1 }, { ...count, better: 'lower' })).toEqual({ direction: 'up', tone: 'worse', text: 'up from 1 in Q2 2025' });
    expect(describeChange({ now: 1, before: 3 }, { ...count, better: 'lower' })).toEqual({ direction: 'down', tone: 'better', text: 'down from 3 in Q2 2025' });
    expect(describeChange({ now: 4, before: 2 }, { ...count, better: 'higher' })).toEqual({ direction: 'up', tone: 'better', text: 'up from 2 in Q2 2025' });
  });

  it('says "same as" when the figures read the same', () => {
    expect(describeChange({ now: 45.2, before: 45 }, { format: (value) => `${Math.round(value)} min`, previousLabel: 'Q2 2025', better: 'lower' })).toEqual({
      direction: 'same',
      tone: 'neutral',
      text: 'same as Q2 2025',
    });
  });

  it('never calls a rise good or bad news for a figure where neither way is (near misses reported)', () => {
    expect(describeChange({ now: 2, before: 0 }, { ...count, better: 'neither' })).toEqual({ direction: 'up', tone: 'neutral', text: 'up from 0 in Q2 2025' });
  });

  it('makes no comparison when either quarter has no figure', () => {
    expect(describeChange({ now: 20, before: null }, { ...count, better: 'lower' })).toEqual({ direction: 'unknown', tone: 'neutral', text: 'no figure for Q2 2025' });
    expect(describeChange({ now: null, before: 30 }, { ...count, better: 'lower' })).toEqual({ direction: 'unknown', tone: 'neutral', text: '30 in Q2 2025' });
  });
});
