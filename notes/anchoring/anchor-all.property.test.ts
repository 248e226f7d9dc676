// anchorAll finds unmoved quotes in one pass without sorting; everything else
// goes through anchor() in document order. Its answers must be exactly those
// of the plain document-order loop, whatever mix of unmoved, moved, edited and
// inconsistent selectors a notebook holds.
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchor, anchorAll, describe, type AnchorResult } from './index.ts';
import type { Anchorable } from './anchor-all.ts';
import { messy } from './test-support/texts.ts';
import { splitsSurrogatePair } from './utf16.ts';

const RUNS = { numRuns: 200, seed: Number(process.env.FC_SEED ?? 20261125) };

/** The loop anchorAll replaced: every annotation in document order, each hinted by its predecessor's shift. */
function reference(text: string, annotations: readonly Anchorable[]): Map<string, AnchorResult> {
  const order = annotations.map((a, i) => ({ a, i })).sort((x, y) => x.a.target.position.start - y.a.target.position.start || x.i - y.i);
  const results = new Array<AnchorResult>(annotations.length);
  let shift = 0;
  for (const { a, i } of order) {
    const result = anchor(text, a.target, { hint: a.target.position.start + shift });
    if (result.state !== 'orphaned') shift = result.start - a.target.position.start;
    results[i] = result;
  }
  return new Map(annotations.map((a, i) => [a.id, results[i]!]));
}

const source = messy.slice(0, 6_000);
const whole = (at: number) => (splitsSurrogatePair(source, at) ? at + 1 : at);

const annotation = fc
  .record({ at: fc.nat(source.length - 2), length: fc.integer({ min: 1, max: 80 }), spoil: fc.constantFrom('none', 'none', 'none', 'end', 'start', 'quote'), id: fc.uuid() })
  .map(({ at, length, spoil, id }): Anchorable => {
    const start = whole(at);
    const end = whole(Math.max(start + 1, Math.min(source.length, start + length)));
    const target = describe(source, start, end);
    // Selectors as hand-made or older files have them: a position that disagrees with the quote.
    if (spoil === 'end') target.position = { ...target.position, end: target.position.end + 1 };
    if (spoil === 'start') target.position = { ...target.position, start: Math.max(0, target.position.start - 3) };
    if (spoil === 'quote') target.quote = { ...target.quote, exact: `${target.quote.exact}.` };
    return { id, target };
  });

/** The source after an edit: text inserted or removed somewhere (or nothing changed). */
const edited = fc.record({ at: fc.nat(source.length), remove: fc.nat(40), insert: fc.string({ maxLength: 60 }) }).map(({ at, remove, insert }) => {
  const from = whole(at);
  const to = whole(Math.min(source.length, from + remove));
  return source.slice(0, from) + insert + source.slice(to);
});

group('anchorAll', () => {
  it('answers exactly as the document-order loop over anchor() does', () => {
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 25 }), fc.oneof(fc.constant(source), edited), (annotations, text) => {
        expect(anchorAll(text, annotations)).toEqual(reference(text, annotations));
      }),
      RUNS,
    );
  });
});
