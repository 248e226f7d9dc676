// When is a relocated quote trustworthy? Being found somewhere is not enough:
// news copy repeats phrases ("of the", "in Iraq", "the delegation was led by
// officials from"), and an annotation attached to the wrong repeat is worse
// than one reported as orphaned. Measured on the sample article, unrelated
// repeats of a phrase agree with at most ~60% of its 64 characters of context;
// but one side can repeat verbatim ("…the international coalition in Iraq.\n"
// occurs twice), so one agreeing side is trusted only next to a long verbatim quote.
import type { TextQuoteSelector } from '../model/schema.ts';
import { CONTEXT_LENGTH } from './describe.ts';
import type { ScoredCandidate } from './score.ts';

/** Share of quote + context characters that must agree. */
export const MIN_SIMILARITY = 0.75;
/** A fuzzy match must also keep half its context: an edited quote in rewritten surroundings is a guess. */
export const MIN_FUZZY_CONTEXT = 0.5;
/** A full side of context agreeing but for this many edits pins a verbatim quote at least PINNED_LENGTH long. */
export const NEAR_VERBATIM_EDITS = 2;
export const PINNED_LENGTH = 16;
/** A verbatim quote this long that occurs exactly once is trusted even when its surroundings were rewritten. */
export const DISTINCTIVE_LENGTH = 32;

/** Does this side of the context have the full length the near-verbatim rule needs? */
function fullSide(length: number): boolean {
  return length >= CONTEXT_LENGTH;
}

function oneSideNearVerbatim(quote: TextQuoteSelector, c: ScoredCandidate): boolean {
  const pins = (length: number, agreement: number) => fullSide(length) && agreement >= length - NEAR_VERBATIM_EDITS;
  return pins(quote.prefix.length, c.prefixAgreement) || pins(quote.suffix.length, c.suffixAgreement);
}

/** The quote itself was found verbatim; `occurrences` is how many times. */
export function trustExact(quote: TextQuoteSelector, c: ScoredCandidate, occurrences: number): boolean {
  return (
    c.similarity >= MIN_SIMILARITY ||
    (quote.exact.length >= PINNED_LENGTH && oneSideNearVerbatim(quote, c)) ||
    (quote.exact.length >= DISTINCTIVE_LENGTH && occurrences === 1)
  );
}

/** The quote was found with errors (already bounded by the search). */
export function trustFuzzy(quote: TextQuoteSelector, c: ScoredCandidate): boolean {
  return c.similarity >= MIN_SIMILARITY && c.context >= MIN_FUZZY_CONTEXT;
}

