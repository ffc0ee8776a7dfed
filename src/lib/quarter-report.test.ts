import { describe, expect, it } from 'vitest';
import { describeChange, overdueQuarters, quarterReports } from './quarter-report';
import { recurringChains } from './recurrence/chains';
import { action, SAMPLE_PEOPLE, TREND_SAMPLE_TODAY, trendSample } from './test-fixtures';

describe('overdueQuarters', () => {
  const asOf = ['2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30'];

  it('runs from the first quarter end after the due date to the last, for an open action', () => {
    expect(overdueQuarters(action('leo', '2025-03-01'), asOf)).toEqual([1, 4]);
  });

  it('stops at the first quarter end on or after completion for an action done late', () => {
    // Open on 03-31 and 06-30 (done 07-01), done by 09-30.
    expect(overdueQuarters(action('leo', '2025-03-01', 'done', '2025-07-01'), asOf)).toEqual([1, 3]);
  });

  it('is not overdue on its due day, nor on the day it was done', () => {
    expect(overdueQuarters(action('leo', '2025-03-31'), asOf)).toEqual([2, 4]);
    expect(overdueQuarters(action('leo', '2025-01-01', 'done', '2025-03-31'), asOf)).toEqual([1, 1]);
  });

  it('never counts a dropped action', () => {
    expect(overdueQuarters(action('leo', '2024-11-01', 'dropped'), asOf)).toEqual([0, 0]);
  });
});

describe('quarterReports', () => {
  const incidents = trendSample();
  const reports = quarterReports(incidents, {
    today: TREND_SAMPLE_TODAY,
    severeLevels: ['SEV1', 'SEV2'],
    threshold: 2,
    chains: recurringChains(incidents),
    people: SAMPLE_PEOPLE,
  });
  const [q3, q1] = reports;

  it('reports the quarters with incidents, newest first, each against the calendar quarter before', () => {
    expect(reports.map((report) => [report.quarter, report.previous, report.asOf])).toEqual([
      ['2025-Q3', '2025-Q2', '2025-09-30'],
      ['2025-Q1', '2024-Q4', '2025-03-31'],
    ]);
  });

  it('gives the headline figures of the first quarter against an empty one', () => {
    expect(q1!.headline).toEqual({
      incidents: { now: 3, before: 0 },
      // a is SEV2, b SEV1.
      severeIncidents: { now: 2, before: 0 },
      // 10, 30, 90 and 60, 120.
      medianTimeToDetect: { now: 30, before: null },
      medianTimeToResolve: { now: 90, before: null },
      // a's action, done 01-20.
      actionsDone: { now: 1, before: 0 },
      // Leo's action, due 03-01 and still open on 03-31.
      actionsOverdue: { now: 1, before: 0 },
    });
  });

  it('compares a later quarter with the quarter before, even one without incidents', () => {
    expect(q3!.headline).toEqual({
      incidents: { now: 1, before: 0 },
      severeIncidents: { now: 0, before: 0 },
      medianTimeToDetect: { now: 20, before: null },
      medianTimeToResolve: { now: 40, before: null },
      // d's done on 07-10; in Q2, b's done on 04-15.
      actionsDone: { now: 1, before: 1 },
      // Leo's action is still open at both quarter ends.
      actionsOverdue: { now: 1, before: 1 },
    });
  });

  it('lists the quarter’s incidents newest first and its hot categories (threshold 2)', () => {
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

  it('lists the actions overdue at the quarter’s end by owner', () => {
    expect(q1!.overdueByOwner.map((owner) => [owner.name, owner.actions.map((item) => item.incident.id)])).toEqual([['Leo Martin', ['2025-02-15-b']]]);
  });

  it('is empty for an empty library', () => {
    expect(quarterReports([], { today: TREND_SAMPLE_TODAY, severeLevels: [], threshold: 3, chains: [], people: SAMPLE_PEOPLE })).toEqual([]);
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

  it('makes no comparison when either quarter has no figure', () => {
    expect(describeChange({ now: 20, before: null }, { ...count, better: 'lower' })).toEqual({ direction: 'unknown', tone: 'neutral', text: 'no figure for Q2 2025' });
    expect(describeChange({ now: null, before: 30 }, { ...count, better: 'lower' })).toEqual({ direction: 'unknown', tone: 'neutral', text: '30 in Q2 2025' });
  });
});
