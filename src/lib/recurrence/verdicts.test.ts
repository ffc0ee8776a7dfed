import { describe, expect, it } from 'vitest';
import { action, incidentsOf, writeUp } from '../test-fixtures';
import { recurringChains } from './chains';
import { chainVerdicts } from './verdicts';

const rootCause = { summary: 'Scheduled load outgrew the system.', category: 'capacity-planning' };

// b's action was done on 2024-03-15: still open on c's date (03-10), done by d's (04-10).
// Every other action is done on its incident's own date.
const bAction = action('hannah', '2024-03-01', 'done', '2024-03-15');
const log = incidentsOf(
  [
    writeUp('2024-01-10-a', { rootCause }),
    writeUp('2024-02-10-b', { rootCause, actions: [bAction, action('noor', '2024-02-20', 'dropped')] }),
    writeUp('2024-03-10-c', { rootCause }),
    writeUp('2024-04-10-d', { rootCause }),
  ],
  '2024-06-01',
);
const [chain] = recurringChains(log);

describe('chainVerdicts', () => {
  const verdicts = chainVerdicts(chain!);

  it('gives one verdict per incident that met the rule, oldest first', () => {
    expect(verdicts.map((verdict) => verdict.incident.id)).toEqual(['2024-03-10-c', '2024-04-10-d']);
  });

  it('says last time’s actions were not done when an earlier action was still open (done only after)', () => {
    const [atC] = verdicts;
    expect(atC!.verdict).toBe('actions-not-done');
    expect(atC!.earlier.map((item) => item.incident.id)).toEqual(['2024-02-10-b', '2024-01-10-a']);
    // b: one action open then (done 03-15 > 03-10); the dropped one counts nowhere.
    expect(atC!.earlier[0]!.state).toEqual({ id: '2024-02-10-b', date: '2024-02-10', actionsOpenThen: 1, actionsDoneThen: 0, actionsWithoutDropped: 1 });
    expect(atC!.earlier[0]!.openActions).toEqual([bAction]);
    expect(atC!.earlier[1]!.openActions).toEqual([]);
  });

  it('says the fixes did not hold when every earlier action was done by then', () => {
    const [, atD] = verdicts;
    expect(atD!.verdict).toBe('fixes-did-not-hold');
    expect(atD!.earlier.map((item) => item.state.actionsOpenThen)).toEqual([0, 0, 0]);
    expect(atD!.earlier.every((item) => item.openActions.length === 0)).toBe(true);
  });

  it('gives only the verdicts asked for, the same as in the whole list and in chain order', () => {
    const [atC, atD] = verdicts;
    expect(chainVerdicts(chain!, [atD!.incident])).toEqual([atD]);
    expect(chainVerdicts(chain!, [atD!.incident, atC!.incident])).toEqual([atC, atD]);
    expect(chainVerdicts(chain!, [])).toEqual([]);
  });
});
