// The finder's work grows with the text, not with its square: a source pasted
// as one long line (no paragraph breaks), or with no sentence ends at all,
// must not make every cue scan back to the start. Work is counted, not timed:
// the characters the finder copies out of strings (slice) and scans back
// over (lastIndexOf), per character of text.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { findClaims } from './find.ts';

const proto = String.prototype as unknown as Record<'slice' | 'lastIndexOf', (...args: unknown[]) => unknown>;
const original = { slice: proto.slice, lastIndexOf: proto.lastIndexOf };
afterEach(() => Object.assign(proto, original));

/** Characters handled per character of text while finding claims in it, and the claims found. */
function workPerChar(text: string): { perChar: number; claims: number } {
  let chars = 0;
  proto.slice = function (this: string, ...args: unknown[]) {
    const out = original.slice.apply(this, args) as string;
    chars += out.length;
    return out;
  };
  proto.lastIndexOf = function (this: string, ...args: unknown[]) {
    const at = original.lastIndexOf.apply(this, args) as number;
    const from = typeof args[1] === 'number' ? args[1] : this.length;
    chars += Math.max(0, from - Math.max(at, 0));
    return at;
  };
  try {
    const claims = findClaims(text).length;
    return { perChar: chars / text.length, claims };
  } finally {
    Object.assign(proto, original);
  }
}

const seed = readFileSync(new URL('../samples/coalition-talks.txt', import.meta.url), 'utf8');
const oneLine = (size: number) => {
  const line = `${seed.replace(/\s*\n\s*/g, ' ')} `;
  return line.repeat(Math.ceil(size / line.length));
};

describe('the finder on long single-line text', () => {
  it('finds the claims in 1 MB of news on one line with a bounded amount of work per character', () => {
    const text = oneLine(1_000_000);
    const { perChar, claims } = workPerChar(text);
    // Every copy of the article on the line yields its claims.
    expect(claims).toBeGreaterThanOrEqual(Math.floor(text.length / seed.length) * 8);
    // Scanning back to the line's start at every cue made this grow with the text (hundreds at 250 KB).
    expect(perChar).toBeLessThan(30);
  });

  it('does the same work per character on 50 KB and 200 KB of text with no sentence end', () => {
    const words = 'Officials said the talks went on and ';
    const small = workPerChar(words.repeat(50_000 / words.length));
    const large = workPerChar(words.repeat(200_000 / words.length));
    expect(large.claims).toBeGreaterThan(small.claims);
    expect(large.perChar).toBeLessThan(small.perChar * 1.2);
  });
});
