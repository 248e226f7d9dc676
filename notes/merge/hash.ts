// Short, stable fingerprints of field values: what a notebook remembers of a
// colleague's notebook between merges, and how the merge tells two values
// apart. Pure and synchronous (it runs wherever the merge does, over tens of
// thousands of fields), so not a cryptographic hash: cyrb53's two 32-bit
// lanes, fed the value as it is walked — no JSON text is built. Object keys
// are combined in any order (a file written by another build may order them
// differently). 41 bits make a chance collision — a change mistaken for none
// — negligible among the few fields a merge compares per record.

const SEED_A = 0xdeadbeef;
const SEED_B = 0x41c6ce57;
let a = SEED_A;
let b = SEED_B;

function feedCode(code: number): void {
  a = Math.imul(a ^ code, 2654435761);
  b = Math.imul(b ^ code, 1597334677);
}

function feedText(text: string): void {
  for (let i = 0; i < text.length; i++) feedCode(text.charCodeAt(i));
  feedCode(text.length);
}

/** cyrb53's final mixing: the lanes as one 53-bit number. */
function finish(): number {
  const h1 = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  const h2 = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function feed(value: unknown): void {
  if (typeof value === 'string') {
    feedCode(0x22);
    feedText(value);
  } else if (value === undefined) {
    feedCode(0x75);
  } else if (value === null || typeof value !== 'object') {
    feedCode(0x23);
    feedText(String(value));
  } else if (Array.isArray(value)) {
    feedCode(0x5b);
    for (const item of value as unknown[]) feed(item);
    feedCode(0x5d);
  } else {
    // Each key and value hashed apart and the results added: the same whatever the keys' order.
    const savedA = a;
    const savedB = b;
    let sumLow = 0;
    let sumHigh = 0;
    const obj = value as Record<string, unknown>;
    for (const key in obj) {
      if (obj[key] === undefined) continue;
      a = SEED_A;
      b = SEED_B;
      feedText(key);
      feed(obj[key]);
      const h = finish();
      sumLow = (sumLow + (h % 4294967296)) | 0;
      sumHigh = (sumHigh + Math.floor(h / 4294967296)) | 0;
    }
    a = savedA;
    b = savedB;
    feedCode(0x7b);
    feedCode(sumLow);
    feedCode(sumHigh);
  }
}

/** Characters in every hash; memory.ts relies on the width. */
export const HASH_WIDTH = 8;

/** A value's fingerprint: HASH_WIDTH base-36 characters. */
export function shortHash(value: unknown): string {
  a = SEED_A;
  b = SEED_B;
  feed(value);
  return finish().toString(36).padStart(11, '0').slice(-HASH_WIDTH);
}

/** Whether two JSON values are equal (objects whatever their keys' order; an undefined key is no key). */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const ys = y as unknown[];
    if (x.length !== ys.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameValue(x[i], ys[i])) return false;
    return true;
  }
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  let count = 0;
  for (const key in xo) {
    if (xo[key] === undefined) continue;
    count++;
    if (!sameValue(xo[key], yo[key])) return false;
  }
  for (const key in yo) if (yo[key] !== undefined) count--;
  return count === 0;
}
