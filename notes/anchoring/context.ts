// How well the text beside a candidate match agrees with the prefix or suffix
// saved with the annotation. The comparison is anchored at the quote and free
// at the far end, so words inserted right next to the quote cost only their
// own length instead of pushing the whole context out of line.
//
// A short quote ("the", "Iraqi") can occur thousands of times in a long
// source, and each occurrence is scored, so the usual case (a context of at
// most 32 code units, as describe() writes) runs Myers' bit-parallel edit
// distance in one 32-bit word; longer contexts (from imported targets) use the
// plain dynamic programme.

type Direction = 'before' | 'after';

/**
 * Characters of `expected` that agree with the text read away from the quote:
 * forwards from `at` for a suffix, backwards from `at` for a prefix.
 * Returns a count between 0 and expected.length.
 */
export function contextAgreement(text: string, at: number, expected: string, direction: Direction): number {
  const m = expected.length;
  if (m === 0) return 0;
  const before = direction === 'before';
  const available = before ? at : text.length - at;
  if (available >= m && text.startsWith(expected, before ? at - m : at)) return m;
  // Allow as many inserted characters as the context is long; beyond that the
  // context carries no information anyway.
  const n = Math.min(available, 2 * m);
  const distance = m <= 32 ? bitParallelDistance(text, at, expected, before, n) : tableDistance(text, at, expected, before, n);
  return m - distance;
}

// The pattern bit masks depend only on the expected context, which is the same
// for every occurrence of one quote: keep the last one.
let cachedKey = '';
let cachedMasks = new Map<number, number>();

function masksFor(expected: string, before: boolean): Map<number, number> {
  const key = (before ? '<' : '>') + expected;
  if (key === cachedKey) return cachedMasks;
  const m = expected.length;
  const masks = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    // Row i compares the i-th character away from the quote.
    const code = before ? expected.charCodeAt(m - 1 - i) : expected.charCodeAt(i);
    masks.set(code, (masks.get(code) ?? 0) | (1 << i));
  }
  cachedKey = key;
  cachedMasks = masks;
  return masks;
}

/**
 * Edit distance between `expected` and the best-matching stretch of text that
 * starts at the quote (Myers 1999, global variant: the top row grows by one
 * per text character, so the alignment cannot skip text next to the quote).
 */
function bitParallelDistance(text: string, at: number, expected: string, before: boolean, n: number): number {
  const m = expected.length;
  const masks = masksFor(expected, before);
  const lastRow = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < n; j++) {
    const code = before ? text.charCodeAt(at - 1 - j) : text.charCodeAt(at + j);
    const eq = masks.get(code) ?? 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & lastRow) score += 1;
    else if (mh & lastRow) score -= 1;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}

let previous = new Int32Array(0);
let current = new Int32Array(0);

function tableDistance(text: string, at: number, expected: string, before: boolean, n: number): number {
  const m = expected.length;
  if (previous.length < n + 1) {
    previous = new Int32Array(n + 1);
    current = new Int32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    const e = before ? expected.charCodeAt(m - i) : expected.charCodeAt(i - 1);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const t = before ? text.charCodeAt(at - j) : text.charCodeAt(at + j - 1);
      current[j] = Math.min(previous[j - 1]! + (e === t ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j]!);
  return best;
}
