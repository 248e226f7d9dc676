// Arabic as PDFs store it, back to the letters a reader types. A PDF draws
// glyphs where they go on the page: left to right, each letter in its shaped
// form (initial, medial, final, isolated — Unicode's presentation forms,
// U+FB50–U+FDFF and U+FE70–U+FEFF). Search, anchoring and the claim finder
// need ordinary letters in reading order, so a line that reads right to left
// is put back into logical order and its shaped forms are normalised (NFKC).
import { hasRtl } from '../../text/direction.ts';

const PRESENTATION_FORM = /[\ufb00-\ufdff\ufe70-\ufefe]/gu;

/** Shaped forms and Latin ligatures (ﬁ, ﬂ) as the letters they stand for; nothing else is touched. */
export function normalisePresentationForms(text: string): string {
  return text.replace(PRESENTATION_FORM, (ch) => ch.normalize('NFKC'));
}

// Final-form and initial-form letters of Presentation Forms-B come in runs of
// four (isolated, final, initial, medial) from U+FE8D; two-form letters
// (alef, dal, reh, waw…) have only isolated and final.
const TWO_FORM = new Set([0xfe81, 0xfe83, 0xfe85, 0xfe87, 0xfe8d, 0xfe93, 0xfea9, 0xfeab, 0xfead, 0xfeaf, 0xfeed, 0xfeef, 0xfef5, 0xfef7, 0xfef9, 0xfefb]);

function joiningForm(code: number): 'isolated' | 'final' | 'initial' | 'medial' | undefined {
  if (code < 0xfe81 || code > 0xfefc) return undefined;
  for (const start of TWO_FORM) if (code === start || code === start + 1) return code === start ? 'isolated' : 'final';
  // Four-form letters from U+FE89 (yeh with hamza) on, skipping the two-form ones.
  let base = 0xfe89;
  while (base <= 0xfef1) {
    if (TWO_FORM.has(base)) {
      base += 2;
      continue;
    }
    if (code >= base && code < base + 4) return (['isolated', 'final', 'initial', 'medial'] as const)[code - base];
    base += 4;
  }
  return undefined;
}

/**
 * Whether shaped Arabic words in `line` read left to right as drawn (visual
 * order): a word's first character is then its final form, where in logical
 * order it is its initial (or isolated) form. Undefined when the line holds no
 * shaped letters to tell by.
 */
export function shapedOrderIsVisual(line: string): boolean | undefined {
  let visual = 0;
  let logical = 0;
  for (const word of line.split(/\s+/)) {
    const first = word.codePointAt(0);
    const last = word.codePointAt(word.length - 1);
    if (first === undefined || last === undefined || word.length < 2) continue;
    const starts = joiningForm(first);
    const ends = joiningForm(last);
    if (starts === 'final' || ends === 'initial') visual++;
    if (starts === 'initial' || ends === 'final') logical++;
  }
  if (visual === logical) return undefined;
  return visual > logical;
}

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };
const RTL = String.raw`\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefe`;
const LTR_CHAR = `(?:(?![${RTL}])[\\p{L}\\p{N}])`;
// Left-to-right runs inside right-to-left text: Latin words, numbers and what joins them (2.5, 10:30, 2024-09-27, 50%).
const LTR_RUN = new RegExp(`${LTR_CHAR}(?:(?:${LTR_CHAR}|[.,:%/\\-+ ])*(?:${LTR_CHAR}|%))?`, 'gu');
// Right-to-left words (and the spaces between them) inside left-to-right text.
const RTL_RUN = new RegExp(`[${RTL}](?:[${RTL}\\p{M} ]*[${RTL}\\p{M}])?`, 'gu');

const reverse = (s: string) => Array.from(s).reverse().join('');

function rtlShare(line: string): number {
  let rtl = 0;
  let strong = 0;
  for (const ch of line) {
    if (!/\p{L}/u.test(ch)) continue;
    strong++;
    if (hasRtl(ch)) rtl++;
  }
  return strong === 0 ? 0 : rtl / strong;
}

/**
 * One line of text in drawing order (left to right on the page) in reading
 * order. A line mostly in Arabic or Hebrew is reversed, its Latin words and
 * numbers turned back and its brackets mirrored; in a line mostly left to
 * right, only the right-to-left words are reversed.
 */
export function visualToLogical(line: string): string {
  const share = rtlShare(line);
  if (share === 0) return line;
  if (share >= 0.5) {
    const reversed = Array.from(line, (ch) => MIRRORED[ch] ?? ch).reverse().join('');
    return reversed.replace(LTR_RUN, reverse);
  }
  return line.replace(RTL_RUN, reverse);
}

/**
 * Undoes one trace of a ligature drawn as one glyph: its letters come out of
 * the PDF in reading order inside a line in drawing order, so reversing the
 * line swaps them ("على" as "عىل"). Alef maksura and teh marbuta only ever end
 * a word, so either one followed by a letter of the same word was swapped.
 */
export function repairSwappedLigatures(text: string): string {
  return text.replace(/([\u0649\u0629])([\u0621-\u064a])/gu, '$2$1');
}
