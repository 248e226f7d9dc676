// Properties of anchoring on real, messy text, checked with fast-check:
// unchanged text anchors exactly; edits around a quote never lose it; edits
// inside a quote give a fuzzy match on the edited words or an orphan, never a
// confident answer somewhere else.
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from './index.ts';
import { messy } from './test-support/texts.ts';
import { splitsSurrogatePair } from './utf16.ts';

// A fixed seed keeps \`npm test\` reproducible; FC_SEED=<n> explores others (and replays a failure).
const RUNS = { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261125) };

/** Characters analysts meet in news copy, each at most two code units long. */
const unit = fc.constantFrom(
  'a', 'e', 't', 'n', 'I', 'q', ' ', ' ', '\n', '\r\n', '\u00a0', '’', '“', '”', '"', "'", '-', ',', '.',
  '😐', '🙄', 'ب', 'ت', 'ل', '٣',
);
const insertion = (maxLength: number) => fc.string({ unit, maxLength });

/** Move an offset off the middle of a surrogate pair, towards `direction`. */
function snap(text: string, offset: number, direction: 1 | -1): number {
  return splitsSurrogatePair(text, offset) ? offset + direction : offset;
}

/** A span of `text` an analyst could select: whole characters, with at least one letter or digit. */
function quoteIn(text: string, maxLength = 120, minLength = 1) {
  return fc
    .record({ at: fc.nat({ max: text.length - 1 }), length: fc.integer({ min: 1, max: maxLength }) })
    .map(({ at, length }) => {
      const start = snap(text, at, -1);
      const end = Math.max(start + 1, snap(text, Math.min(text.length, at + length), 1));
      return { start, end: snap(text, end, 1) };
    })
    .filter(({ start, end }) => end - start >= minLength && /[\p{L}\p{N}]/u.test(text.slice(start, end)));
}

/** Replace text[from, to) (whole characters, clamped to [lo, hi]) with `insert`. */
function edit(text: string, lo: number, hi: number, at: number, remove: number, insert: string) {
  const from = snap(text, Math.min(hi, Math.max(lo, at)), 1);
  const to = Math.max(from, snap(text, Math.min(hi, from + remove), -1));
  return { text: text.slice(0, from) + insert + text.slice(to), from, removed: to - from, inserted: insert.length };
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Apply one edit after the quote and one before it; report where the quote's words are now. */
function editAround(
  text: string,
  span: { start: number; end: number },
  after: { at: number; remove: number; insert: string },
  before: { at: number; remove: number; insert: string },
) {
  const a = edit(text, span.end, text.length, span.end + after.at, after.remove, after.insert);
  const b = edit(a.text, 0, span.start, before.at, before.remove, before.insert);
  const shift = b.inserted - b.removed;
  const start = span.start + shift;
  // Where each edit left inserted text, or a seam where text was removed.
  const sites = [
    { from: b.from, to: b.from + b.inserted },
    { from: a.from + shift, to: a.from + shift + a.inserted },
  ];
  return { text: b.text, start, end: start + (span.end - span.start), sites };
}

/** Did an edit make this occurrence, by inserting into it or by joining text across a removal? */
function madeByEdit(at: number, length: number, sites: { from: number; to: number }[]): boolean {
  return sites.some((s) => at < s.to && at + length > s.from) || sites.some((s) => at < s.from && at + length > s.from);
}

group('anchoring properties', () => {
  it('(a) describe then anchor on unchanged text gives back the same span, exact', () => {
    const texts = fc.oneof(fc.constant(messy), fc.string({ unit, minLength: 1, maxLength: 300 }));
    fc.assert(
      fc.property(
        texts.chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length - 1 }), fc.nat({ max: 200 }))),
        ([text, at, length]) => {
          const start = snap(text, at, -1);
          const end = snap(text, Math.min(text.length, Math.max(start + 1, at + length)), 1);
          expect(anchor(text, describe(text, start, end))).toEqual({ state: 'exact', start, end, errors: 0 });
        },
      ),
      RUNS,
    );
  });

  // With a full 32 characters of context on each side, edits of up to 8
  // characters a side keep three quarters of it (see trust.ts). At the very
  // start or end of a source there is less context to go by: see anchor.test.ts.
  it('(b) small edits before and after a quote (even right next to it) leave it on the same words', () => {
    const side = fc.record({ at: fc.nat({ max: messy.length }), remove: fc.nat({ max: 8 }), insert: insertion(4) });
    // Quotes of 4+ characters, as in (c): a one-letter quote with an edit right beside it can be matched,
    // context and all, by the same letter in the edit.
    const interior = quoteIn(messy, 120, 4).filter(({ start, end }) => start >= 32 && end <= messy.length - 32);
    fc.assert(
      fc.property(interior, side, side, (span, after, before) => {
        const quote = messy.slice(span.start, span.end);
        const revised = editAround(messy, span, after, before);
        // An edit that makes another copy of the quote beside it makes any answer right; leave that out.
        const length = quote.length;
        fc.pre(occurrences(revised.text, quote).every((at) => at === revised.start || !madeByEdit(at, length, revised.sites)));
        const found = anchor(revised.text, describe(messy, span.start, span.end));
        expect(found).toMatchObject({ start: revised.start, end: revised.end, errors: 0 });
        expect(['exact', 'moved']).toContain(found.state);
        expect(found.state === 'exact').toBe(revised.start === span.start);
      }),
      RUNS,
    );
  });

  it('(b) a long, distinctive quote survives any edits around it, however large', () => {
    const side = fc.record({ at: fc.nat({ max: messy.length }), remove: fc.nat({ max: 400 }), insert: insertion(60) });
    const distinctive = quoteIn(messy, 200).filter(
      ({ start, end }) => end - start >= 32 && occurrences(messy, messy.slice(start, end)).length === 1,
    );
    fc.assert(
      fc.property(distinctive, side, side, (span, after, before) => {
        const revised = editAround(messy, span, after, before);
        const found = anchor(revised.text, describe(messy, span.start, span.end));
        expect(found).toMatchObject({ start: revised.start, end: revised.end, errors: 0 });
        expect(['exact', 'moved']).toContain(found.state);
      }),
      RUNS,
    );
  });

  // A quote of one or two letters that is edited can be matched, context and
  // all, by its neighbour one letter over ("o[f]ficials" -> "oa[f]icials"):
  // analysts quote words, so the property starts at four characters.
  it('(c) edits inside a quote give a fuzzy match on the edited words, or an orphan, never other words', () => {
    const inside = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: insertion(6) });
    fc.assert(
      fc.property(quoteIn(messy, 120, 4), inside, (span, change) => {
        const length = span.end - span.start;
        const e = edit(messy, span.start, span.end, span.start + (change.at % length), change.remove, change.insert);
        const quote = messy.slice(span.start, span.end);
        const edited = e.text.slice(span.start, span.end - e.removed + e.inserted);
        fc.pre(edited !== quote);
        const size = e.removed + e.inserted;
        const words = { start: span.start, end: span.start + edited.length };

        const found = anchor(e.text, describe(messy, span.start, span.end));
        if (found.state === 'orphaned') return;
        const onTheWords =
          words.end > words.start
            ? found.start < words.end && found.end > words.start
            : found.start <= words.start && found.end >= words.start;
        expect(onTheWords).toBe(true);
        if (found.state === 'fuzzy') {
          expect(Math.abs(found.start - words.start)).toBeLessThanOrEqual(size);
          expect(Math.abs(found.end - words.end)).toBeLessThanOrEqual(size);
          expect(found.errors).toBeGreaterThan(0);
        } else {
          // Exact or moved only where the quoted words are still there verbatim.
          expect(e.text.slice(found.start, found.end)).toBe(quote);
        }
        expect(() => describe(e.text, found.start, found.end)).not.toThrow();
      }),
      RUNS,
    );
  });
});
