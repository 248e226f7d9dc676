// Sentences: a full stop, question or exclamation mark (with any closing
// quote or bracket) followed by space and a capital, a digit or an opening
// quote ends one, unless the word before it is a known abbreviation; a line
// break always does. A boundary inside a quotation is no boundary ("…
// affiliates. So, we must adapt …" is one quote, said once).
//
// Intl.Segmenter gives much the same sentences on news copy but costs about
// half the finder's time budget on its own, so this plain scan does the job.
//
// A run of text with no boundary at all (a source pasted as one line with no
// full stops, an unclosed quote) is cut into pieces of at most MAX_SENTENCE
// characters at a space: the finder's work on a sentence grows with its
// length times its cues, and no news sentence is that long.
import { quoteAt, type Quote } from './quotes.ts';
import type { Span } from './span.ts';

/** Words whose full stop does not end a sentence (compared lower-case, without the stop). */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sr jr st gen lt col maj capt sgt adm cmdr gov sen rep rev hon pres supt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'no vs etc inc ltd co corp dept est approx fig al u.s u.k u.n e.g i.e a.m p.m d.c n.y').split(' '),
);

// A space may stand between a stop and its closing mark, or an opening mark and its word: two
// apostrophes read as a quotation mark keep their width (see readDoubledApostrophes).
const BOUNDARY = /[.!?]+ ?[”"’')\]]*(?=\s+[“"‘(]? ?[\p{Lu}\p{N}])|\n+/gu;

/** Longer than any sentence in news copy. */
export const MAX_SENTENCE = 2000;

/** A sentence, and where its paragraph starts (a line break always ends a sentence). */
export interface Sentence extends Span {
  paragraph: number;
}

export function sentenceSpans(text: string, quotes: readonly Quote[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    while (end - start > MAX_SENTENCE) {
      const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
      const cut = space > start ? space + 1 : start + MAX_SENTENCE;
      out.push({ start, end: cut, paragraph });
      start = cut;
    }
    if (end > start) out.push({ start, end, paragraph });
    start = end;
  };
  for (const m of text.matchAll(BOUNDARY)) {
    let end = m.index + m[0].length;
    // A mark that opens the next quote belongs to the next sentence ("… said. " We …", as two apostrophes are read).
    const opener = quoteAt(quotes, end - 1);
    if (m[0][0] !== '\n' && opener?.start === end - 1) end = m.index + m[0].replace(/\s*["“]$/, '').length;
    if (m[0][0] !== '\n') {
      if (m[0][0] === '.' && isAbbreviation(text, m.index)) continue;
      const q = quoteAt(quotes, m.index);
      if (q && q.end > end) continue;
    }
    push(end);
    if (m[0][0] === '\n') paragraph = end;
  }
  push(text.length);
  return out;
}

export function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot).toLowerCase();
  // A single capital ("Lloyd J. Austin") is an initial, and so are dotted ones ("J.M. Berger").
  return ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word);
}
