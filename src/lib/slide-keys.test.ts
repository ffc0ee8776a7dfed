import { describe, expect, it } from 'vitest';
import { slideAfterKey } from './slide-keys';

describe('slideAfterKey', () => {
  it('moves forward and back, and never past either end', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(slideAfterKey(key, false, 2, 5), key).toBe(3);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(slideAfterKey(key, false, 2, 5), key).toBe(1);
    expect(slideAfterKey(' ', true, 2, 5)).toBe(1);
    expect(slideAfterKey('ArrowRight', false, 4, 5)).toBe(4);
    expect(slideAfterKey('ArrowLeft', false, 0, 5)).toBe(0);
  });

  it('jumps to the first and last slide', () => {
    expect(slideAfterKey('Home', false, 3, 5)).toBe(0);
    expect(slideAfterKey('End', false, 0, 5)).toBe(4);
  });

  it('leaves other keys to the page', () => {
    expect(slideAfterKey('a', false, 0, 5)).toBeUndefined();
    expect(slideAfterKey('Enter', false, 0, 5)).toBeUndefined();
  });
});
