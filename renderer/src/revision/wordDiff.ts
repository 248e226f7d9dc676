// A word diff of a quote before and after a revision, for the analyst to see
// at a glance what changed: the words of each side that the other lacks.

export interface Piece {
  text: string;
  /** True for words only this side has (removed from the old quote, added in the new words). */
  changed: boolean;
}

export interface WordDiff {
  before: Piece[];
  after: Piece[];
}

/** Past this many words a side, the table would be large; the quotes are shown as wholly changed. */
const MAX_WORDS = 600;

/** Words with the spaces after them, so the pieces join back into the exact text. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

/** Words compare without their trailing spaces: a reflowed line is not a change. */
const key = (word: string) => word.trimEnd();

export function wordDiff(before: string, after: string): WordDiff {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    return { before: pieces(a, a.map(() => true)), after: pieces(b, b.map(() => true)) };
  }
  // Longest common subsequence of words, from the end (so the walk below goes forwards).
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = key(a[i]!) === key(b[j]!) ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const aChanged = a.map(() => true);
  const bChanged = b.map(() => true);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      aChanged[i++] = false;
      bChanged[j++] = false;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return { before: pieces(a, aChanged), after: pieces(b, bChanged) };
}

/** Neighbouring words of the same kind joined into one piece. */
function pieces(list: string[], changed: boolean[]): Piece[] {
  const out: Piece[] = [];
  list.forEach((text, i) => {
    const last = out[out.length - 1];
    if (last && last.changed === changed[i]) last.text += text;
    else out.push({ text, changed: changed[i]! });
  });
  return out;
}
