import { describe, expect, it } from 'vitest';
import { startedByChange } from './changes';

describe('startedByChange', () => {
  it('is true when the write-up links a change that set it off', () => {
    expect(startedByChange({ data: { changes: ['https://example.com/pull/1'] } })).toBe(true);
    expect(startedByChange({ data: { changes: [] } })).toBe(false);
  });
});
