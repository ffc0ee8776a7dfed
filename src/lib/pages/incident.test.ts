import { describe, expect, it } from 'vitest';
import { action, libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { connectedIncidents, incidentPage, NARRATIVE_SECTION, NO_CUSTOMER_IMPACT, tableOfContents } from './incident';

const capacity = { summary: 'Load outgrew the system.', category: 'capacity-planning' };
const library = libraryOf(
  [
    writeUp('2025-01-10-a', { rootCause: capacity, title: 'First capacity incident', actions: [action('priya', '2025-02-20', 'done', '2025-02-15')] }),
    writeUp('2025-02-10-b', { rootCause: capacity, title: 'Second capacity incident', actions: [action('leo', '2025-03-20')] }),
    writeUp(
      '2025-03-10-c',
      {
        rootCause: capacity,
        title: 'Third capacity incident',
        services: ['checkout', 'website'],
        tags: ['load'],
        related: ['2025-01-10-a', '2024-01-01-not-published'],
        contributingFactors: [{ kind: 'process', factor: 'No load test.' }, { kind: 'technical', factor: 'No autoscaling.' }],
        facilitator: 'sofia',
        timeline: [
          { at: '2025-03-10T09:00:00Z', kind: 'impact', what: 'Checkout slowed' },
          { at: '2025-03-10T09:30:00Z', kind: 'detected', what: 'Alert', information: 'Latency alert only' },
          { at: '2025-03-11T10:00:00Z', kind: 'resolved', what: 'Scaled up' },
        ],
        actions: [action('hannah', '2025-03-01', 'open')],
      },
    ),
  ],
  '2025-04-01',
  { similar: new Map([['2025-03-10-c', [{ id: '2025-02-10-b', score: 0.5, reasons: ['same root cause', 'similar wording'] }]]]) },
);
const page = incidentPage({ library, links: siteLinks('/') }, library.byId.get('2025-03-10-c')!);

describe('incidentPage', () => {
  it('resolves names and links of the services, tags and root cause', () => {
    expect(page.services).toEqual([{ href: '/services/checkout/', text: 'Checkout' }, { href: '/services/website/', text: 'Website' }]);
    expect(page.tags).toEqual([{ href: '/tags/load/', text: 'load' }]);
    expect(page.rootCause.category).toEqual({ href: '/causes/capacity-planning/', text: 'Capacity' });
  });

  it('gives the recurring flag the contract\'s verdict', () => {
    expect(page.recurring).toEqual({ chain: 'One of 3 incidents with this root cause within 180 days', fixesHeld: 'the actions from last time are not done yet' });
    expect(incidentPage({ library, links: siteLinks('/') }, library.byId.get('2025-01-10-a')!).recurring).toBeUndefined();
  });

  it('lays out the figures with the glossary\'s help, and the timeline in the library\'s time zone, the day shown once per day', () => {
    expect(page.figures.map((figure) => [figure.label, figure.help])).toEqual([
      ['Time to impact', 'first trigger to first impact'],
      ['Time to detect', 'first impact to detection'],
      ['Time to mitigate', 'detection to mitigation'],
      ['Time to resolve', 'detection to resolution'],
      ['Impact duration', 'first impact to resolution'],
    ]);
    expect(page.figures[1]).toMatchObject({ value: { short: '30 min', long: '30 minutes', iso: 'PT30M' }, note: undefined });
    expect(page.timeline.rows.map((row) => row.day)).toEqual(['Mon 10 Mar 2025', undefined, 'Tue 11 Mar 2025']);
    expect(page.timeline.caption).toBe('Times are UTC time.');
  });

  it('says which end of a figure the timeline lacks, never a bare "not known"', () => {
    expect(page.figures[0]).toMatchObject({ value: undefined, note: 'Not known: no trigger in the timeline' });
    expect(page.figures[2]).toMatchObject({ value: undefined, note: 'Not known: no mitigation in the timeline' });
    expect(page.duration).toMatchObject({ label: 'Impact duration', value: { short: '1 d 1 h' }, note: undefined });
  });

  it('says a near miss had no customer impact wherever a figure about impact has no value', () => {
    const nearMissLibrary = libraryOf(
      [
        writeUp('2026-07-14-near', {
          nearMiss: true,
          detection: 'internal-report',
          timeline: [
            { at: '2026-07-10T09:00:00Z', kind: 'trigger', what: 'Card replaced' },
            { at: '2026-07-14T09:40:00Z', kind: 'detected', what: 'Failed renewal found' },
            { at: '2026-07-14T10:30:00Z', kind: 'resolved', what: 'Renewed' },
          ],
        }),
      ],
      '2026-08-01',
    );
    const nearMiss = incidentPage({ library: nearMissLibrary, links: siteLinks('/') }, nearMissLibrary.byId.get('2026-07-14-near')!);
    expect(nearMiss.figures.map((figure) => [figure.label, figure.value?.short ?? figure.note])).toEqual([
      ['Time to impact', NO_CUSTOMER_IMPACT],
      ['Time to detect', NO_CUSTOMER_IMPACT],
      ['Time to mitigate', 'Not known: no mitigation in the timeline'],
      ['Time to resolve', '50 min'],
      ['Impact duration', NO_CUSTOMER_IMPACT],
    ]);
    expect(nearMiss.duration).toMatchObject({ value: undefined, note: 'No customer impact' });
  });

  it('names who told us first when the write-up says, in the product\'s words', () => {
    expect(page.detection).toBeUndefined();
    const told = libraryOf([writeUp('2026-07-14-told', { detection: 'third-party' })], '2026-08-01');
    expect(incidentPage({ library: told, links: siteLinks('/') }, told.byId.get('2026-07-14-told')!).detection).toBe('A vendor');
  });

  it('says a detection before the impact began is one', () => {
    const early = libraryOf(
      [
        writeUp('2026-07-14-early', {
          timeline: [
            { at: '2026-07-14T09:00:00Z', kind: 'detected', what: 'Alert' },
            { at: '2026-07-14T09:20:00Z', kind: 'impact', what: 'Some orders failed' },
          ],
        }),
      ],
      '2026-08-01',
    );
    expect(incidentPage({ library: early, links: siteLinks('/') }, early.byId.get('2026-07-14-early')!).figures[1]).toMatchObject({ value: { short: '\u221220 min' }, note: 'Detected before the impact began' });
  });

  it('groups the factors in the format\'s order, and says the follow-up is past with actions open', () => {
    expect(page.factors).toEqual([{ title: 'Technical', items: ['No autoscaling.'] }, { title: 'Process', items: ['No load test.'] }]);
    expect(page.followUp).toMatchObject({ overdue: true, note: ' — past, with 1 action still open.' });
    expect(page.actions[0]).toMatchObject({ owner: 'Hannah Schultz', overdue: true });
  });

  it('lists each earlier, related and similar incident once, with every reason and the state of its actions then', () => {
    expect(page.connected).toEqual([
      {
        incident: { href: '/incidents/2025-02-10-b/', text: 'Second capacity incident' },
        date: { iso: '2025-02-10', label: '10 Feb 2025' },
        reasons: ['Same root cause, within 180 days', 'Similar: similar wording'],
        actions: 'Its one action still open at the time of this incident.',
        openThen: true,
      },
      {
        incident: { href: '/incidents/2025-01-10-a/', text: 'First capacity incident' },
        date: { iso: '2025-01-10', label: '10 Jan 2025' },
        reasons: ['Same root cause, within 180 days', 'Named as related by the authors'],
        actions: 'Its one action done by then.',
        openThen: false,
      },
    ]);
    expect(page.connectedMore).toBeUndefined();
  });

  it('annotates the page for search with every facet, the sort keys and the result fields', () => {
    expect(page.search.filters).toContainEqual({ facet: 'team', value: 'Customer apps squad' });
    expect(page.search.filters).toContainEqual({ facet: 'recurring', value: 'Yes' });
    expect(page.search.sortSeverity).toBe('02');
    expect(page.search.meta).toContainEqual({ key: 'date', value: '2025-03-10' });
  });

  it('names the people of the review', () => {
    expect(page.people).toEqual([
      { label: 'Author', names: 'Priya Raman' },
      { label: 'Facilitator', names: 'Sofia Lindqvist' },
    ]);
  });

  it('marks noticed and missed signals apart from the milestones and the steps, with a legend for the signals it has', () => {
    const signals = libraryOf(
      [
        writeUp('2026-07-14-signals', {
          timeline: [
            { at: '2026-07-10T09:00:00Z', kind: 'trigger', what: 'Card replaced' },
            { at: '2026-07-12T09:00:00Z', kind: 'signal', what: 'Alert raised' },
            { at: '2026-07-13T09:00:00Z', kind: 'missed-signal', what: 'Notice went unread' },
            { at: '2026-07-14T09:40:00Z', kind: 'action', what: 'Renewed by hand' },
          ],
        }),
      ],
      '2026-08-01',
    );
    const view = incidentPage({ library: signals, links: siteLinks('/') }, signals.byId.get('2026-07-14-signals')!).timeline;
    expect(view.rows.map((row) => row.mark)).toEqual(['milestone', 'noticed', 'missed', 'step']);
    expect(view.legend).toEqual([
      { mark: 'noticed', label: 'Signal noticed', help: 'seen at the time' },
      { mark: 'missed', label: 'Missed signal', help: 'a signal that existed and went unnoticed' },
    ]);
    expect(view.rows.map((row) => row.day)).toEqual(['Fri 10 Jul 2026', 'Sun 12 Jul 2026', 'Mon 13 Jul 2026', 'Tue 14 Jul 2026']);
    expect(page.timeline.legend).toEqual([]);
  });

  it('lists the page\'s own sections for its contents, the narrative in its place', () => {
    expect(page.sections.map((section) => section.id)).toEqual([
      'incident-impact',
      'incident-figures',
      'incident-narrative',
      'incident-timeline',
      'incident-root-cause',
      'incident-contributing-factors',
      'incident-actions',
      'incident-earlier',
      'incident-people',
    ]);
  });
});

describe('connectedIncidents', () => {
  const outage = { summary: 'A provider failed.', category: 'config-change' };
  const connectedLibrary = libraryOf(
    [
      writeUp('2024-01-10-old', { rootCause: outage, title: 'Old outage', actions: [action('leo', '2024-02-01', 'dropped')] }),
      writeUp('2024-11-10-earlier', { rootCause: outage, title: 'Earlier outage', actions: [action('leo', '2024-12-01', 'done', '2025-04-01')] }),
      writeUp('2025-03-10-this', { rootCause: outage, related: ['2025-06-01-later', '2024-11-10-earlier', '2025-03-10-this', '2025-07-01-done'] }),
      writeUp('2025-06-01-later', { title: 'Later incident', actions: [action('leo', '2025-07-01', 'done', '2025-06-20'), action('sofia', '2025-07-01'), action('priya', '2025-07-01', 'dropped')] }),
      writeUp('2025-07-01-done', { title: 'Later, all done', actions: [action('leo', '2025-07-10', 'done', '2025-07-09'), action('sofia', '2025-07-10', 'done', '2025-07-09')] }),
    ],
    '2025-08-01',
    { similar: new Map([['2025-03-10-this', [{ id: '2024-01-10-old', score: 0.4, reasons: ['same root cause'] }, { id: '2025-06-01-later', score: 0.3, reasons: ['shared service'] }]]]) },
  );
  const connected = connectedIncidents({ library: connectedLibrary, links: siteLinks('/') }, connectedLibrary.byId.get('2025-03-10-this')!).connected;

  it('says "same root cause" once, and never lists the incident itself', () => {
    expect(connected.map((item) => [item.incident.text, item.reasons])).toEqual([
      ['Earlier outage', ['Same root cause, earlier', 'Named as related by the authors']],
      ['Old outage', ['Same root cause, earlier']],
      ['Later incident', ['Named as related by the authors', 'Similar: shared service']],
      ['Later, all done', ['Named as related by the authors']],
    ]);
  });

  it('gives an earlier incident\'s actions as they stood then, and a later one\'s as they stand today', () => {
    expect(connected.map((item) => [item.actions, item.openThen])).toEqual([
      ['Its one action still open at the time of this incident.', true],
      ['No actions recorded.', false],
      ['1 of 2 actions done so far.', false],
      ['All 2 actions are done.', false],
    ]);
  });

  it('points to the cause page when the recurring chain is longer than the page lists', () => {
    const many = Array.from({ length: 12 }, (_, index) => writeUp(`2025-01-${String(index + 1).padStart(2, '0')}-x`, { rootCause: outage }));
    const long = libraryOf(many, '2025-02-01');
    const more = connectedIncidents({ library: long, links: siteLinks('/') }, long.byId.get('2025-01-12-x')!);
    expect(more.connected).toHaveLength(10);
    expect(more.connectedMore).toEqual({ count: '1 earlier incident', cause: { href: '/causes/config-change/', text: 'Configuration change page' } });
  });
});

describe('tableOfContents', () => {
  const sections = [{ id: 'incident-impact', text: 'Impact' }, NARRATIVE_SECTION, { id: 'incident-timeline', text: 'Timeline' }];

  it('puts the narrative\'s second-level headings in the narrative\'s place', () => {
    const headings = [
      { depth: 2, slug: 'what-happened', text: 'What happened' },
      { depth: 3, slug: 'detail', text: 'Detail' },
      { depth: 2, slug: 'timeline-1', text: 'Timeline' },
    ];
    expect(tableOfContents(sections, headings)).toEqual([
      { id: 'incident-impact', text: 'Impact' },
      { id: 'what-happened', text: 'What happened' },
      { id: 'timeline-1', text: 'Timeline' },
      { id: 'incident-timeline', text: 'Timeline' },
    ]);
  });

  it('keeps one entry for a narrative without headings', () => {
    expect(tableOfContents(sections, [{ depth: 3, slug: 'detail', text: 'Detail' }]).map((entry) => entry.id)).toEqual(['incident-impact', 'incident-narrative', 'incident-timeline']);
  });
});
