// After a source is replaced by a new version: what happened to its annotations, in one line.
/** One line on how a new version of a source moved its annotations. */
export function reanchorSummary(states: readonly string[]): string {
  const count = (state: string) => states.filter((s) => s === state).length;
  const lost = count('orphaned');
  const parts = [`${count('exact') + count('moved')} found as they were`];
  if (count('fuzzy')) parts.push(`${count('fuzzy')} found with small differences — check them`);
  if (lost) parts.push(`${lost} not found — they are under Unanchored with their last known quote`);
  return `New version loaded: ${states.length} annotation${states.length === 1 ? '' : 's'}, ${parts.join(', ')}.`;
}
