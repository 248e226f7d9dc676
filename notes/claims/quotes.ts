// Where the double quotation marks are, paired. Straight and curly marks are
// mixed freely in news copy (an article may open with " and close with ”),
// so a straight mark opens when none is open and closes otherwise. Single
// marks are left alone: they are apostrophes far more often than quotes, and
// inside a double quote they are the quoted speaker's own quotation.
import type { Span } from './span.ts';

const OPENING = new Set(['\u201C', '\u201E']); // “ „
const CLOSING = new Set(['\u201D']); // ”
const EITHER = new Set(['"', '\u201F', '\u2033']); // " ‟ ″

/** A quotation, marks included; `closed` is false when the paragraph ended first. */
export interface Quote extends Span {
  closed: boolean;
}

export const isQuoteMark = (c: string | undefined): boolean => c !== undefined && (OPENING.has(c) || CLOSING.has(c) || EITHER.has(c));

/**
 * Two apostrophes as quotation marks (''…'', as some newspapers' archives and
 * plain-text feeds write them, when they outnumber double quotation marks) are read as a double quote: an opening '' as
 * `" ` and a closing one as ` "`, so every offset stays the text's own. A third
 * apostrophe beside them is the quoted speaker's own single quote.
 */
export function readDoubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  // Only in copy that quotes this way: where double quotation marks are the style, '' is something else.
  const doubled = text.match(/''/g)!.length;
  const marks = (text.match(/["“”]/g) ?? []).length;
  if (marks > doubled) return text;
  let open = false;
  return text.replace(/'{2,3}|\n/g, (run) => {
    if (run === '\n') {
      open = false;
      return run;
    }
    open = !open;
    if (open) return run.length === 2 ? '" ' : '" \'';
    return run.length === 2 ? ' "' : '\' "';
  });
}

/**
 * Quotes never cross a paragraph: news style reopens a quote that runs on
 * into the next paragraph, so an unclosed one ends with its paragraph.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open >= 0) quotes.push({ start: open, end: trimEnd(text, i), closed: false });
      open = -1;
    } else if (OPENING.has(c)) {
      if (open < 0) open = i;
      else if (closesAsTyped(text, i)) {
        // An opening mark typed where the quote closes (“Do you want that?“ he asked): pasted copy does this too.
        quotes.push({ start: open, end: i + 1, closed: true });
        open = -1;
      }
    } else if (CLOSING.has(c) && open < 0 && opensItsLine(text, i)) {
      // A closing mark typed where a line's quote opens (”Fear. I am…”): pasted copy does this.
      open = i;
    } else if (CLOSING.has(c) || EITHER.has(c)) {
      if (open >= 0) {
        quotes.push({ start: open, end: i + 1, closed: true });
        open = -1;
      } else if (EITHER.has(c)) {
        open = i;
      }
    }
  }
  if (open >= 0) quotes.push({ start: open, end: trimEnd(text, text.length), closed: false });
  return quotes.filter((q) => q.end > q.start + 1);
}

/** Spacing, and the invisible direction marks social-media copy carries. */
const LINE_LEAD = /[ \t\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The mark starts its line (spaces and direction marks aside) and a word follows it at once. */
function opensItsLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && LINE_LEAD.test(text[k]!)) k--;
  return (k < 0 || text[k] === '\n') && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '');
}

/** Right after the quote's last stop and before a space or the line's end. */
function closesAsTyped(text: string, at: number): boolean {
  return /[.,!?…]/.test(text[at - 1] ?? '') && /^(?:\s|$)/.test(text.slice(at + 1, at + 2));
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The quote that contains offset `at`, if any (quotes are in order and do not overlap). */
export function quoteAt(quotes: readonly Quote[], at: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}

export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

/** The last quote that ends at or before `at`. */
export function quoteEndingBefore(quotes: readonly Quote[], at: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return quotes[lo - 1];
}

/** The first quote that starts at or after `at`. */
export function quoteStartingFrom(quotes: readonly Quote[], at: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return quotes[lo];
}
