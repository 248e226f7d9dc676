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

const SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/;
const DOUBLE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const SPACE = /\s/;

function looseChar(ch: string): string {
  if (SINGLE.test(ch)) return "'";
  if (DOUBLE.test(ch)) return '"';
  return ch;
}

/** The loose form of `text`, and for each of its characters the span of `text` it came from. */
function loosen(text: string): { text: string; starts: number[]; ends: number[] } {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      let j = i + 1;
      while (j < text.length && SPACE.test(text[j]!)) j++;
      out += ' ';
      starts.push(i);
      ends.push(j);
      i = j;
    } else {
      out += looseChar(ch);
      starts.push(i);
      ends.push(i + 1);
      i += 1;
    }
  }
  return { text: out, starts, ends };
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
  const needle = loosen(quote.trim()).text;
  if (needle === '') return { matches: [], loose: false };
  const hay = loosen(text);
  const matches = occurrences(hay.text, needle).map((i) => ({ start: hay.starts[i]!, end: hay.ends[i + needle.length - 1]! }));
  return { matches, loose: matches.length > 0 };
}
