import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson } from './ascii-json.ts';

const RUNS = { numRuns: 500, seed: Number(process.env.FC_SEED ?? 20261202) };
// Edges of each escape width, Arabic, a no-break space, curly quotes, an emoji (a surrogate pair),
// lone surrogates, the line and paragraph separators, DEL and what JSON itself escapes.
const unit = fc.constantFrom('a', ' ', '"', '\\', '\n', '\u0000', '\u007e', '\u007f', '\u0080', '\u00a0', '\u00ff', '\u0100', 'ب', '\u0fff', '\u1000', '“', '\u2028', '\u2029', '😀', '\ud800', '\udfff', '\uffff');
const text = fc.string({ unit, maxLength: 40 });
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(text, tie('node'), { maxKeys: 4 })),
})).node;

describe('asciiJson', () => {
  it('is ASCII and reads back as JSON.stringify would, keys in order', () => {
    fc.assert(
      fc.property(value, (v) => {
        const json = asciiJson(v);
        expect(json).toMatch(/^[\x20-\x7e]*$/);
        expect(JSON.stringify(JSON.parse(json))).toBe(JSON.stringify(v));
      }),
      RUNS,
    );
  });

  it('leaves ASCII JSON as JSON.stringify writes it', () => {
    const v = { quote: 'the coalition’s mission'.replace('’', "'"), at: [1, 2], note: null };
    expect(asciiJson(v)).toBe(JSON.stringify(v));
  });

  it('writes each unit past U+007E as a four-digit escape', () => {
    expect(asciiJson('\u007f\u00e9ب😀')).toBe('"\\u007f\\u00e9\\u0628\\ud83d\\ude00"');
  });

  it('refuses a value with no JSON form', () => {
    expect(() => asciiJson(undefined)).toThrow('no JSON form');
  });
});
