// How well the text beside a candidate match agrees with the prefix or suffix
// saved with the annotation. The comparison is anchored at the quote and free
// at the far end, so words inserted right next to the quote cost only their
// own length instead of pushing the whole context out of line.

let previous = new Int32Array(0);
let current = new Int32Array(0);

/**
 * Characters of `expected` that agree with the text read away from the quote:
 * forwards from `at` for a suffix, backwards from `at` for a prefix.
 * Returns a count between 0 and expected.length.
 */
export function contextAgreement(text: string, at: number, expected: string, direction: 'before' | 'after'): number {
  const m = expected.length;
  if (m === 0) return 0;
  const before = direction === 'before';
  const available = before ? at : text.length - at;
  if (available >= m && (before ? text.startsWith(expected, at - m) : text.startsWith(expected, at))) return m;

  // Allow as many inserted characters as the context is long; beyond that the
  // context carries no information anyway.
  const n = Math.min(available, 2 * m);
  if (previous.length < n + 1) {
    previous = new Int32Array(n + 1);
    current = new Int32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  let best = m;
  for (let i = 1; i <= m; i++) {
    const e = before ? expected.charCodeAt(m - i) : expected.charCodeAt(i - 1);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const t = before ? text.charCodeAt(at - j) : text.charCodeAt(at + j - 1);
      const substitute = previous[j - 1]! + (e === t ? 0 : 1);
      const remove = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      current[j] = Math.min(substitute, remove, insert);
    }
    [previous, current] = [current, previous];
  }
  // `previous` now holds the last row: the expected context against every
  // length of text; the best of them is the distance.
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j]!);
  return m - best;
}
