import { describe, expect, it } from 'vitest';
import { offsetsOf, visibleRows } from './windowing.ts';

describe('windowing', () => {
  const offsets = offsetsOf(Array.from({ length: 10_000 }, () => 100));

  it('renders only the rows in view plus the overscan', () => {
    expect(visibleRows(offsets, 0, 800, 0)).toEqual({ from: 0, to: 8 });
    expect(visibleRows(offsets, 50_000, 800, 200)).toEqual({ from: 498, to: 510 });
  });

  it('handles rows of different heights and the end of the list', () => {
    const mixed = offsetsOf([10, 300, 10, 10]);
    expect(mixed).toEqual([0, 10, 310, 320, 330]);
    expect(visibleRows(mixed, 15, 20, 0)).toEqual({ from: 1, to: 2 });
    expect(visibleRows(mixed, 5_000, 100, 0)).toEqual({ from: 3, to: 4 });
    expect(visibleRows(offsetsOf([]), 0, 100, 0)).toEqual({ from: 0, to: 0 });
  });
});
