// The Compare view's conflict banner, in the words of notes/compare/describe.ts
// (shared with the CLI and the briefing): "Baghdad says End of the mission;
// Washington says Transition", quotes cut to fit one line.
import { nestedQuote } from '../../../notes/text/nested.ts';
import { describeConflict, whoSaysWhat, type Comparison, type Conflict } from '../../../notes/compare/index.ts';
import type { Actor } from '../../../notes/model/schema.ts';

/** A quote cut to a readable length for one line, at a word break when there is one, its own quotes nested. */
export function shortQuote(quote: string, max = 60): string {
  const flat = nestedQuote(quote).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Who says what, per position taken; undefined when the actors agree. */
export function positionsSummary(conflicts: readonly Conflict[], actors: ReadonlyMap<string, Actor>): string | undefined {
  const positions = conflicts.find((c) => c.kind === 'positions');
  if (!positions) return undefined;
  return whoSaysWhat(positions.groups, (id) => actors.get(id)?.name ?? id);
}

/** "Washington: “transition” contradicts Baghdad: “the commission aims…”" for each contradicts link. */
export function contradictionsSummary(comparison: Comparison, actors: ReadonlyMap<string, Actor>): string[] {
  const name = (id: string) => actors.get(id)?.name ?? id;
  return comparison.conflicts.flatMap((c) => (c.kind === 'contradicts' ? [describeConflict(c, name, (claim) => `: “${shortQuote(claim.quote)}”`).join('')] : []));
}
