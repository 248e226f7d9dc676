import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../notes/text/paragraphs.ts';
import { SAMPLE_ARTICLE } from '../../../notes/samples/sample.ts';
import { toBlockPoint, toBlockRange, toSourceOffset } from './offsets.ts';

// What the reader renders: each paragraph's exact text, nothing between them.
const shown = (text: string) => paragraphs(text).map((p) => text.slice(p.start, p.end));

describe('source offsets ↔ reader paragraphs', () => {
  const text = SAMPLE_ARTICLE;
  const blocks = paragraphs(text);

  it('every offset inside a paragraph maps to a point whose text is the source text at that offset', () => {
    const rendered = shown(text);
    for (const block of blocks) {
      for (let offset = block.start; offset < block.end; offset += 7) {
        const point = toBlockPoint(blocks, offset, 'start')!;
        expect(rendered[point.index]![point.offset]).toBe(text[offset]);
        expect(toSourceOffset(blocks, point)).toBe(offset);
      }
    }
  });

  it('a quote in the sample comes back as the same words from the rendered paragraphs', () => {
    const quote = 'the commission aims to conclude the presence of the coalition forces in the country';
    const start = text.indexOf(quote);
    const range = toBlockRange(blocks, start, start + quote.length)!;
    expect(range.start.index).toBe(range.end.index);
    expect(shown(text)[range.start.index]!.slice(range.start.offset, range.end.offset)).toBe(quote);
  });

  it('offsets in the blank lines snap to the next paragraph for a start and the previous for an end', () => {
    const gapStart = blocks[0]!.end + 1;
    expect(toBlockPoint(blocks, gapStart, 'start')).toEqual({ index: 1, offset: 0 });
    expect(toBlockPoint(blocks, gapStart, 'end')).toEqual({ index: 0, offset: blocks[0]!.end - blocks[0]!.start });
  });

  it('a range across paragraphs starts and ends in the right ones', () => {
    const start = blocks[1]!.start + 5;
    const end = blocks[3]!.start + 9;
    expect(toBlockRange(blocks, start, end)).toEqual({ start: { index: 1, offset: 5 }, end: { index: 3, offset: 9 } });
  });

  it('a range that covers only blank lines shows nothing', () => {
    expect(toBlockRange(blocks, blocks[0]!.end, blocks[1]!.start)).toBeNull();
  });

  it('round-trips any offset of shown text in any text (starts before a character, ends after one)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\u00a0', '\r\n') }), fc.nat(), (t, n) => {
        const bs = paragraphs(t);
        if (bs.length === 0) return;
        const block = bs[n % bs.length]!;
        const inside = n % (block.end - block.start);
        expect(toSourceOffset(bs, toBlockPoint(bs, block.start + inside, 'start')!)).toBe(block.start + inside);
        expect(toSourceOffset(bs, toBlockPoint(bs, block.start + inside + 1, 'end')!)).toBe(block.start + inside + 1);
      }),
    );
  });
});
