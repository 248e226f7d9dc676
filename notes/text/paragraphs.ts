// Paragraphs of a plain-text source, for citations ("[S1 ¶6]"). A paragraph is a
// run of non-blank lines; a blank line is empty or holds only whitespace (JS \s
// covers NBSP and the other Unicode spaces news copy is full of). Offsets are
// UTF-16 indices into the exact text, like TextPositionSelector, end exclusive,
// line breaks (\n, \r\n or a lone \r) excluded.
import { firstWhere } from './partition.ts';

export interface Paragraph {
  start: number;
  end: number;
}

const NOT_SPACE = /\S/;

export function paragraphs(text: string): Paragraph[] {
  const found: Paragraph[] = [];
  let current: Paragraph | undefined;
  const lineBreak = /\r\n|\n|\r/g;
  let lineStart = 0;
  for (;;) {
    const br = lineBreak.exec(text);
    const lineEnd = br ? br.index : text.length;
    // Slicing line by line keeps this linear; scanning ahead for the next
    // non-space would go quadratic on long runs of blank lines.
    if (NOT_SPACE.test(text.slice(lineStart, lineEnd))) {
      if (current) current.end = lineEnd;
      else {
        current = { start: lineStart, end: lineEnd };
        found.push(current);
      }
    } else {
      current = undefined;
    }
    if (!br) break;
    lineStart = br.index + br[0].length;
  }
  return found;
}

/**
 * A function giving the 1-based paragraph number of an offset in `text`, built once
 * so that citing many annotations in a large source costs one scan plus a binary
 * search each. An offset in the blank lines between two paragraphs belongs to the
 * next one (a selection that starts there runs into it); past the last paragraph,
 * to the last. A text with no paragraph at all gives 0.
 */
export function paragraphLocator(text: string): (offset: number) => number {
  const found = paragraphs(text);
  const starts = found.map((p) => p.start);
  const ends = found.map((p) => p.end);
  return (offset) => {
    if (found.length === 0) return 0;
    // Last paragraph whose start is <= offset.
    const k = firstWhere(starts.length, (i) => starts[i]! > offset) - 1;
    if (k < 0) return 1;
    if (offset > ends[k]! && k + 1 < found.length) return k + 2;
    return k + 1;
  };
}

// Callers cite one source many times in a row (an export walks its annotations),
// so keep the last few locators. Strings are compared by value, but the same
// source text is normally the same string object, which V8 compares in O(1).
const recent = new Map<string, (offset: number) => number>();
const RECENT_LIMIT = 4;

/** 1-based number of the paragraph holding `offset` (see `paragraphLocator`). */
export function paragraphOf(text: string, offset: number): number {
  let locate = recent.get(text);
  if (locate) {
    recent.delete(text);
  } else {
    locate = paragraphLocator(text);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  }
  recent.set(text, locate);
  return locate(offset);
}
