// The annotations pane as a flat list of rows (group headers and cards), in
// reading order: by source, then by where the quote sits in it. Annotations
// whose quote can no longer be found go last, under "Unanchored".
import type { Annotation, Source } from '../../../notes/model/schema.ts';
import { firstWhere } from '../../../notes/text/partition.ts';

export type Row =
  | { type: 'header'; key: string; label: string; count: number }
  /** `estimate`: the card's height before it is measured, worked out once (see AnnotationsPane). */
  | { type: 'card'; key: string; annotation: Annotation; orphan: boolean; estimate?: number };

/** Where each annotation currently sits in its source; absent or null means it could not be anchored. */
export type Positions = (annotation: Annotation) => number | null;

/**
 * Anchored annotations by source, then by where their quote sits; then the
 * unanchored ones. Already-ordered input sorts in one pass (TimSort), so the
 * pane orders the notebook once and filters that order as the analyst types.
 */
export function readingOrder(annotations: readonly Annotation[], sources: readonly Source[], positionOf: Positions): Annotation[] {
  return orderOf(annotations, sources, positionOf).map((i) => annotations[i]!);
}

/** Indices of `annotations` in reading order. */
function orderOf(annotations: readonly Annotation[], sources: readonly Source[], positionOf: Positions): number[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const anchored: { i: number; at: number; source: number }[] = [];
  const orphans: number[] = [];
  annotations.forEach((a, i) => {
    const at = positionOf(a);
    if (at === null) orphans.push(i);
    else anchored.push({ i, at, source: order.get(a.sourceId) ?? 0 });
  });
  // Keys looked up once, not in each of the n·log n comparisons.
  anchored.sort((x, y) => x.source - y.source || x.at - y.at);
  return [...anchored.map((x) => x.i), ...orphans];
}

/**
 * `readingOrder`, remembered: an edit that keeps every annotation in its
 * place (a note typed, a tag added) reuses the last order instead of sorting
 * the notebook again.
 */
export class ReadingOrder {
  private last: { annotations: readonly Annotation[]; sources: readonly Source[]; positionOf: Positions; order: number[] } | null = null;

  of(annotations: readonly Annotation[], sources: readonly Source[], positionOf: Positions): Annotation[] {
    const last = this.last;
    const reuse = last && last.sources === sources && last.positionOf === positionOf && sameIds(last.annotations, annotations);
    const order = reuse ? last.order : orderOf(annotations, sources, positionOf);
    this.last = { annotations, sources, positionOf, order };
    return order.map((i) => annotations[i]!);
  }
}

function sameIds(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id || a[i]!.sourceId !== b[i]!.sourceId) return false;
  return true;
}

// A card's row is made once per annotation object (an edit makes a new one), so each keystroke of a
// search reuses the rows, and the list what it knows about them (their heights), instead of making 10,000.
const cardRows = new WeakMap<Annotation, Row>();
const orphanRows = new WeakMap<Annotation, Row>();
function cardRow(annotation: Annotation, orphan: boolean): Row {
  const cache = orphan ? orphanRows : cardRows;
  let row = cache.get(annotation);
  if (!row) {
    row = { type: 'card', key: annotation.id, annotation, orphan };
    cache.set(annotation, row);
  }
  return row;
}

/** The rows of annotations already in reading order (a filtered `readingOrder`): no sorting, one pass. */
export function rowsInOrder(ordered: readonly Annotation[], sources: readonly Source[], positionOf: Positions, groupBySource: boolean): Row[] {
  // Reading order puts every orphan after every anchored annotation: find the first by halving.
  const firstOrphan = firstWhere(ordered.length, (i) => positionOf(ordered[i]!) === null);
  const rows: Row[] = [];
  let i = 0;
  while (i < firstOrphan) {
    const sourceId = ordered[i]!.sourceId;
    let j = i;
    while (j < firstOrphan && ordered[j]!.sourceId === sourceId) j++;
    if (groupBySource) {
      const title = sources.find((s) => s.id === sourceId)?.title ?? 'Unknown source';
      rows.push({ type: 'header', key: `source:${sourceId}`, label: title, count: j - i });
    }
    for (let k = i; k < j; k++) rows.push(cardRow(ordered[k]!, false));
    i = j;
  }
  if (firstOrphan < ordered.length) {
    rows.push({ type: 'header', key: 'unanchored', label: 'Unanchored', count: ordered.length - firstOrphan });
    for (let k = firstOrphan; k < ordered.length; k++) rows.push(cardRow(ordered[k]!, true));
  }
  return rows;
}
