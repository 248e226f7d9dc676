// Reordering the briefing's lists (key judgments, excerpts) with buttons.

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  next[index] = list[to]!;
  next[to] = list[index]!;
  return next;
}
