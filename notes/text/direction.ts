// Which way a paragraph reads, decided as the Unicode bidi algorithm decides a
// paragraph's base direction (rules P2–P3): by its first strong character.
// Exports need it where the format has no `dir="auto"` (Word's w:bidi), and
// the PDF importer to know which lines it must put back into reading order.

export type TextDirection = 'ltr' | 'rtl';

// Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and the Arabic
// extensions and presentation forms; the Arabic-Indic digits are numbers, not
// letters, so they decide nothing.
const RTL_LETTER = /[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u061c]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const STRONG = /[\p{L}\u200e\u200f\u061c]/u;

/** True when the text (one character or more) holds a letter that makes a paragraph right to left. */
export function hasRtl(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** 'rtl' when the first strong character is Hebrew or Arabic (or an RLM); 'ltr' otherwise, also when there is none. */
export function textDirection(text: string): TextDirection {
  for (const ch of text) {
    if (!STRONG.test(ch)) continue;
    return RTL_LETTER.test(ch) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/** The separator of a list read in the direction of `text`: Arabic has its own comma. */
export function listSeparator(text: string): string {
  return textDirection(text) === 'rtl' ? '\u060c ' : ', ';
}

/**
 * Numbers and dates held left to right beside right-to-left words. After an
 * Arabic letter the bidi algorithm reads digits as Arabic numbers (rule W2),
 * and a hyphen between Arabic numbers does not join them: 2024-09-27 would
 * show as 27-09-2024. A left-to-right mark on each side keeps it as written.
 */
export function heldLeftToRight(text: string): string {
  return `\u200e${text}\u200e`;
}

/** A date to be shown after `words`: held left to right when they are right-to-left. */
export function dateBeside(words: string, date: string): string {
  return hasRtl(words) ? heldLeftToRight(date) : date;
}
