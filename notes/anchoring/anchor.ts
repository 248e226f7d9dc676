// Find where an annotation's quote is in a (possibly revised) source text.
//
// Order, cheapest first: (1) the recorded offsets, (2) the exact quote, chosen
// by its context, (3) an approximate match of the quote. Work starts where the
// quote is expected and goes outwards only when that fails, so re-anchoring a
// long source costs little more than reading the quotes.
import type { TextQuoteSelector } from '../model/schema.ts';
import type { AnchorResult, Target } from './types.ts';
import { approximateMatches, exactOccurrences } from './search.ts';
import { best, edits, scoreCandidate, type Candidate, type ScoredCandidate } from './score.ts';
import { MIN_SIMILARITY, trustExact, trustFuzzy } from './trust.ts';
import { pinnedWindows } from './pinned.ts';
import { alignAround } from './refine.ts';

/** Errors allowed in a fuzzy match: half the quote, as in the Hypothesis client; trust.ts decides what is kept. */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

export interface AnchorOptions {
  /** Where the quote is expected now, if better known than the recorded offset (see anchorAll). */
  hint?: number;
}

const ORPHANED: AnchorResult = { state: 'orphaned' };
const FIRST_RADIUS = 512;
const WIDENING = 8;
/**
 * Beyond this radius a fuzzy search stops widening window by window and looks
 * only beside nearly verbatim copies of the quote's context (pinned.ts): far
 * away, an approximate scan would cost as much as reading the whole source and
 * would meet more look-alikes. Near the hint it also retries after masking
 * rejected near-copies (approx-string-match reports only the fewest-error
 * matches, so one near-copy can hide the right place).
 */
const NEAR_RADIUS = 1 << 12;
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
  const match = exact.match && notBorrowing(text, quote, exact.match, hint);
  if (match?.errors === 0 && match.similarity >= MIN_SIMILARITY) return found(match, 'moved');
  // A fuzzy answer with more errors than half the quote (a one-letter quote with one error) is a guess.
  const plausible = (c: Candidate) => c.errors <= maxErrorsFor(quote.exact);
  if (match && match.errors > 0) return plausible(match) ? found(match, 'fuzzy') : ORPHANED;

  // (3) The quote was edited: an approximate match, never one we cannot trust.
  // An exact match trusted on weaker grounds (its quote alone, or one side of
  // its context) gives way to an edited copy that agrees better with its
  // context: the same long phrase can occur twice.
  const fuzzy = searchFuzzy(text, quote, hint, exact.occurrences);
  if (match && !(fuzzy && editedIsBetter(quote, fuzzy, match))) return found(match, 'moved');
  return fuzzy && plausible(fuzzy) ? found(fuzzy, 'fuzzy') : ORPHANED;
}

/**
 * An exact occurrence a few characters from the edited quote shares most of
 * its context ("timelines[ for] US force" when " for" in "US[ for]ce" lost its
 * space). Aligning quote + context as a whole around it tells which it is:
 * the occurrence itself, the edited words nearby (returned as a fuzzy match),
 * or nothing (the quote was deleted).
 */
function notBorrowing(
  text: string,
  quote: TextQuoteSelector,
  match: ScoredCandidate,
  hint: number,
): ScoredCandidate | undefined {
  if (match.similarity === 1) return match;
  const aligned = alignAround(text, quote, match, maxErrorsFor(quote.exact));
  if (!aligned) return match;
  const { edges } = aligned;
  if (!edges) return aligned.edits + aligned.quoteEdits < edits(quote, match) ? undefined : match;
  if (edges.start === match.start && edges.end === match.end) return match;
  const refined = scoreCandidate(text, quote, edges, hint);
  return editedIsBetter(quote, refined, match) && trustFuzzy(quote, refined) ? refined : match;
}

/**
 * The quote found verbatim is evidence its words are intact: an edited
 * alternative must explain quote + context better even with its own quote
 * edits counted twice.
 */
function editedIsBetter(quote: TextQuoteSelector, edited: ScoredCandidate, verbatim: ScoredCandidate): boolean {
  return edits(quote, edited) + edited.errors < edits(quote, verbatim);
}

/** True when the quote and its context are exactly where the position selector says: anchor() would answer 'exact' there. */
export function unmoved(text: string, { quote, position }: Target): boolean {
  return quote.exact.length > 0 && position.end - position.start === quote.exact.length && perfectAt(text, quote, position.start);
}

/** True when the quote and all its saved context sit at `at`. */
export function perfectAt(text: string, quote: TextQuoteSelector, at: number): boolean {
  return (
    at >= quote.prefix.length &&
    text.startsWith(quote.exact, at) &&
    text.startsWith(quote.prefix, at - quote.prefix.length) &&
    text.startsWith(quote.suffix, at + quote.exact.length)
  );
}

interface ExactSearch {
  match?: ScoredCandidate;
  /** Every occurrence scored; a fuzzy search must look past them. */
  occurrences: Candidate[];
}

function searchExact(text: string, quote: TextQuoteSelector, hint: number): ExactSearch {
  const length = quote.exact.length;
  // Finding every occurrence is one native scan; scoring them is the cost, so
  // score outwards from the hint and stop at a perfect agreement: nothing
  // farther away can beat it.
  const positions = exactOccurrences(text, quote.exact).sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
  const scored: ScoredCandidate[] = [];
  for (const at of positions) {
    const c = scoreCandidate(text, quote, { start: at, end: at + length, errors: 0 }, hint);
    scored.push(c);
    if (c.similarity === 1) return { match: c, occurrences: scored };
  }
  const top = best(scored);
  return top && trustExact(quote, top, scored.length) ? { match: top, occurrences: scored } : { occurrences: scored };
}

function searchFuzzy(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  occurrences: Candidate[],
): ScoredCandidate | undefined {
  const maxErrors = maxErrorsFor(quote.exact);
  if (maxErrors === 0) return undefined;
  const masked = [...occurrences];
  const reach = quote.exact.length + maxErrors;

  // The refined edges may hold more errors than the search allowed: the
  // search's fewest-error match can be a neighbour of the edited words, while
  // the refined ones align quote + context best as a whole. When the best
  // explanation is that the quote was deleted, the candidate is rejected.
  const refine = (c: ScoredCandidate): ScoredCandidate | undefined => {
    const aligned = alignAround(text, quote, c, maxErrors);
    if (!aligned) return c;
    if (!aligned.edges) return undefined;
    const refined = scoreCandidate(text, quote, aligned.edges, hint);
    return trustFuzzy(quote, refined) ? refined : c;
  };

  // Trusted matches in [from, to): the first good one wins (it is the closest
  // window that has one), after a few rounds of masking near the hint.
  const searchWindow = (from: number, to: number, rounds: number): ScoredCandidate | undefined => {
    for (let round = 0; round < rounds; round++) {
      const candidates = approximateMatches(text, quote.exact, from, to, maxErrors, masked);
      if (candidates.length === 0) return undefined;
      const top = best(candidates.map((c) => scoreCandidate(text, quote, c, hint)));
      const refined = top && trustFuzzy(quote, top) ? refine(top) : undefined;
      if (refined) return refined;
      masked.push(...candidates);
    }
    return undefined;
  };

  for (let radius = Math.max(FIRST_RADIUS, 4 * quote.exact.length); ; radius *= WIDENING) {
    const from = Math.max(0, hint - radius);
    const to = Math.min(text.length, hint + reach + radius);
    const match = searchWindow(from, to, MASKING_ROUNDS);
    if (match) return match;
    if (from === 0 && to === text.length) return undefined;
    if (radius >= NEAR_RADIUS) break;
  }

  // The last resort: the rest of the text, where the quote keeps one side of its context.
  const far = pinnedWindows(text, quote, maxErrors).map((w) => searchWindow(w.start, w.end, 1));
  return best(far.filter((m) => m !== undefined));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
