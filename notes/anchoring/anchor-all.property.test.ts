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

/**
 * A passage that appears twice (a paragraph repeated, a sentence quoted again
 * further on) and whose later copy is deleted: an annotation on the deleted
 * copy has nowhere to go, although its words and some of its context remain
 * in the other copy, because the annotation on that copy says those words
 * were already there. (When the earlier copy goes, the later one's words fit
 * it as well: an equal fit keeps the earlier copy, see refute.ts.)
 */
group('anchorAll after one of two copies of a passage is deleted', () => {
  const passage = fc
    .record({ at: fc.nat(source.length - 200), length: fc.integer({ min: 40, max: 160 }), from: fc.nat(), to: fc.nat(), copyAt: fc.nat(source.length) })
    .map(({ at, length, from, to, copyAt }) => {
      const start = whole(at);
      const end = whole(Math.min(source.length, start + length));
      // The quote: 8 or more characters of the passage.
      const qs = whole(start + (from % Math.max(1, end - start - 8)));
      const qe = whole(Math.min(end, qs + 8 + (to % Math.max(1, end - qs - 8 + 1))));
      return { start, end, qs, qe, copyAt: whole(copyAt) };
    })
    // Later in the text, and far enough that the copy's context is its own.
    .filter(({ end, qs, qe, copyAt }) => qe - qs >= 8 && copyAt > end + 64 && /[\p{L}\p{N}]/u.test(source.slice(qs, qe)));

  it('never puts the annotation on the deleted copy onto the other copy, and leaves the one there on its words', () => {
    fc.assert(
      fc.property(passage, fc.array(selection, { maxLength: 8 }), ({ start, end, qs, qe, copyAt }, others) => {
        const copy = source.slice(start, end);
        const old = source.slice(0, copyAt) + copy + source.slice(copyAt);
        const onCopy = { start: copyAt + qs - start, end: copyAt + qe - start };
        const onOriginal = { start: qs, end: qe };
        const clear = others
          .map((s) => ({ start: s.start + (s.start >= copyAt ? copy.length : 0), end: s.end + (s.start >= copyAt ? copy.length : 0) }))
          .filter((s) => s.end <= copyAt || s.start >= copyAt + copy.length);
        const annotations = [onCopy, onOriginal, ...clear].map((s, i) => ({ id: `a${i}`, target: describe(old, s.start, s.end) }));
        const results = anchorAll(source, annotations);
        const moved = results.get('a0')!;
        if (moved.state !== 'orphaned') expect(moved.end <= start || moved.start >= end, `on the other copy: ${JSON.stringify(moved)}`).toBe(true);
        expect(results.get('a1')).toMatchObject({ start: qs, end: qe });
      }),
      RUNS,
    );
  });
});
