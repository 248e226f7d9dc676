// New words come from one old place. Two annotations found verbatim on
// overlapping words, each moved by a different shift, say those words came
// from two places: one of them is on a copy. When nothing else tells them
// apart (a deleted paragraph that ended as the one before it did, so the new
// text reads the same whichever ending was cut), the earlier copy is taken as
// kept, as a diff of the two versions shows it, and the later annotation is
// orphaned. An annotation still at its recorded place is never the one taken.
import type { AnchorResult } from './types.ts';

export function laterCopies(recorded: (i: number) => number, results: readonly (AnchorResult | undefined)[]): number[] {
  const placed: { i: number; start: number; end: number; shift: number }[] = [];
  results.forEach((r, i) => {
    if (r && r.state !== 'orphaned' && r.errors === 0) placed.push({ i, start: r.start, end: r.end, shift: r.start - recorded(i) });
  });
  placed.sort((a, b) => a.start - b.start);
  const losers = new Set<number>();
  let open: typeof placed = [];
  for (const p of placed) {
    open = open.filter((o) => o.end > p.start);
    for (const o of open) {
      if (o.shift === p.shift || losers.has(o.i) || losers.has(p.i)) continue;
      const [earlier, later] = recorded(o.i) <= recorded(p.i) ? [o, p] : [p, o];
      const loser = results[later.i]!.state === 'exact' ? earlier : later;
      if (results[loser.i]!.state !== 'exact') losers.add(loser.i);
    }
    open.push(p);
  }
  return [...losers];
}
