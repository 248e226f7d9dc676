// Real, messy texts for the anchoring tests: the sample article (straight and
// curly quotes, a non-breaking space, trailing spaces, runs of blank lines)
// plus emoji (surrogate pairs), Arabic and CRLF line ends.
import { readFileSync } from 'node:fs';

export const article = readFileSync(new URL('../../samples/coalition-talks.txt', import.meta.url), 'utf8');

export const BAGHDAD_QUOTE = 'the commission aims to conclude the presence of the coalition forces in the country';
export const WASHINGTON_SENTENCE = 'Washington has described the step only as a “transition” in the coalition’s role';

export const emojiParagraph =
  'Reactions online were mixed 😐: some welcomed the talks 👍🏽🇮🇶🇺🇸, others expected nothing 🙄 — “talks about talks” 💬.';

// The two positions in Arabic (the project's own wording, for testing right-to-left script).
export const arabicParagraph =
  'وتقول بغداد إن اللجنة تهدف إلى إنهاء وجود قوات التحالف في البلاد، بينما تصف واشنطن الخطوة بأنها مجرد «انتقال» في دور التحالف.';

export const crlfParagraph = 'Officials said on Monday:\r\n\r\n"Talks will continue."\r\nNo date was set.\r\n';

/** Everything together, as one source. */
export const messy = [article, emojiParagraph, arabicParagraph, crlfParagraph].join('\n\n\u00a0\n\n');

/** Offsets of `exact` inside `sentence`, which occurs once in `text`. */
export function spanIn(text: string, sentence: string, exact: string): { start: number; end: number } {
  const at = text.indexOf(sentence);
  if (at === -1 || text.indexOf(sentence, at + 1) !== -1) throw new Error(`"${sentence}" must occur exactly once`);
  const within = sentence.indexOf(exact);
  if (within === -1) throw new Error(`"${exact}" is not in "${sentence}"`);
  return { start: at + within, end: at + within + exact.length };
}

/** Plain Levenshtein distance, the reference the fuzzy error counts are checked against. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
