// The anchoring vocabulary. A target (quote + position selectors, see
// ../model/schema.ts) says where an annotation was; an AnchorResult says where
// it is now, and how sure we are.
import type { Target } from '../model/schema.ts';

export type { Target };

/**
 * - exact: the quoted words sit at the recorded offsets.
 * - moved: the same words, found elsewhere (the text around them was edited).
 * - fuzzy: words close to the quote (the quote itself was edited); `errors` is
 *   the edit distance between the quote and the words found.
 * - orphaned: nothing trustworthy was found; the annotation keeps its old target.
 */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export type AnchorResult =
  | { state: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; errors: number }
  | { state: 'orphaned' };

/** A span of the source text in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}
