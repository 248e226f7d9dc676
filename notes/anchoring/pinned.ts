// Where, far from where it was expected, could an edited quote be? We look
// only next to a nearly verbatim copy of its prefix or suffix: a passage that
// moved far keeps its surroundings, and scanning a long source approximately
// for every lost quote would cost as much as reading it each time. A side of
// 32 characters with at most NEAR_VERBATIM_EDITS edits keeps one of
// NEAR_VERBATIM_EDITS + 1 pieces intact (pigeonhole), and finding a
// ten-character piece with indexOf is cheap. Matches found there must still
// pass the usual trust rules.
import type { TextQuoteSelector } from '../model/schema.ts';
import { contextAgreement } from './context.ts';
import { CONTEXT_LENGTH } from './describe.ts';
import { NEAR_VERBATIM_EDITS } from './trust.ts';
import type { Span } from './types.ts';

export function pinnedWindows(text: string, quote: TextQuoteSelector, maxErrors: number): Span[] {
  const length = quote.exact.length;
  // Room for the side's own edits, the quote's errors and a character cut from a surrogate pair.
  const slack = NEAR_VERBATIM_EDITS + maxErrors + 2;
  const windows: Span[] = [];
  const add = (quoteStart: number) =>
    windows.push({
      start: Math.max(0, quoteStart - slack),
      end: Math.min(text.length, quoteStart + length + slack),
    });

  // A piece can be common ("the \n\nthe"); only where the whole side agrees
  // but for NEAR_VERBATIM_EDITS is the quote worth looking for.
  const sideHolds = (at: number, side: string, direction: 'before' | 'after') => {
    for (let shift = -NEAR_VERBATIM_EDITS; shift <= NEAR_VERBATIM_EDITS; shift++) {
      const edge = at + shift;
      if (edge < 0 || edge > text.length) continue;
      if (contextAgreement(text, edge, side, direction) >= side.length - NEAR_VERBATIM_EDITS) return true;
    }
    return false;
  };
  for (const { piece, offset } of pieces(quote.prefix)) {
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      // The prefix ends where the quote starts.
      const quoteStart = at - offset + quote.prefix.length;
      if (sideHolds(quoteStart, quote.prefix, 'before')) add(quoteStart);
    }
  }
  for (const { piece, offset } of pieces(quote.suffix)) {
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      // The suffix starts where the quote ends.
      const quoteEnd = at - offset;
      if (sideHolds(quoteEnd, quote.suffix, 'after')) add(quoteEnd - length);
    }
  }
  return merge(windows);
}

function pieces(side: string): { piece: string; offset: number }[] {
  if (side.length < CONTEXT_LENGTH) return [];
  const count = NEAR_VERBATIM_EDITS + 1;
  const size = Math.floor(side.length / count);
  return Array.from({ length: count }, (_, i) => {
    const offset = i * size;
    return { piece: side.slice(offset, i === count - 1 ? side.length : offset + size), offset };
  });
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
