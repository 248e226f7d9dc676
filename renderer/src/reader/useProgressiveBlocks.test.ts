import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../notes/text/paragraphs.ts';
import { blocksUpTo, OPENING_CHARS, partsOf } from './useProgressiveBlocks.ts';

const seed = Number(process.env.FC_SEED ?? 20261125);
const text = fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '.'), minLength: 1, maxLength: 300 }), { maxLength: 60 }).map((ps) => ps.join('\n\n'));

describe('a long source put in the page in parts', () => {
  it('puts in the paragraphs that start before the limit, always at least one', () => {
    fc.assert(
      fc.property(text, fc.nat(20_000), (t, chars) => {
        const blocks = paragraphs(t);
        const n = blocksUpTo(blocks, chars);
        expect(n).toBe(blocks.length === 0 ? 0 : Math.max(1, blocks.filter((b) => b.start < chars).length));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('splits any text into parts that cover every paragraph once, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const blocks = paragraphs(t);
        const ends = partsOf(blocks);
        expect(ends.at(-1) ?? 0).toBe(blocks.length);
        ends.forEach((end, k) => expect(end).toBeGreaterThan(k === 0 ? 0 : ends[k - 1]!));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('opens the 1 MB bench-sized report with a few screens, and has the rest in under a dozen parts', () => {
    const report = Array.from({ length: 1_700 }, (_, i) => `Paragraph ${i}: ${'the coalition will transition '.repeat(20)}`).join('\n\n');
    const blocks = paragraphs(report);
    const ends = partsOf(blocks);
    expect(ends[0]).toBe(blocksUpTo(blocks, OPENING_CHARS));
    expect(ends[0]).toBeGreaterThan(5);
    expect(ends[0]).toBeLessThan(blocks.length / 20);
    expect(ends.length).toBeLessThan(12);
  });
});
