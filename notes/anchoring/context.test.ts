import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { contextAgreement } from './context.ts';
import { editDistance } from './test-support/texts.ts';

/** Reference: the best edit distance between `expected` and any stretch of text starting at the quote. */
function referenceAgreement(text: string, at: number, expected: string, direction: 'before' | 'after'): number {
  if (expected.length === 0) return 0;
  // Offsets are UTF-16 code units, so reverse code units, not characters.
  const reverse = (s: string) => s.split('').reverse().join('');
  const away = direction === 'before' ? reverse(text.slice(0, at)) : text.slice(at);
  const wanted = direction === 'before' ? reverse(expected) : expected;
  let best = expected.length;
  for (let n = 0; n <= Math.min(away.length, 2 * expected.length); n++) {
    best = Math.min(best, editDistance(wanted, away.slice(0, n)));
  }
  return expected.length - best;
}

group('contextAgreement', () => {
  it('counts the characters of a prefix or suffix that still agree', () => {
    const text = 'Washington has described the step only as a transition';
    const at = text.indexOf('only');
    expect(contextAgreement(text, at, 'described the step ', 'before')).toBe(19);
    expect(contextAgreement(text, at, 'described a step ', 'before')).toBe(14);
    expect(contextAgreement(text, at, 'only as a transition', 'after')).toBe(20);
    // Words inserted next to the quote cost only their own length.
    expect(contextAgreement(text, at, 'the step ', 'before')).toBe(9);
    expect(contextAgreement('the step xx only', 'the step xx '.length, 'the step ', 'before')).toBe(6);
    expect(contextAgreement(text, 0, 'anything', 'before')).toBe(0);
  });

  it('agrees with a plain edit-distance reference, for short and long contexts', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '\n', '😐', 'ب');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 90 }),
        fc.string({ unit, maxLength: 40 }),
        fc.nat(),
        fc.boolean(),
        (text, expected, n, before) => {
          const at = n % (text.length + 1);
          const direction = before ? 'before' : 'after';
          expect(contextAgreement(text, at, expected, direction)).toBe(referenceAgreement(text, at, expected, direction));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
