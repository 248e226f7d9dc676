// Where did an edited quote go? When a publisher rewords a phrase, inserts a
// sentence or cuts one, most of the quote's words survive in order, with new
// text between or instead of some of them. We align the saved prefix + quote
// + suffix with a stretch of the revised text where the quote is expected
// (anchor-all.ts says where, from the annotations around it), with costs that
// say what revisions do: text inserted inside the quote is cheap (a sentence
// may be added), losing a character of the quote is dear, and the context
// only has to agree about where the quote starts and ends. The quote's new
// span runs from its first to its last surviving word, across whatever was
// inserted; the characters that survive tell whether it was edited or deleted.
import type { TextQuoteSelector } from '../model/schema.ts';
import { CONTEXT_LENGTH } from './describe.ts';
import { widenToCharacters } from './utf16.ts';

/** Costs of one character, or of starting a run of inserted text. */
const COST = {
  /** A character of the quote that is not in the text (deleted or replaced). */
  quoteLost: 16,
  /**
   * Text inserted inside the quote: opening a gap is dear and running on is
   * cheap, so an added sentence costs less than losing the words after it,
   * while matching stray letters of unrelated text one gap at a time does not pay.
   */
  gapOpen: 24,
  gapExtend: 2,
  /**
   * Text inserted at the quote's edge is as likely, and a hair cheaper: of two
   * equally good readings, a sentence added right after "…Peshmerga." is not
   * taken into the quote by matching its own final full stop.
   */
  edgeGapOpen: 23,
  /** A character of the context lost or replaced, or text inserted inside the context. */
  context: 8,
} as const;

/** Matching characters count as surviving words only in runs this long (a lone "e" or " th" proves nothing). */
const MIN_RUN = 4;
/** Rows × columns beyond which the table would cost more than it is worth; the caller falls back. */
const MAX_CELLS = 8_000_000;

// How the best alignment reached a cell: by aligning a pattern character
// (DIAGONAL), losing one (UP) or in a run of inserted text (GAP); a gap cell
// either opens the run (OPEN) or continues it (EXTEND).
const DIAGONAL = 0;
const UP = 1;
const GAP = 2;
const OPEN = 0;
const EXTEND = 1;

export interface Survivors {
  /** The quote's new span: from its first to its last surviving character. */
  start: number;
  end: number;
  /** Characters of the quote found in place, in runs of at least MIN_RUN. */
  surviving: number;
}

/**
 * The best place for the quote in text[from, to), or undefined when the
 * stretch is too long to align or no character of the quote survives there.
 */
export function findSurvivors(text: string, quote: TextQuoteSelector, from: number, to: number): Survivors | undefined {
  const { prefix, exact, suffix } = quote;
  const pattern = prefix + exact + suffix;
  const m = pattern.length;
  const n = to - from;
  if (n <= 0 || (m + 1) * (n + 1) > MAX_CELLS) return undefined;
  const width = n + 1;
  const firstQuoteRow = prefix.length + 1;
  const lastQuoteRow = prefix.length + exact.length;

  // Semi-global: the pattern is matched whole, the text around it is free
  // (row 0 costs nothing). `best` is the cheapest alignment of each cell,
  // `gap` the cheapest that ends in a run of inserted text (Gotoh 1982).
  const moves = new Uint8Array((m + 1) * width);
  const gapMoves = new Uint8Array((m + 1) * width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  const gap = new Int32Array(width);
  // A context cut short by the source's edge (describe() keeps up to
  // CONTEXT_LENGTH): while that edge is in the stretch, the alignment may not
  // skip the text between it and the quote.
  const fromEdge = prefix.length < CONTEXT_LENGTH && from === 0;
  const toEdge = suffix.length < CONTEXT_LENGTH && to === text.length;
  if (fromEdge) for (let j = 0; j <= n; j++) previous[j] = j * COST.context;
  for (let i = 1; i <= m; i++) {
    const p = pattern.charCodeAt(i - 1);
    const inQuote = i >= firstQuoteRow && i <= lastQuoteRow;
    const lost = inQuote ? COST.quoteLost : COST.context;
    // Row i's insertions come after pattern character i - 1: inside the quote between two of its characters.
    const between = i >= firstQuoteRow && i < lastQuoteRow;
    const edge = i === firstQuoteRow - 1 || i === lastQuoteRow;
    const open = between ? COST.gapOpen : edge ? COST.edgeGapOpen : 0;
    const extend = between || edge ? COST.gapExtend : COST.context;
    current[0] = previous[0]! + lost;
    moves[i * width] = UP;
    gap[0] = current[0]! + open;
    for (let j = 1; j <= n; j++) {
      const opened = current[j - 1]! + open;
      const extended = gap[j - 1]!;
      const inGap = (extended < opened ? extended : opened) + extend;
      gap[j] = inGap;
      gapMoves[i * width + j] = extended < opened ? EXTEND : OPEN;
      let best = previous[j - 1]! + (p === text.charCodeAt(from + j - 1) ? 0 : lost);
      let move = DIAGONAL;
      const up = previous[j]! + lost;
      if (up < best) [best, move] = [up, UP];
      if (inGap < best) [best, move] = [inGap, GAP];
      current[j] = best;
      moves[i * width + j] = move;
    }
    [previous, current] = [current, previous];
  }
  let endColumn = toEdge ? n : 0;
  if (!toEdge) for (let j = 1; j <= n; j++) if (previous[j]! < previous[endColumn]!) endColumn = j;

  // Walk back: the quote ends where the walk leaves its last row and starts
  // where it enters the prefix's. Along the way, note the quote's surviving
  // runs and how much of each side of the context was found.
  let i = m;
  let j = endColumn;
  let inRun = false;
  let start = -1;
  let end = -1;
  let surviving = 0;
  let run = 0;
  let runEnd = 0;
  let firstRunStart = -1;
  let lastRunEnd = -1;
  let prefixFound = 0;
  let suffixFound = 0;
  const closeRun = () => {
    if (run >= MIN_RUN) {
      surviving += run;
      firstRunStart = j;
      if (lastRunEnd === -1) lastRunEnd = runEnd;
    }
    run = 0;
  };
  while (i > 0) {
    const move = inRun ? GAP : moves[i * width + j]!;
    const matches = move === DIAGONAL && pattern.charCodeAt(i - 1) === text.charCodeAt(from + j - 1);
    const inQuote = i >= firstQuoteRow && i <= lastQuoteRow;
    if (matches && inQuote) {
      if (run++ === 0) runEnd = j;
    } else closeRun();
    if (matches && i < firstQuoteRow) prefixFound++;
    if (matches && i > lastQuoteRow) suffixFound++;
    if (i === lastQuoteRow && end === -1 && move !== GAP) end = j;
    if (move === DIAGONAL) {
      i--;
      j--;
    } else if (move === UP) i--;
    else {
      inRun = gapMoves[i * width + j] === EXTEND;
      j--;
    }
    if (i === prefix.length && start === -1) start = j;
  }
  closeRun();
  if (surviving === 0 || start === -1 || end <= start) return undefined;
  // Where a side of the context is gone, it cannot say where the quote's
  // edge is; the quote's own first or last surviving words do.
  if (prefixFound < prefix.length / 2) start = Math.max(start, firstRunStart);
  if (suffixFound < suffix.length / 2) end = Math.min(end, lastRunEnd);
  return { ...widenToCharacters(text, from + start, from + end), surviving };
}
