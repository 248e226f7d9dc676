// Finding the words a user typed in a source. News copy mixes curly and
// straight quotes and is full of non-breaking spaces; a terminal user types
// straight quotes and plain spaces. So the exact words are looked for first,
// and only when they are absent, the same words with quote marks and runs of
// spaces made equal. Either way the annotation quotes the source's own
// characters.

export interface QuoteMatch {
  start: number;
  end: number;
}

export interface FoundQuote {
  matches: QuoteMatch[];
  /** True when the matches differ from the typed quote in quote marks or spacing. */
  loose: boolean;
}

const SINGLE = '\u2018\u2019\u201a\u201b\u2032';
const DOUBLE = '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb';

/**
 * The typed quote as a pattern over the source's own characters: any quote
 * mark of its kind for a quote mark, any run of white space for a space. A
 * pattern, not a loosened copy of the source: a 20 MB source is searched at
 * regex speed instead of being rebuilt character by character.
 */
function loosePattern(quote: string): RegExp | undefined {
  const parts: string[] = [];
  for (const ch of quote.trim()) {
    if (/\s/.test(ch)) {
      if (parts.at(-1) !== '\\s+') parts.push('\\s+');
    } else if (ch === "'" || SINGLE.includes(ch)) parts.push(`['${SINGLE}]`);
    else if (ch === '"' || DOUBLE.includes(ch)) parts.push(`["${DOUBLE}]`);
    else parts.push(ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  }
  return parts.length ? new RegExp(parts.join(''), 'g') : undefined;
}

/** Non-overlapping occurrences, in reading order. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}

export function findQuote(text: string, quote: string): FoundQuote {
  if (quote === '') return { matches: [], loose: false };
  const exact = occurrences(text, quote);
  if (exact.length) return { matches: exact.map((start) => ({ start, end: start + quote.length })), loose: false };
  const pattern = loosePattern(quote);
  if (!pattern) return { matches: [], loose: false };
  const matches = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { matches, loose: matches.length > 0 };
}
