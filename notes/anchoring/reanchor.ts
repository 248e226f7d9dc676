// Carry a source's annotations over to a revised text of that source.
import type { Annotation } from '../model/schema.ts';
import type { AnchorState } from './types.ts';
import { anchorAll } from './anchor-all.ts';
import { describe } from './describe.ts';
import { anchoringOf } from './state.ts';

export interface ReanchorReport {
  annotationId: string;
  state: AnchorState;
  /** Edit distance between the old quote and the words found (fuzzy only). */
  errors?: number;
}

/**
 * Found annotations get selectors describing their new place; everything else
 * about them (id, note, claim, updatedAt) is kept. Orphans keep their old
 * selectors: an annotation is never dropped because its words were. Each
 * records how it was found (Annotation.anchoring), replacing what an earlier
 * revision recorded.
 */
export function reanchorSource(
  newText: string,
  annotations: readonly Annotation[],
): { annotations: Annotation[]; results: ReanchorReport[] } {
  const found = anchorAll(newText, annotations);
  const results: ReanchorReport[] = [];
  const moved = annotations.map((a) => {
    const r = found.get(a.id)!;
    if (r.state === 'orphaned') {
      results.push({ annotationId: a.id, state: 'orphaned' });
      return { ...a, anchoring: anchoringOf(r) };
    }
    results.push(r.state === 'fuzzy' ? { annotationId: a.id, state: r.state, errors: r.errors } : { annotationId: a.id, state: r.state });
    return { ...a, target: describe(newText, r.start, r.end), anchoring: anchoringOf(r, a.target.quote.exact) };
  });
  return { annotations: moved, results };
}
