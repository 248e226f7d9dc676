// The baseline re-anchoring strategy, written for this bench after the
// approach the Hypothesis client documents for its quote matcher
// (src/annotator/anchoring/match-quote.ts, BSD-2-Clause): look for the exact
// quote anywhere in the text; only if it occurs nowhere, search the whole text
// approximately (approx-string-match, up to min(256, quote length / 2)
// errors); then rank every candidate by a weighted similarity of quote (50),
// prefix (20), suffix (20) and closeness to the recorded offset (2), and take
// the best. There is no threshold: whatever ranks first is the answer, so an
// annotation is orphaned only when no candidate exists at all.
import approxSearch from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote was expected (the recorded offset). */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0–1, 1 = quote and context agree exactly and sit at the hint. */
  score: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Every exact occurrence; failing that, the closest approximate ones. */
function candidatesFor(text: string, quote: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) exact.push({ start: at, end: at + quote.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, quote, maxErrors);
}

/** 1 − (fewest errors of `expected` anywhere in `actual`) / its length; 0 when either is empty. */
function similarity(actual: string, expected: string): number {
  if (actual.length === 0 || expected.length === 0) return 0;
  const closest = candidatesFor(actual, expected, expected.length)[0];
  return closest ? 1 - closest.errors / expected.length : 0;
}

export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const candidates = candidatesFor(text, quote, maxErrors);
  let best: QuoteMatch | null = null;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.length;
    const prefixScore = context.prefix ? similarity(text.slice(Math.max(0, c.start - context.prefix.length), c.start), context.prefix) : 1;
    const suffixScore = context.suffix ? similarity(text.slice(c.end, c.end + context.suffix.length), context.suffix) : 1;
    const positionScore = typeof context.hint === 'number' ? 1 - Math.abs(c.start - context.hint) / text.length : 1;
    const score =
      (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) / TOTAL_WEIGHT;
    if (!best || score > best.score) best = { start: c.start, end: c.end, score };
  }
  return best;
}
