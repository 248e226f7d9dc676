// Aligning the whole of prefix + quote + suffix around a candidate puts the
// quote's edges where its context says they are. approx-string-match reports
// the quote's fewest-error matches, and the fewest errors are not always the
// right words: "rtant as we" edited to "rtantaaan as we" matches "aaan as we"
// with 3 errors, not the real span with 4. The same alignment tells when a
// candidate only borrows the context of edited or deleted words next to it.
import type { TextQuoteSelector } from '../model/schema.ts';
import type { Candidate } from './score.ts';
import { CONTEXT_LENGTH } from './describe.ts';
import { widenToCharacters } from './utf16.ts';

/** Longer quotes keep approx-string-match's edges: the table would grow with the square of the length. */
const MAX_REFINED_LENGTH = 1000;
/** When several alignments are equally good, look at this many before choosing. */
const MAX_TIES = 8;

const DIAGONAL = 0;
const UP = 1; // a character of the pattern is missing from the text
const LEFT = 2; // the text has a character the pattern lacks

export interface Alignment {
  /** Where the quote is in the best alignment; undefined when it has no room left (it was deleted). */
  edges: Candidate | undefined;
  /** Edits in the whole alignment, and how many of them fall in the quote. */
  edits: number;
  quoteEdits: number;
}

/**
 * The best alignment of prefix + quote + suffix around a candidate, or
 * undefined when the quote is too long to align this way.
 */
export function alignAround(text: string, quote: TextQuoteSelector, c: Candidate, maxErrors: number): Alignment | undefined {
  const { prefix, exact, suffix } = quote;
  if (exact.length > MAX_REFINED_LENGTH) return undefined;
  const pattern = prefix + exact + suffix;
  // The match's edges may be off by about its errors; the context may have grown.
  const slack = 2 * maxErrors + 4;
  const from = Math.max(0, c.start - 2 * prefix.length - slack);
  const to = Math.min(text.length, c.end + 2 * suffix.length + slack);
  const m = pattern.length;
  const n = to - from;
  const width = n + 1;

  // Semi-global alignment: the pattern must be matched whole, the text around
  // it is free. Of the alignments with the fewest edits, prefer the one whose
  // edits fall in the quote, not in its context: we are here because the quote
  // was edited. Costs are (edits, context edits) folded into one number.
  const quoteEdit = m + n + 1;
  const contextEdit = quoteEdit + 1;
  const quoteRows = { first: prefix.length + 1, last: prefix.length + exact.length };
  // A context shorter than CONTEXT_LENGTH means the quote was at the edge of
  // the source: if it still is, the alignment may not run past that edge.
  const fromEdge = prefix.length < CONTEXT_LENGTH && from === 0;
  const toEdge = suffix.length < CONTEXT_LENGTH && to === text.length;
  const moves = new Uint8Array((m + 1) * width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  if (fromEdge) for (let j = 0; j <= n; j++) previous[j] = j * contextEdit;
  for (let i = 1; i <= m; i++) {
    const p = pattern.charCodeAt(i - 1);
    // Row i consumes pattern character i - 1; text inserted in row i comes after it.
    const charCost = i >= quoteRows.first && i <= quoteRows.last ? quoteEdit : contextEdit;
    const insertCost = i >= quoteRows.first - 1 && i <= quoteRows.last ? quoteEdit : contextEdit;
    current[0] = previous[0]! + charCost;
    moves[i * width] = UP;
    for (let j = 1; j <= n; j++) {
      const diagonal = previous[j - 1]! + (p === text.charCodeAt(from + j - 1) ? 0 : charCost);
      const up = previous[j]! + charCost;
      const left = current[j - 1]! + insertCost;
      let best = diagonal;
      let move = DIAGONAL;
      if (up < best) [best, move] = [up, UP];
      if (left < best) [best, move] = [left, LEFT];
      current[j] = best;
      moves[i * width + j] = move;
    }
    [previous, current] = [current, previous];
  }

  let lowest = Infinity;
  for (let j = toEdge ? n : 0; j <= n; j++) lowest = Math.min(lowest, previous[j]!);
  // Equally good alignments: keep the quote's length if we can.
  let chosen: { start: number; end: number; gap: number } | undefined;
  let ties = 0;
  for (let j = toEdge ? n : 0; j <= n && ties < MAX_TIES; j++) {
    if (previous[j] !== lowest) continue;
    ties++;
    const edges = quoteEdges(moves, width, j, prefix.length, exact.length);
    const gap = Math.abs(edges.end - edges.start - exact.length);
    if (!chosen || gap < chosen.gap) chosen = { ...edges, gap };
  }
  // Costs fold (edits, context edits) into one number; unfold them.
  const edits = Math.floor(lowest / quoteEdit);
  const quoteEdits = edits - (lowest % quoteEdit);
  if (!chosen || chosen.end <= chosen.start) return { edges: undefined, edits, quoteEdits };
  const span = widenToCharacters(text, from + chosen.start, from + chosen.end);
  return { edges: { ...span, errors: editDistance(exact, text.slice(span.start, span.end)) }, edits, quoteEdits };
}

/** Walk an alignment back from its end column; report where the quote starts and ends in the window. */
function quoteEdges(moves: Uint8Array, width: number, endColumn: number, prefixLength: number, quoteLength: number) {
  let i = (moves.length / width - 1) | 0;
  let j = endColumn;
  let start = -1;
  let end = -1;
  const quoteEndRow = prefixLength + quoteLength;
  while (i > 0) {
    // Text inserted at the quote's edges counts as part of the edited quote.
    if (i === quoteEndRow && end === -1) end = j;
    if (i === prefixLength) start = j;
    const move = moves[i * width + j]!;
    if (move === DIAGONAL) {
      i--;
      j--;
    } else if (move === UP) i--;
    else j--;
  }
  if (start === -1) start = j;
  return { start, end };
}

/** Levenshtein distance: the number of changes reported for an edited quote. */
export function editDistance(a: string, b: string): number {
  let row = new Int32Array(b.length + 1).map((_, j) => j);
  let next = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    }
    [row, next] = [next, row];
  }
  return row[b.length]!;
}
