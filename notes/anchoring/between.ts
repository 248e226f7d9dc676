// Placing a quote between the annotations around it. Annotations that were
// found intact (their quote and context verbatim) tell how far each stretch
// of the text moved: a quote recorded between two of them is now between
// their new places, shifted like the one before it or like the one after it.
// There we look for its words verbatim, then for what survives of them
// (survivors.ts). A near place that fits always beats a far copy of similar
// words: reporting repeats phrases, and a deleted paragraph often has a
// look-alike elsewhere.
import type { TextQuoteSelector } from '../model/schema.ts';
import type { AnchorResult, Target } from './types.ts';
import { CONTEXT_LENGTH } from './describe.ts';
import { editDistance } from './refine.ts';
import { scoreCandidate, type ScoredCandidate } from './score.ts';
import { findSurvivors } from './survivors.ts';
import { MIN_SIMILARITY } from './trust.ts';

/** An annotation found intact: where it was recorded and where it is now. */
export interface Landmark {
  recorded: number;
  now: number;
}

/** Room around the expected place for edits at the quote's edges and its context. */
const PAD = 2 * CONTEXT_LENGTH + 32;
/** How far to look on a side with no landmark near (before the first found annotation, after the last). */
const UNGUIDED = 1 << 12;
/** A verbatim copy of the quote is its own place when at least this share of one side of its context agrees. */
const ONE_SIDE = 0.75;
/** An edited quote is found when at least this share of its characters survive; below it, it was deleted. */
export const MOSTLY_SURVIVES = 0.5;
/** Surviving words this long are evidence enough without their context. */
const LONG_SURVIVAL = 2 * CONTEXT_LENGTH;
/** Shorter quotes carry too few words to tell an edit from a coincidence. */
const MIN_EDITED_LENGTH = 8;

/**
 * Where the quote is between the landmarks before and after it (either may be
 * missing), or undefined when nothing there fits.
 */
export function anchorBetween(
  text: string,
  target: Target,
  before: Landmark | undefined,
  after: Landmark | undefined,
  hint = target.position.start,
): AnchorResult | undefined {
  const { quote, position } = target;
  const length = quote.exact.length;
  if (length === 0) return undefined;
  const landmarks = [before, after].filter((l) => l !== undefined);
  // With no landmark at all (a lone annotation), the quote is looked for where it was expected.
  const expected = landmarks.length ? landmarks.map((l) => position.start + l.now - l.recorded) : [hint];
  const likely = expected[0]!;
  // Annotations are ordered by where they start: this one starts between its
  // landmarks. Text between a landmark and the quote may have been edited
  // too: the farther the landmark (or with none on a side), the farther we
  // look for the quote's own words with one side of their context. What
  // survives of an edited quote is looked for only close to where the
  // landmarks put it, and there it beats a verbatim copy farther away.
  const reach = (l: Landmark | undefined) => (l ? Math.min(UNGUIDED, Math.max(PAD, Math.abs(position.start - l.recorded))) : UNGUIDED);
  const stretch = (padBefore: number, padAfter: number) => ({
    lo: Math.max(0, before?.now ?? 0, Math.min(...expected) - padBefore),
    hi: Math.min(text.length, (after?.now ?? Infinity) + length + PAD, Math.max(...expected) + length + padAfter),
  });
  const near = stretch(PAD, PAD);
  const wide = stretch(reach(before), reach(after));
  const inside = (c: { start: number; end: number }) => c.start >= near.lo && c.end <= near.hi;
  // A quote that ended before the next landmark began still ends before it, unless
  // one side of its context says otherwise: the landmark may be on a look-alike
  // passage where the edit left two readings of the text.
  const outOfOrder = (c: ScoredCandidate) => after !== undefined && position.end <= after.recorded && c.end > after.now && !oneSideHolds(quote, c, ONE_SIDE);
  const found = bestVerbatim(text, quote, wide.lo, wide.hi, likely);
  const verbatim = found && !outOfOrder(found) ? found : undefined;
  const survived = verbatim && inside(verbatim) ? undefined : survivorsNear(text, quote, near.lo, near.hi, likely);
  const edited = survived && !outOfOrder(survived.scored) ? survived : undefined;
  // Near and edited beats far and verbatim only when its context agrees better.
  if (edited && (!verbatim || contextOf(edited.scored) > contextOf(verbatim))) return edited.result;
  if (!verbatim) return undefined;
  const exact = verbatim.start === position.start && verbatim.end === position.end;
  return { state: exact ? 'exact' : 'moved', start: verbatim.start, end: verbatim.end, errors: 0 };
}

/** What survives of the quote in text[lo, hi), if most of it does and its context agrees. */
function survivorsNear(
  text: string,
  quote: TextQuoteSelector,
  lo: number,
  hi: number,
  likely: number,
): { result: AnchorResult; scored: ScoredCandidate } | undefined {
  const length = quote.exact.length;
  if (length < MIN_EDITED_LENGTH || hi - lo < MIN_EDITED_LENGTH) return undefined;
  const survivors = findSurvivors(text, quote, lo, hi);
  if (!survivors || survivors.surviving < MOSTLY_SURVIVES * length) return undefined;
  const scored = scoreCandidate(text, quote, { ...survivors, errors: 0 }, likely);
  if (survivors.surviving < LONG_SURVIVAL && !oneSideHolds(quote, scored, MOSTLY_SURVIVES)) return undefined;
  const { start, end } = trimmedLike(text, survivors, quote.exact);
  const words = text.slice(start, end);
  const errors = words === quote.exact ? 0 : editDistance(quote.exact, words);
  return { result: { state: errors === 0 ? 'moved' : 'fuzzy', start, end, errors }, scored };
}

/**
 * A quote trimmed at an edge can leave the space that stood inside it ("So, we
 * must" becoming "We must"): the span does not begin or end with space the
 * quote did not.
 */
function trimmedLike(text: string, span: { start: number; end: number }, exact: string): { start: number; end: number } {
  let { start, end } = span;
  const space = (at: number) => /\s/.test(text[at] ?? '');
  if (!/^\s/.test(exact)) while (start < end && space(start)) start++;
  if (!/\s$/.test(exact)) while (end > start && space(end - 1)) end--;
  return { start, end };
}

function contextOf(c: ScoredCandidate): number {
  return c.prefixAgreement + c.suffixAgreement;
}

function bestVerbatim(text: string, quote: TextQuoteSelector, lo: number, hi: number, likely: number): ScoredCandidate | undefined {
  const stretch = text.slice(lo, hi);
  let best: ScoredCandidate | undefined;
  let bestAgreement = -1;
  for (let at = stretch.indexOf(quote.exact); at !== -1; at = stretch.indexOf(quote.exact, at + 1)) {
    const c = scoreCandidate(text, quote, { start: lo + at, end: lo + at + quote.exact.length, errors: 0 }, likely);
    const agreement = c.prefixAgreement + c.suffixAgreement + atEdge(text, quote, c);
    if (agreement > bestAgreement || (agreement === bestAgreement && c.distance < best!.distance)) [best, bestAgreement] = [c, agreement];
  }
  return best && (best.similarity >= MIN_SIMILARITY || oneSideHolds(quote, best, ONE_SIDE) || atEdge(text, quote, best) > 0) ? best : undefined;
}

/**
 * A context cut short by the source's edge (describe() keeps up to
 * CONTEXT_LENGTH) says the quote was that close to the edge: a candidate
 * still there agrees as much as a full side of context would.
 */
function atEdge(text: string, quote: TextQuoteSelector, c: ScoredCandidate): number {
  const fromStart = quote.prefix.length < CONTEXT_LENGTH && c.start === quote.prefix.length && c.prefixAgreement === quote.prefix.length;
  const fromEnd = quote.suffix.length < CONTEXT_LENGTH && c.end + quote.suffix.length === text.length && c.suffixAgreement === quote.suffix.length;
  return (fromStart ? CONTEXT_LENGTH : 0) + (fromEnd ? CONTEXT_LENGTH : 0);
}

function oneSideHolds(quote: TextQuoteSelector, c: ScoredCandidate, share: number): boolean {
  const holds = (agreement: number, length: number) => length > 0 && agreement >= share * length;
  return holds(c.prefixAgreement, quote.prefix.length) || holds(c.suffixAgreement, quote.suffix.length);
}
