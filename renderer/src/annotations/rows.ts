// The annotations pane as a flat list of rows (group headers and cards), in
// reading order: by source, then by where the quote sits in it. Annotations
// whose quote can no longer be found go last, under "Unanchored".
import type { Annotation, Source } from '../../../notes/model/schema.ts';

export type Row =
  | { type: 'header'; key: string; label: string; count: number }
  | { type: 'card'; key: string; annotation: Annotation; orphan: boolean };

/** Where each annotation currently sits in its source; absent or null means it could not be anchored. */
export type Positions = (annotation: Annotation) => number | null;

export function buildRows(annotations: readonly Annotation[], sources: readonly Source[], positionOf: Positions, groupBySource: boolean): Row[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const anchored: { a: Annotation; at: number; source: number }[] = [];
  const orphans: Annotation[] = [];
  for (const a of annotations) {
    const at = positionOf(a);
    if (at === null) orphans.push(a);
    else anchored.push({ a, at, source: order.get(a.sourceId) ?? 0 });
  }
  // Keys looked up once, not in each of the n·log n comparisons: this runs on every edit and keystroke.
  anchored.sort((x, y) => x.source - y.source || x.at - y.at);

  const rows: Row[] = [];
  let i = 0;
  while (i < anchored.length) {
    const sourceId = anchored[i]!.a.sourceId;
    let j = i;
    while (j < anchored.length && anchored[j]!.a.sourceId === sourceId) j++;
    if (groupBySource) {
      const title = sources.find((s) => s.id === sourceId)?.title ?? 'Unknown source';
      rows.push({ type: 'header', key: `source:${sourceId}`, label: title, count: j - i });
    }
    for (let k = i; k < j; k++) rows.push({ type: 'card', key: anchored[k]!.a.id, annotation: anchored[k]!.a, orphan: false });
    i = j;
  }
  if (orphans.length) {
    rows.push({ type: 'header', key: 'unanchored', label: 'Unanchored', count: orphans.length });
    for (const a of orphans) rows.push({ type: 'card', key: a.id, annotation: a, orphan: true });
  }
  return rows;
}
