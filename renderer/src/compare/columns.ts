// Which actors show as columns for a question, and in what order. The choice
// is saved in briefing.columns[questionId]; absent means "every actor with a
// claim on it", in the notebook's actor order.
import type { Notebook } from '../../../notes/model/schema.ts';

/** Actors with at least one claim on the question, in notebook order. */
export function actorsWithClaims(nb: Notebook, questionId: string): string[] {
  const used = new Set<string>();
  for (const a of nb.annotations) if (a.claim?.questionId === questionId) used.add(a.claim.actorId);
  return nb.actors.filter((actor) => used.has(actor.id)).map((actor) => actor.id);
}

/** The columns to show: the saved choice (minus actors since deleted), or the default. */
export function chosenColumns(nb: Notebook, questionId: string): string[] {
  const saved = nb.briefing.columns[questionId];
  if (!saved) return actorsWithClaims(nb, questionId);
  const known = new Set(nb.actors.map((a) => a.id));
  return saved.filter((id) => known.has(id));
}

/** Moves one column left (-1) or right (+1); unchanged at the edges. */
export function moveColumn(columns: readonly string[], actorId: string, delta: -1 | 1): string[] {
  const from = columns.indexOf(actorId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  next[from] = next[to]!;
  next[to] = actorId;
  return next;
}

/**
 * Shows or hides a column. A column shown again goes back near where it sits in
 * `reference` (the full actor order), after the shown actors that precede it.
 */
export function toggleColumn(columns: readonly string[], actorId: string, show: boolean, reference: readonly string[]): string[] {
  if (!show) return columns.filter((id) => id !== actorId);
  if (columns.includes(actorId)) return [...columns];
  const before = new Set(reference.slice(0, Math.max(0, reference.indexOf(actorId))));
  let at = 0;
  columns.forEach((id, i) => {
    if (before.has(id)) at = i + 1;
  });
  return [...columns.slice(0, at), actorId, ...columns.slice(at)];
}
