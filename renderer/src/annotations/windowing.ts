// Which rows of a long list are in view, given each row's (measured or
// estimated) height. Pure, so the windowing arithmetic is tested on its own.
import { firstWhere } from '../../../notes/text/partition.ts';

/** offsets[i] is the top of row i; offsets[n] is the total height. */
export function offsetsOf(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** First row whose bottom is below `y`. */
function firstBelow(offsets: readonly number[], y: number): number {
  return firstWhere(offsets.length - 1, (i) => offsets[i + 1]! > y);
}

/** The rows [from, to) to render for a viewport at `scrollTop` of `height`, with `overscan` pixels either side. */
export function visibleRows(offsets: readonly number[], scrollTop: number, height: number, overscan: number): { from: number; to: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { from: 0, to: 0 };
  // Past the end (the list just got shorter): show its last rows.
  const from = Math.min(firstBelow(offsets, Math.max(0, scrollTop - overscan)), count - 1);
  let to = from;
  const bottom = scrollTop + height + overscan;
  while (to < count && offsets[to]! < bottom) to++;
  return { from, to: Math.max(to, Math.min(from + 1, count)) };
}
