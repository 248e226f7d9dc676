// The one-line statement of a question's conflict, in the analyst's words:
// "Baghdad says End of the mission; Washington says Transition".
import type { Comparison, Conflict } from '../../../notes/compare/index.ts';
import type { Actor } from '../../../notes/model/schema.ts';

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A quote cut to a readable length for one line, at a word break when there is one. */
export function shortQuote(quote: string, max = 60): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Who says what, per position taken; undefined when the actors agree. */
export function positionsSummary(conflicts: readonly Conflict[], actors: ReadonlyMap<string, Actor>): string | undefined {
  const positions = conflicts.find((c) => c.kind === 'positions');
  if (!positions) return undefined;
  return positions.groups
    .map((g) => {
      const names = g.actorIds.map((id) => actors.get(id)?.name ?? id);
      return `${listOf(names)} ${names.length > 1 ? 'say' : 'says'} ${g.position}`;
    })
    .join('; ');
}

/** "Washington: “transition” contradicts Baghdad: “the commission aims…”" for each contradicts link. */
export function contradictionsSummary(comparison: Comparison, actors: ReadonlyMap<string, Actor>): string[] {
  const name = (id: string) => actors.get(id)?.name ?? id;
  return comparison.conflicts.flatMap((c) =>
    c.kind === 'contradicts' ? [`${name(c.from.actorId)}: “${shortQuote(c.from.quote)}” contradicts ${name(c.to.actorId)}: “${shortQuote(c.to.quote)}”`] : [],
  );
}
