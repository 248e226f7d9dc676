// Turn a selection in the source text into the selectors saved with an
// annotation: the quoted words with some context, and their offsets.
import type { Target } from './types.ts';
import { splitsSurrogatePair } from './utf16.ts';

/** Code units of context kept on each side of a quote (as in the Hypothesis client). */
export const CONTEXT_LENGTH = 32;

export function describe(text: string, start: number, end: number): Target {
  checkSpan(text, start, end);
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

function checkSpan(text: string, start: number, end: number): void {
  const where = `${start}–${end}`;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Cannot describe the selection ${where}: offsets must be whole numbers.`);
  }
  if (end <= start) {
    throw new RangeError(`Cannot describe the selection ${where}: select at least one character.`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`Cannot describe the selection ${where}: the source is only ${text.length} characters long.`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`Cannot describe the selection ${where}: it cuts a character (such as an emoji) in half.`);
  }
}
