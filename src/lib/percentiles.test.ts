import { describe, expect, it } from 'vitest';
import { median, percentile } from './percentiles';

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('is the middle value of an odd count, whatever the input order', () => {
    // Sorted: 5, 30, 190 → the second.
    expect(median([190, 5, 30])).toBe(30);
  });

  it('is halfway between the two middle values of an even count', () => {
    // Sorted: 10, 20, 50, 400 → (20 + 50) / 2.
    expect(median([400, 10, 50, 20])).toBe(35);
  });

  it('keeps negative figures (detected before impact)', () => {
    expect(median([-15, 45])).toBe(15);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  it('is null for no values', () => {
    expect(percentile([], 90)).toBeNull();
  });

  it('takes rank ⌈0.9 × 10⌉ = 9 of ten values', () => {
    expect(percentile([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 90)).toBe(9);
  });

  it('takes rank ⌈0.9 × 4⌉ = 4, the largest, of four values', () => {
    expect(percentile([5, 60, 20, 35], 90)).toBe(60);
  });

  it('takes rank ⌈0.9 × 30⌉ = 27 of thirty values (no floating-point drift to rank 28)', () => {
    const values = Array.from({ length: 30 }, (_, index) => index + 1);
    expect(percentile(values, 90)).toBe(27);
  });

  it('is the only value of one', () => {
    expect(percentile([42], 90)).toBe(42);
  });

  it('gives the lower middle at p50 and the maximum at p100', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 100)).toBe(4);
  });

  it('rejects percentiles outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});
