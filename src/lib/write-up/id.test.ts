import { describe, expect, it } from 'vitest';
import { WRITE_UP_FILE, writeUpIdOf } from './id';

describe('write-up files and ids', () => {
  it('takes .mdx and .md files, and the file name without extension as the id', () => {
    expect(WRITE_UP_FILE.test('a.mdx')).toBe(true);
    expect(WRITE_UP_FILE.test('a.md')).toBe(true);
    expect(WRITE_UP_FILE.test('a.mdx.bak')).toBe(false);
    expect(writeUpIdOf('postmortems/2024/2024-03-06-allergen-reconciliation.mdx')).toBe('2024-03-06-allergen-reconciliation');
    expect(writeUpIdOf('2024-03-06-x.md')).toBe('2024-03-06-x');
  });
});
