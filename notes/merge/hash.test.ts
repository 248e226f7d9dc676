import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_WIDTH, sameValue, shortHash } from './hash.ts';

const RUNS = { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261204) };

/** The same object with its keys in reverse order, all the way down. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)]));
}

describe('shortHash and sameValue', () => {
  it('give a file written with its keys in another order the same hash, and call the values equal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(shortHash(reordered(value))).toBe(shortHash(value));
        expect(sameValue(reordered(value), value)).toBe(true);
        expect(shortHash(value)).toMatch(new RegExp(`^[0-9a-z]{${HASH_WIDTH}}$`));
      }),
      RUNS,
    );
  });

  it('tell apart values that differ', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (x, y) => {
        // Equal JSON text means equal values; values sameValue calls different never share a hash.
        if (JSON.stringify(x) === JSON.stringify(y)) expect(sameValue(x, y)).toBe(true);
        if (!sameValue(x, y)) expect(shortHash(x)).not.toBe(shortHash(y));
      }),
      RUNS,
    );
  });

  it('does not confuse strings that run together, a string with a number, or an absent value with null', () => {
    expect(shortHash(['ab', 'c'])).not.toBe(shortHash(['a', 'bc']));
    expect(shortHash('1')).not.toBe(shortHash(1));
    expect(shortHash(undefined)).not.toBe(shortHash(null));
    expect(shortHash({ note: 'x', tags: [] })).not.toBe(shortHash({ note: 'x' }));
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
