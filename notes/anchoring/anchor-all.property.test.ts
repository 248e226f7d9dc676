// What a revision may do around an annotation, and what the analyst must see
// after it: an edit outside a quote never moves the quote off its words, and
// a sentence inserted inside a quote leaves one span covering both parts.
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchorAll, describe } from './index.ts';
import type { Anchorable } from './anchor-all.ts';
import { messy } from './test-support/texts.ts';
import { splitsSurrogatePair } from './utf16.ts';

const RUNS = { numRuns: 200, seed: Number(process.env.FC_SEED ?? 20261204) };

const source = messy.slice(0, 6_000);
const whole = (at: number) => (splitsSurrogatePair(source, at) ? at + 1 : at);

/**
 * A selection of 8–120 characters, as describe() records it. (Shorter ones —
 * a letter, a word — are ambiguous once an edit replaces all the context on
 * one side: another copy of the same letters nearby may fit as well.)
 */
const selection = fc.record({ at: fc.nat(source.length - 10), length: fc.integer({ min: 8, max: 120 }) }).map(({ at, length }) => {
  const start = whole(at);
  const end = whole(Math.max(start + 1, Math.min(source.length, start + length)));
  return { start, end };
});

const annotate = (spans: { start: number; end: number }[]): Anchorable[] =>
  spans.map((s, i) => ({ id: `a${i}`, target: describe(source, s.start, s.end) }));

/** Letters, spaces and punctuation as an editor types them (and an emoji). */
const typed = fc.stringMatching(/^[A-Za-z ,.;’“”()0-9-]{0,60}$/).map((s) => s.replace('0', '😐'));

group('anchorAll after an edit outside every quote', () => {
  it('finds each quote on its own words, shifted by the edit before it', () => {
    fc.assert(
      fc.property(
        fc.array(selection, { minLength: 1, maxLength: 12 }),
        fc.record({ at: fc.nat(source.length), remove: fc.nat(200), insert: typed }),
        (spans, edit) => {
          const from = whole(edit.at);
          const to = whole(Math.min(source.length, from + edit.remove));
          // Only edits that touch no quote's words (ending where one starts, or starting where one ends, is outside).
          fc.pre(spans.every((s) => to <= s.start || from >= s.end) && (edit.insert.length > 0 || to > from));
          const text = source.slice(0, from) + edit.insert + source.slice(to);
          const delta = edit.insert.length - (to - from);
          const results = anchorAll(text, annotate(spans));
          spans.forEach((s, i) => {
            const shift = s.start >= to && (s.start > from || to > from) ? delta : 0;
            expect(results.get(`a${i}`)).toMatchObject({ start: s.start + shift, end: s.end + shift });
          });
        },
      ),
      RUNS,
    );
  });
});

const SENTENCES = [
  ' The statement was later corrected by the ministry.',
  ' Officials declined to give further details.',
  ' A second meeting is expected before the end of the year.',
  ' وقال المتحدث إن التفاصيل ستعلن لاحقاً.',
];

/** Word starts strictly inside a span: where an editor inserts a sentence. */
function wordStartsInside(start: number, end: number): number[] {
  const inside: number[] = [];
  for (let at = start + 2; at < end; at++) if (source[at - 1] === ' ' && source[at] !== ' ') inside.push(at - 1);
  return inside;
}

group('anchorAll after a sentence inserted inside a quote', () => {
  it('gives one span from the quote’s first word to its last, across the new sentence', () => {
    const long = selection.filter(({ start, end }) => end - start >= 40 && wordStartsInside(start, end).length > 0);
    fc.assert(
      fc.property(long, fc.array(selection, { maxLength: 8 }), fc.nat(), fc.constantFrom(...SENTENCES), (quoted, others, pick, sentence) => {
        const places = wordStartsInside(quoted.start, quoted.end);
        const at = places[pick % places.length]!;
        // The other annotations stay clear of the edit, so only this quote changed.
        const clear = others.filter((s) => s.end <= quoted.start || s.start >= quoted.end);
        const text = source.slice(0, at) + sentence + source.slice(at);
        const results = anchorAll(text, annotate([quoted, ...clear]));
        expect(results.get('a0')).toMatchObject({ state: 'fuzzy', start: quoted.start, end: quoted.end + sentence.length });
      }),
      RUNS,
    );
  });
});
