// A question's conflicts in the analyst's words, one line each — the same
// sentences in the Compare view's banner, `notebook compare` and the briefing
// exports: "Baghdad says End of the mission; Washington says Transition", or
// "Washington … contradicts Baghdad …". How a claim reads after its actor's
// name is the caller's: a short quote on screen and in a terminal, a citation
// in a briefing.
import type { ComparedClaim, Conflict, PositionGroup } from './compare.ts';

/** "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Who says what, per position taken: "Alpha and Gamma say End; Beta says Transition". Positions held by
 * the same actors share one clause ("Beta says Transition and No timeline set"), so an actor with several
 * positions is named once and the sides stay easy to tell apart.
 */
export function whoSaysWhat(groups: readonly PositionGroup[], name: (actorId: string) => string): string {
  const clauses = new Map<string, { actorIds: readonly string[]; positions: string[] }>();
  for (const g of groups) {
    const who = JSON.stringify([...g.actorIds].sort());
    const clause = clauses.get(who);
    if (clause) clause.positions.push(g.position);
    else clauses.set(who, { actorIds: g.actorIds, positions: [g.position] });
  }
  return [...clauses.values()].map((c) => `${listOf(c.actorIds.map(name))} ${c.actorIds.length > 1 ? 'say' : 'says'} ${listOf(c.positions)}`).join('; ');
}

/**
 * One conflict as words and claims: `[whoSaysWhat]` for differing positions,
 * `[from actor, claim(from), ' contradicts ', to actor, claim(to)]` for a
 * contradicts link. `claim` renders what follows an actor's name, its own
 * separator included (": “…”", " [S1 ¶6]"). The analyst's note on the link is
 * left to the caller, which may or may not have room for it.
 */
export function describeConflict<T>(conflict: Conflict, name: (actorId: string) => string, claim: (c: ComparedClaim) => T): (string | T)[] {
  if (conflict.kind === 'positions') return [whoSaysWhat(conflict.groups, name)];
  return [name(conflict.from.actorId), claim(conflict.from), ' contradicts ', name(conflict.to.actorId), claim(conflict.to)];
}
