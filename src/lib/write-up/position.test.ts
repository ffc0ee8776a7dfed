import { describe, expect, it } from 'vitest';
import { positionOf } from './position';

describe('positionOf', () => {
  it('gives 1-based lines and columns', () => {
    expect(positionOf('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});
