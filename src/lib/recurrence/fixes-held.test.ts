import { describe, expect, it } from 'vitest';
import { describeFixesHeld, fixesHeld } from './fixes-held';

describe('fixesHeld', () => {
  it('is "actions not done" when any earlier action was open on the day', () => {
    expect(fixesHeld([{ actions: [{ status: 'done', completed: '2024-01-01' }] }, { actions: [{ status: 'in-progress' }] }], '2024-02-01')).toBe('actions-not-done');
    // Done only after the day: still open then.
    expect(fixesHeld([{ actions: [{ status: 'done', completed: '2024-02-02' }] }], '2024-02-01')).toBe('actions-not-done');
  });

  it('is "fixes did not hold" when every earlier action was done or dropped by then', () => {
    expect(fixesHeld([{ actions: [{ status: 'done', completed: '2024-02-01' }, { status: 'dropped' }] }], '2024-02-01')).toBe('fixes-did-not-hold');
    expect(fixesHeld([{ actions: [] }], '2024-02-01')).toBe('fixes-did-not-hold');
  });
});

describe('describeFixesHeld', () => {
  it('says what the contract says', () => {
    expect(describeFixesHeld('actions-not-done')).toBe('the actions from last time are not done yet');
    expect(describeFixesHeld('fixes-did-not-hold')).toBe('the fixes did not hold; the earlier analysis may have stopped too early');
  });
});
