// Find where an annotation's quote is in a (possibly revised) source text.
//
// Order, cheapest first: (1) the recorded offsets, (2) the exact quote, chosen
// by its context, (3) an approximate match of the quote. Each search starts in a
// window around where the quote is expected and widens only when that fails,
// so re-anchoring a long source costs little more than reading the quotes.
import type { TextQuoteSelector } from '../model/schema.ts';
import type { AnchorResult, Target } from './types.ts';
import { approximateMatches, exactOccurrences } from './search.ts';
import { best, scoreCandidate, type Candidate, type ScoredCandidate } from './score.ts';

/**
 * A relocated quote is trusted when at least this share of its quote + context
 * characters agree. Unrelated repeats of a phrase in news copy ("of the",
 * "in Iraq") agree on at most about 60% of their context, so they fail.
 */
export const MIN_SIMILARITY = 0.75;
/** A fuzzy match must also keep at least half its context: an edited quote in rewritten surroundings is a guess. */
export const MIN_FUZZY_CONTEXT = 0.5;
/** A verbatim quote this long that occurs exactly once is trusted even when its surroundings were rewritten. */
export const DISTINCTIVE_LENGTH = 32;

/** Errors allowed in a fuzzy match: a quarter of the quote (approx-string-match costs grow with it). */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 4));
}

export interface AnchorOptions {
  /** Where the quote is expected now, if better known than the recorded offset (see anchorAll). */
  hint?: number;
}

const ORPHANED: AnchorResult = { state: 'orphaned' };
const FIRST_RADIUS = 512;
const WIDENING = 8;
/** Rounds of masking rejected near-copies before a fuzzy search widens. */
const MASKING_ROUNDS = 3;

export function anchor(text: string, target: Target, options: AnchorOptions = {}): AnchorResult {
  const { quote, position } = target;
  const length = quote.exact.length;
  if (length === 0) return ORPHANED;
  const hint = clamp(options.hint ?? position.start, 0, text.length);
  const found = (c: Candidate, moved: 'moved' | 'fuzzy'): AnchorResult => ({
    state: c.errors === 0 && c.start === position.start && c.end === position.end ? 'exact' : moved,
    start: c.start,
    end: c.end,
    errors: c.errors,
  });

  // (1) Unchanged around the recorded offsets (or around the hint): done.
  for (const at of hint === position.start ? [hint] : [position.start, hint]) {
    if (perfectAt(text, quote, at)) return found({ start: at, end: at + length, errors: 0 }, 'moved');
  }

  // (2) The exact quote elsewhere.
  const exact = searchExact(text, quote, hint);
  if (exact.match) return found(exact.match, 'moved');

  // (3) The quote was edited: an approximate match, never one we cannot trust.
  const fuzzy = searchFuzzy(text, quote, hint, exact.rejected);
  return fuzzy ? found(fuzzy, 'fuzzy') : ORPHANED;
}

function perfectAt(text: string, quote: TextQuoteSelector, at: number): boolean {
  const end = at + quote.exact.length;
  return (
    at >= quote.prefix.length &&
    text.startsWith(quote.exact, at) &&
    text.startsWith(quote.prefix, at - quote.prefix.length) &&
    text.startsWith(quote.suffix, end)
  );
}

interface ExactSearch {
  match?: ScoredCandidate;
  /** Occurrences judged wrong; the fuzzy search must look past them. */
  rejected: Candidate[];
}

function searchExact(text: string, quote: TextQuoteSelector, hint: number): ExactSearch {
  const length = quote.exact.length;
  const scored: ScoredCandidate[] = [];
  let lo = hint;
  let hi = hint;
  for (let radius = Math.max(FIRST_RADIUS, 4 * length); ; radius *= WIDENING) {
    const from = Math.max(0, hint - radius);
    const to = Math.min(text.length, hint + radius + 1);
    // Only the newly uncovered stretches on either side.
    for (const [a, b] of [
      [from, lo],
      [hi, to],
    ] as const) {
      for (const at of exactOccurrences(text, quote.exact, a, b)) {
        scored.push(scoreCandidate(text, quote, { start: at, end: at + length, errors: 0 }, hint));
      }
    }
    lo = from;
    hi = to;
    const top = best(scored);
    // A perfect agreement cannot be beaten by anything farther away.
    if (top && top.similarity === 1) return { match: top, rejected: [] };
    if (from === 0 && to === text.length) {
      const trusted =
        top && (top.similarity >= MIN_SIMILARITY || (length >= DISTINCTIVE_LENGTH && scored.length === 1));
      return trusted ? { match: top, rejected: [] } : { rejected: scored };
    }
  }
}

function searchFuzzy(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  rejected: Candidate[],
): ScoredCandidate | undefined {
  const maxErrors = maxErrorsFor(quote.exact);
  if (maxErrors === 0) return undefined;
  const masked = [...rejected];
  const reach = quote.exact.length + maxErrors;
  for (let radius = Math.max(FIRST_RADIUS, 4 * quote.exact.length); ; radius *= WIDENING) {
    const from = Math.max(0, hint - radius);
    const to = Math.min(text.length, hint + reach + radius);
    for (let round = 0; round < MASKING_ROUNDS; round++) {
      const candidates = approximateMatches(text, quote.exact, from, to, maxErrors, masked);
      if (candidates.length === 0) break;
      const top = best(candidates.map((c) => scoreCandidate(text, quote, c, hint)));
      if (top && top.similarity >= MIN_SIMILARITY && top.context >= MIN_FUZZY_CONTEXT) return top;
      masked.push(...candidates);
    }
    if (from === 0 && to === text.length) return undefined;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
