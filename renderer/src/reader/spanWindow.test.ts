import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../notes/text/paragraphs.ts';
import { estimatedLines, indexSpans, openingWindow, spansIn, widen, windowOffsets } from './spanWindow.ts';

const seed = Number(process.env.FC_SEED ?? 20261125);
const spanArb = fc.tuple(fc.nat(5_000), fc.integer({ min: 1, max: 400 })).map(([start, length]) => ({ start, end: start + length }));

describe('highlights near the screen', () => {
  it('finds exactly the spans overlapping a window, however long and wherever they are', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 200 }), fc.nat(5_500), fc.nat(1_000), (raw, start, length) => {
        const spans = raw.map((s, i) => ({ id: `a${i}`, ...s }));
        const end = start + length;
        const found = spansIn(indexSpans(spans), start, end).map((s) => s.id).sort();
        const expected = spans.filter((s) => s.start < end && s.end > start).map((s) => s.id).sort();
        expect(found).toEqual(expected);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('turns a window of paragraphs into the source offsets they show', () => {
    const text = 'One.\n\nTwo two.\n\n\nThree three three.';
    const blocks = paragraphs(text);
    expect(windowOffsets(blocks, { from: 1, to: 3 })).toEqual({ start: text.indexOf('Two'), end: text.length });
    expect(windowOffsets(blocks, { from: 2, to: 2 })).toBeNull();
    expect(windowOffsets([], { from: 0, to: 1 })).toBeNull();
  });

  it('opens on the first screens of a long text, and on all of a short one', () => {
    const long = Array.from({ length: 500 }, (_, i) => `Paragraph ${i} ${'word '.repeat(40)}`).join('\n\n');
    const blocks = paragraphs(long);
    const opening = openingWindow(blocks);
    expect(opening.from).toBe(0);
    expect(opening.to).toBeGreaterThan(10);
    expect(opening.to).toBeLessThan(blocks.length / 4);
    const short = paragraphs('A.\n\nB.');
    expect(openingWindow(short)).toEqual({ from: 0, to: 2 });
  });

  it('widens a window by text either side, to whole paragraphs, within the text', () => {
    const text = Array.from({ length: 50 }, (_, i) => `P${i} ${'x'.repeat(96)}`).join('\n\n');
    const blocks = paragraphs(text);
    const wide = widen(blocks, { from: 20, to: 22 }, 250);
    expect(wide).toEqual({ from: 17, to: 25 });
    expect(widen(blocks, { from: 1, to: 2 }, 10_000)).toEqual({ from: 0, to: 50 });
    expect(widen(blocks, { from: 3, to: 3 }, 100)).toEqual({ from: 3, to: 3 });
  });

  it('estimates a paragraph’s lines from its length and its line breaks', () => {
    expect(estimatedLines('short', 72)).toBe(1);
    expect(estimatedLines('x'.repeat(145), 72)).toBe(3);
    expect(estimatedLines('a\nb\n\nc', 72)).toBe(4);
  });
});
