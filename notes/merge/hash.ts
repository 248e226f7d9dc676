// Short, stable fingerprints of field values: what a notebook remembers of a
// colleague's notebook between merges, and how the merge tells two values
// apart. Pure and synchronous (it runs wherever the merge does, and must be
// quick over tens of thousands of fields), so not a cryptographic hash; 41
// bits make a chance collision — a change mistaken for none — negligible
// among the few fields a merge compares per record.

/** JSON with object keys sorted, so the same value always gives the same text. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`).join(',')}}`;
}

/** cyrb53 (a public-domain string hash): two 32-bit lanes mixed into 53 bits. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Characters in every hash; memory.ts relies on the width. */
export const HASH_WIDTH = 8;

/** A value's fingerprint: HASH_WIDTH base-36 characters. */
export function shortHash(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}` : stableJson(value);
  return cyrb53(text).toString(36).padStart(11, '0').slice(-HASH_WIDTH);
}
