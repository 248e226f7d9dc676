// Finding candidate places for a quote in a stretch of the text. Scoring and
// deciding happen elsewhere (score.ts, anchor.ts).
import approxSearch from 'approx-string-match';
import type { Candidate } from './score.ts';
import { widenToCharacters } from './utf16.ts';

/** Every occurrence of `quote` in the text (overlapping ones too). */
export function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

// A code unit no real text contains, so masked stretches cannot match anything.
const MASK = '\uffff';

/**
 * The closest approximate matches of `quote` in text[from, to), ignoring the
 * `masked` spans. approx-string-match reports only the lowest error count in
 * the text it is given, so a rejected near-copy would hide every worse (but
 * right) match; masking it lets the next search see past it.
 */
export function approximateMatches(
  text: string,
  quote: string,
  from: number,
  to: number,
  maxErrors: number,
  masked: readonly Candidate[] = [],
): Candidate[] {
  const window = maskedSlice(text, from, to, masked);
  return approxSearch(window, quote, maxErrors).map((m) => ({
    ...widenToCharacters(text, m.start + from, m.end + from),
    errors: m.errors,
  }));
}

/** text.slice(from, to) with the masked spans blanked out, built in one pass. */
function maskedSlice(text: string, from: number, to: number, masked: readonly Candidate[]): string {
  const spans = masked.filter((m) => m.start < to && m.end > from).sort((a, b) => a.start - b.start);
  if (spans.length === 0) return text.slice(from, to);
  const pieces: string[] = [];
  let cursor = from;
  for (const m of spans) {
    const s = Math.max(m.start, cursor);
    const e = Math.min(m.end, to);
    if (s >= e) continue;
    pieces.push(text.slice(cursor, s), MASK.repeat(e - s));
    cursor = e;
  }
  pieces.push(text.slice(cursor, to));
  return pieces.join('');
}
