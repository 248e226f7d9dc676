// Reordering and showing/hiding the actor columns of a comparison. Which actors
// show by default is compareQuestion's business; the analyst's choice is saved
// in briefing.columns[questionId].

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
 * `reference` (every actor, in the order the chooser lists them), after the
 * shown actors that precede it there.
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
