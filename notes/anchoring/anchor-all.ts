// Anchor every annotation of one source in one pass.
import type { Annotation } from '../model/schema.ts';
import type { AnchorResult } from './types.ts';
import { anchor } from './anchor.ts';

export type Anchorable = Pick<Annotation, 'id' | 'target'>;

/**
 * Results keyed by annotation id, in the order given.
 *
 * An edit shifts everything after it by the same amount, so annotations are
 * visited in document order and each one is first looked for where its
 * predecessor's shift puts it: after an edit near the top of a long source,
 * the rest are found at once instead of by a widening search.
 */
export function anchorAll(text: string, annotations: readonly Anchorable[]): Map<string, AnchorResult> {
  const order = annotations
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.target.position.start - y.a.target.position.start || x.i - y.i);
  const results = new Array<AnchorResult>(annotations.length);
  let shift = 0;
  for (const { a, i } of order) {
    const recorded = a.target.position.start;
    const result = anchor(text, a.target, { hint: recorded + shift });
    if (result.state !== 'orphaned') shift = result.start - recorded;
    results[i] = result;
  }
  return new Map(annotations.map((a, i) => [a.id, results[i]!]));
}
