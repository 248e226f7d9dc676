// Anchor every annotation of one source in one pass.
import type { Annotation } from '../model/schema.ts';
import type { AnchorResult } from './types.ts';
import { anchor, unmoved } from './anchor.ts';

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
  const results = new Array<AnchorResult | undefined>(annotations.length);
  // Most quotes are where they were recorded: one pass finds them, with no sort and no search.
  let moved = false;
  for (let i = 0; i < annotations.length; i++) {
    const { target } = annotations[i]!;
    if (unmoved(text, target)) results[i] = { state: 'exact', start: target.position.start, end: target.position.end, errors: 0 };
    else moved = true;
  }
  if (moved) {
    const order = annotations
      .map((a, i) => ({ a, i }))
      .sort((x, y) => x.a.target.position.start - y.a.target.position.start || x.i - y.i);
    let shift = 0;
    for (const { a, i } of order) {
      const recorded = a.target.position.start;
      const result = results[i] ?? anchor(text, a.target, { hint: recorded + shift });
      if (result.state !== 'orphaned') shift = result.start - recorded;
      results[i] = result;
    }
  }
  const byId = new Map<string, AnchorResult>();
  for (let i = 0; i < annotations.length; i++) byId.set(annotations[i]!.id, results[i]!);
  return byId;
}
