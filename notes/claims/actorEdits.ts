// The Actors panel's edits as operations: merging two actors (every claim
// follows, the merged actor's names become aliases so the finder still knows
// them), and adding or removing an alias.
import type { Operation } from '../model/operation.ts';
import type { Actor, Notebook } from '../model/schema.ts';
import { normaliseName } from './actors.ts';

/** How many claims each actor makes. */
export function claimCounts(nb: Pick<Notebook, 'annotations'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of nb.annotations) if (a.claim) counts.set(a.claim.actorId, (counts.get(a.claim.actorId) ?? 0) + 1);
  return counts;
}

/** Names not already among `names` (after normalising), in order, each once. */
function without(names: readonly string[], adding: readonly string[]): string[] {
  const seen = new Set(names.map(normaliseName));
  const out: string[] = [];
  for (const n of adding) {
    const k = normaliseName(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n.trim());
  }
  return out;
}

/** Merges `fromId` into `intoId`: one batch, so one undo puts both back. */
export function mergeActors(nb: Pick<Notebook, 'actors' | 'annotations'>, fromId: string, intoId: string, now: string): Operation[] {
  const from = nb.actors.find((a) => a.id === fromId);
  const into = nb.actors.find((a) => a.id === intoId);
  if (!from || !into || from.id === into.id) return [];
  const ops: Operation[] = [];
  for (const a of nb.annotations) {
    if (a.claim?.actorId === fromId) ops.push({ kind: 'annotation.update', id: a.id, patch: { claim: { ...a.claim, actorId: intoId } }, at: now });
  }
  const aliases = without([into.name, ...into.aliases], [from.name, ...from.aliases]);
  if (aliases.length) ops.push({ kind: 'actor.update', id: intoId, patch: { aliases: [...into.aliases, ...aliases] } });
  ops.push({ kind: 'actor.delete', id: fromId });
  return [{ kind: 'batch', ops }];
}

/** Adds `alias` to the actor, or says why not (empty, or already one of its names). */
export function addAlias(actor: Pick<Actor, 'id' | 'name' | 'aliases'>, alias: string): Operation | string {
  const added = without([actor.name, ...actor.aliases], [alias]);
  if (!alias.trim()) return 'Type the other name first.';
  if (added.length === 0) return `“${alias.trim()}” is already a name of ${actor.name}.`;
  return { kind: 'actor.update', id: actor.id, patch: { aliases: [...actor.aliases, ...added] } };
}

export function removeAlias(actor: Pick<Actor, 'id' | 'aliases'>, alias: string): Operation {
  return { kind: 'actor.update', id: actor.id, patch: { aliases: actor.aliases.filter((a) => a !== alias) } };
}
