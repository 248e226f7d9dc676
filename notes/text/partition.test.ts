import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWhere } from './partition.ts';

describe('firstWhere', () => {
  it('finds where a sorted sequence reaches a value, as a scan from the start would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (raw, x) => {
        const sorted = [...raw].sort((a, b) => a - b);
        const scanned = sorted.findIndex((v) => v >= x);
        expect(firstWhere(sorted.length, (i) => sorted[i]! >= x)).toBe(scanned < 0 ? sorted.length : scanned);
      }),
      { seed: Number(process.env.FC_SEED ?? 20261125), numRuns: 300 },
    );
  });

  it('answers 0 for an empty sequence without asking', () => {
    expect(firstWhere(0, () => {
      throw new Error('asked');
    })).toBe(0);
  });
});
