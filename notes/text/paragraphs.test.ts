import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paragraphLocator, paragraphOf, paragraphs } from './paragraphs.ts';

// Oracle: cut into lines first, then group the non-blank ones.
function naiveParagraphs(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number; blank: boolean }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === '\n' || c === '\r') {
      lines.push({ start, end: i, blank: text.slice(start, i).trim() === '' });
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  const out: { start: number; end: number }[] = [];
  let prevBlank = true;
  for (const l of lines) {
    if (!l.blank) {
      if (prevBlank) out.push({ start: l.start, end: l.end });
      else out[out.length - 1]!.end = l.end;
    }
    prevBlank = l.blank;
  }
  return out;
}

const slices = (text: string) => paragraphs(text).map((p) => text.slice(p.start, p.end));

describe('paragraphs', () => {
  it('splits on one or more blank lines and keeps offsets into the exact text', () => {
    const text = 'First line\nstill first\n\nSecond\n\n\n\nThird';
    expect(slices(text)).toEqual(['First line\nstill first', 'Second', 'Third']);
  });

  it('treats lines of spaces, tabs and non-breaking spaces as blank', () => {
    const text = 'One  \n \t\u00a0 \nTwo\u00a0\n\u00a0\nThree';
    expect(slices(text)).toEqual(['One  ', 'Two\u00a0', 'Three']);
  });

  it('handles CRLF and lone CR line ends without counting them in a paragraph', () => {
    expect(slices('A\r\nB\r\n\r\nC\r\n')).toEqual(['A\r\nB', 'C']);
    expect(slices('A\r\rB')).toEqual(['A', 'B']);
    expect(slices('A\r\n \r\nB')).toEqual(['A', 'B']);
  });

  it('ignores leading and trailing blank lines; blank or empty text has none', () => {
    expect(slices('\n\n  \nOnly\n\n')).toEqual(['Only']);
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs(' \n\u00a0\r\n')).toEqual([]);
  });
});

describe('paragraphOf', () => {
  const text = 'Alpha\n\nBeta beta\n\n\nGamma';
  const alpha = text.indexOf('Alpha');
  const beta = text.indexOf('beta');
  const gamma = text.indexOf('Gamma');

  it('numbers paragraphs from 1', () => {
    expect(paragraphOf(text, alpha)).toBe(1);
    expect(paragraphOf(text, beta)).toBe(2);
    expect(paragraphOf(text, gamma + 4)).toBe(3);
  });

  it('gives an offset in a gap to the next paragraph, and past the end to the last', () => {
    expect(paragraphOf(text, gamma - 1)).toBe(3);
    expect(paragraphOf('\n\nX', 0)).toBe(1);
    expect(paragraphOf(text, text.length)).toBe(3);
    expect(paragraphOf(text + '\n\n', text.length + 1)).toBe(3);
  });

  it('gives 0 for a text without paragraphs', () => {
    expect(paragraphOf('', 0)).toBe(0);
    expect(paragraphOf('\n \n', 1)).toBe(0);
  });

  it('cites the conflict sentence of the sample article in paragraph 6', () => {
    const article = readFileSync(new URL('../samples/coalition-talks.txt', import.meta.url), 'utf8');
    const offset = article.indexOf('While Baghdad has maintained');
    expect(offset).toBeGreaterThan(0);
    // Counted by hand: title, ERBIL, "Our bond", Austin met, Austin said (followed by
    // a line holding only an NBSP and a run of empty lines), then this sentence.
    expect(paragraphOf(article, offset)).toBe(6);
    expect(paragraphOf(article, article.indexOf('Around 2,500 US troops'))).toBe(paragraphs(article).length);
  });

  it('agrees with a linear scan on random texts', () => {
    const line = fc.constantFrom('', ' ', '\u00a0', 'a', 'b c', ' x ', '\t');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const textArb = fc.array(fc.tuple(line, eol), { maxLength: 30 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
    fc.assert(
      fc.property(textArb, fc.nat(), (t, n) => {
        const offset = t.length === 0 ? 0 : n % (t.length + 1);
        const ps = paragraphs(t);
        expect(ps).toEqual(naiveParagraphs(t));
        let expected = 0;
        if (ps.length > 0) {
          const next = ps.findIndex((p) => offset <= p.end);
          expected = next === -1 ? ps.length : next + 1;
        }
        expect(paragraphOf(t, offset)).toBe(expected);
        // Paragraphs never hold a blank line.
        for (const p of ps) {
          for (const l of t.slice(p.start, p.end).split(/\r\n|\n|\r/)) expect(l.trim()).not.toBe('');
        }
      }),
    );
  });

  it('locates paragraphs in a 1 MB text', () => {
    const block = 'Some words of a paragraph.\nAnd a second line.\n\n';
    const big = block.repeat(Math.ceil(1_000_000 / block.length));
    const locate = paragraphLocator(big);
    const count = big.length / block.length;
    expect(locate(big.length - 5)).toBe(count);
    expect(locate(block.length * 1000 + 3)).toBe(1001);
  });
});
