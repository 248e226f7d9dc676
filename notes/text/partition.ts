// The binary search the code needs in a dozen places: along a sorted
// sequence, where a test turns from false to true, found in log n steps.

/**
 * The first index in [0, count) for which `after(i)` holds, or `count` when none does. `after` must be
 * false for every index before that one and true from it on.
 */
export function firstWhere(count: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
