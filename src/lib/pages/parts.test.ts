import { describe, expect, it } from 'vitest';
import { action, libraryOf, smallLibrary, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { actionBoard } from '../action-board';
import { actionRow, dayView, earlierItem, incidentListItems, logRows, ownerBoards, sentence, severityView } from './parts';

const library = libraryOf(
  [
    writeUp('2025-03-01-a', { title: 'Checkout queue stalled', severity: 'SEV2', nearMiss: true, services: ['checkout', 'website'], actions: [action('priya', '2025-03-10'), action('leo', '2025-03-05', 'dropped'), action('hannah', '2025-03-02', 'done', '2025-03-03')] }),
  ],
  '2025-04-01',
);
const context = { library, links: siteLinks('/failures/') };
const [incident] = library.incidents;

describe('the parts pages share', () => {
  it('formats a day and a sentence', () => {
    expect(dayView('2025-09-30')).toEqual({ iso: '2025-09-30', label: '30 Sep 2025' });
    expect(sentence('the fixes did not hold')).toBe('The fixes did not hold.');
  });

  it('ranks a severity in the configured scale and describes it', () => {
    expect(severityView(library, 'SEV2')).toMatchObject({ id: 'SEV2', rank: 1 });
    expect(severityView(library, 'SEV2').description).toMatch(/^Major/);
    expect(severityView(library, 'SEV9').rank).toBe(4);
  });

  it('lists an incident with its link under the base path, its flags, and its summary when asked', () => {
    const [item] = incidentListItems(context, [incident!]);
    expect(item).toMatchObject({ href: '/failures/incidents/2025-03-01-a/', title: 'Checkout queue stalled', nearMiss: true, recurring: false, date: { label: '1 Mar 2025' } });
    expect(item!.summary).toBe(incident!.data.summary);
    expect(incidentListItems(context, [incident!], { summary: false })[0]!.summary).toBeUndefined();
  });

  it('makes a log row with names, and done counted against actions not dropped', () => {
    const [row] = logRows(context, [incident!]);
    expect(row).toMatchObject({ services: 'Checkout, Website', cause: 'Configuration change', type: 'Deployment', actionsDone: 1, actionsCounted: 2, actionsDoneShare: 50, actionsOverdue: 1 });
  });

  it('describes an action with its owner\'s name, overdue as of the library\'s today', () => {
    const row = actionRow(context, incident!.data.actions[0]!, incident);
    expect(row).toMatchObject({ owner: 'Priya Raman', overdue: true, overdueFor: 'Overdue 3 weeks', statusLabel: 'Open', horizon: '—', incident: { href: '/failures/incidents/2025-03-01-a/' } });
    expect(actionRow(context, incident!.data.actions[2]!, incident)).toMatchObject({ overdue: false, overdueFor: undefined, completed: { label: '3 Mar 2025' } });
    expect(actionRow(context, { ...incident!.data.actions[0]!, ticket: 'javascript:alert(1)' }).ticket).toBeUndefined();
  });

  it('folds done and dropped actions apart only when asked', () => {
    const owners = actionBoard(library.incidents, library.people, library.today);
    const shown = (fold: boolean) => ownerBoards(context, owners, { fold }).map((owner) => [owner.name, owner.actions.length, owner.closed.length, owner.closedSummary]);
    expect(shown(false)).toEqual([['Hannah Schultz', 1, 0, ''], ['Leo Martin', 1, 0, ''], ['Priya Raman', 1, 0, '']]);
    expect(shown(true)).toEqual([['Hannah Schultz', 0, 1, '1 done'], ['Leo Martin', 0, 1, '1 dropped'], ['Priya Raman', 1, 0, '']]);
  });

  it('words an earlier incident\'s actions at the time of a later one', () => {
    const earlier = { id: '2025-03-01-a', date: '2025-03-01', actionsOpenThen: 1, actionsDoneThen: 1, actionsWithoutDropped: 2 };
    expect(earlierItem(context, earlier, 'at this incident')).toMatchObject({ state: '1 action of 2 still open at the time of this incident.', openThen: true, incident: { text: 'Checkout queue stalled' } });
    expect(earlierItem(context, earlier, 'in a chain').state).toBe('1 of 2 actions still open then:');
    expect(earlierItem(context, { ...earlier, actionsOpenThen: 0 }, 'in a chain')).toMatchObject({ state: 'all 2 actions done by then.', openThen: false });
    expect(earlierItem(context, { ...earlier, actionsWithoutDropped: 0 }, 'in a chain').state).toBe('no actions recorded.');
  });
});

describe('earlierItem with a single action', () => {
  it('speaks of its one action, not "all 1 action" or "1 of 1"', () => {
    const library = smallLibrary();
    const context = { library, links: siteLinks('/') };
    const one = { id: '2025-01-10-a', date: '2025-01-10', actionsWithoutDropped: 1, actionsOpenThen: 0 };
    expect(earlierItem(context, one as never, 'at this incident').state).toBe('its one action done by then.');
    expect(earlierItem(context, { ...one, actionsOpenThen: 1 } as never, 'at this incident').state).toBe('its one action still open at the time of this incident.');
    expect(earlierItem(context, { ...one, actionsOpenThen: 1 } as never, 'in a chain').state).toBe('its one action still open then:');
  });
});
