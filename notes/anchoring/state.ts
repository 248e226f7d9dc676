// How each annotation was found when its source was last revised, kept with
// the annotation (Annotation.anchoring) so the analyst can review the fuzzy
// ones after a save and reload: confirm the words found, or re-place the
// annotation on other words. Both are ordinary operations (undoable).
import type { Anchoring, Annotation } from '../model/schema.ts';
import type { Operation } from '../model/ops.ts';
import { describe } from './describe.ts';
import type { AnchorResult, AnchorState } from './types.ts';

/** What a revision records about one annotation; `was` is its quote before the revision. */
export function anchoringOf(result: AnchorResult, was?: string): Anchoring {
  if (result.state !== 'fuzzy') return { state: result.state };
  return { state: 'fuzzy', changes: result.errors, ...(was === undefined ? {} : { was }) };
}

export interface ShownAnchoring {
  state: AnchorState;
  /** Edit distance between the quote before the revision and the words found (fuzzy only). */
  changes?: number;
  confirmed?: boolean;
}

/**
 * The state to show for an annotation anchored now as `live`. After a
 * revision its target describes the words found, so it anchors exactly; the
 * record says how it was found. An orphan keeps its old target, which may
 * anchor nowhere or by chance: it stays an orphan until re-placed.
 */
export function shownAnchoring(annotation: Pick<Annotation, 'anchoring'>, live: AnchorResult): ShownAnchoring {
  const recorded = annotation.anchoring;
  const confirmed = recorded?.confirmed ? { confirmed: true } : {};
  if (recorded?.state === 'orphaned' && !recorded.confirmed) return { state: 'orphaned' };
  if (recorded && live.state === 'exact') return { state: recorded.state, ...(recorded.changes === undefined ? {} : { changes: recorded.changes }), ...confirmed };
  return { state: live.state, ...(live.state === 'fuzzy' ? { changes: live.errors } : {}), ...confirmed };
}

/** Does this annotation wait for the analyst's review (found fuzzily or orphaned, not yet confirmed)? */
export function needsReview(annotation: Pick<Annotation, 'anchoring'>): boolean {
  const a = annotation.anchoring;
  return a !== undefined && (a.state === 'fuzzy' || a.state === 'orphaned') && !a.confirmed;
}

/**
 * The operation that confirms an annotation found fuzzily: its words as
 * found are right. Refused for an orphan, which has no words to confirm.
 */
export function confirmAnchoring(annotation: Annotation, at: string): Operation {
  const recorded = annotation.anchoring;
  if (recorded?.state === 'orphaned') {
    throw new RangeError(`Annotation ${annotation.id} is orphaned: there are no words to confirm — re-place it on the words it belongs to.`);
  }
  return { kind: 'annotation.update', id: annotation.id, patch: { anchoring: { ...(recorded ?? { state: 'exact' }), confirmed: true } }, at };
}

/**
 * The operation that re-places an annotation on text.slice(start, end) of its
 * source's current text: new selectors, confirmed by the analyst.
 */
export function replaceAnchoring(annotation: Annotation, text: string, start: number, end: number, at: string): Operation {
  return {
    kind: 'annotation.update',
    id: annotation.id,
    patch: { target: describe(text, start, end), anchoring: { state: 'exact', confirmed: true } },
    at,
  };
}
