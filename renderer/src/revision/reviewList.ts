// What the revision report lists for one source: how each annotation was
// found when the source was last revised, and which wait for the analyst.
import { needsReview, shownAnchoring, type ShownAnchoring } from '../../../notes/anchoring/index.ts';
import type { AnchorResult, AnchorState } from '../../../notes/anchoring/index.ts';
import type { Annotation } from '../../../notes/model/schema.ts';

export interface ReviewItem {
  annotation: Annotation;
  shown: ShownAnchoring;
  /** The quote before the revision (fuzzy), or the words as they are (moved, orphaned). */
  was: string;
  /** Where it sits now; null for an orphan. */
  now: string | null;
  /** Found fuzzily or orphaned, and not yet confirmed or re-placed. */
  review: boolean;
}

export interface ReviewList {
  counts: Record<AnchorState, number>;
  items: ReviewItem[];
  toReview: number;
}

/**
 * The source's annotations that the last revision moved, changed or
 * orphaned, in reading order (an orphan at its old offset), plus any the
 * analyst has since confirmed or re-placed.
 */
export function reviewList(annotations: readonly Annotation[], anchors: ReadonlyMap<string, AnchorResult> | undefined): ReviewList {
  const counts: Record<AnchorState, number> = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const items: { item: ReviewItem; at: number }[] = [];
  for (const annotation of annotations) {
    const recorded = annotation.anchoring;
    if (!recorded) continue;
    const live = anchors?.get(annotation.id) ?? { state: 'orphaned' as const };
    const shown = shownAnchoring(annotation, live);
    counts[shown.state]++;
    if (shown.state === 'exact' && !shown.confirmed) continue;
    const quote = annotation.target.quote.exact;
    const orphan = shown.state === 'orphaned';
    items.push({
      item: { annotation, shown, was: recorded.state === 'fuzzy' && recorded.was !== undefined ? recorded.was : quote, now: orphan ? null : quote, review: needsReview(annotation) },
      at: live.state === 'orphaned' || orphan ? annotation.target.position.start : live.start,
    });
  }
  items.sort((x, y) => x.at - y.at);
  return { counts, items: items.map((x) => x.item), toReview: items.filter((x) => x.item.review).length };
}

/** How it was found, in the analyst's words: "fuzzy — 3 changes, confirmed". */
export function describeShown(shown: ShownAnchoring): string {
  const how =
    shown.state === 'fuzzy'
      ? `fuzzy — ${shown.changes ?? 0} ${shown.changes === 1 ? 'change' : 'changes'}`
      : shown.state === 'moved'
        ? 'moved — same words'
        : shown.state === 'orphaned'
          ? 'orphaned — not found in the new version'
          : 'placed by hand';
  return shown.confirmed && shown.state !== 'exact' ? `${how}, confirmed` : how;
}
