import { describe, expect, it } from 'vitest';
import { normalisePresentationForms, repairSwappedLigatures, shapedOrderIsVisual, visualToLogical } from './arabic.ts';
import { layoutPdfText, type PdfRun } from './pdf-layout.ts';

/** A page of lines, 14 pt apart from the top, each one run; `indent` in points, null for a blank line. */
function page(lines: (string | null | { text: string; indent?: number; size?: number; right?: boolean })[]): { runs: PdfRun[] } {
  const runs: PdfRun[] = [];
  let y = 800;
  for (const line of lines) {
    y -= 14;
    if (line === null) continue;
    const { text, indent = 0, size = 10 } = typeof line === 'string' ? { text: line } : line;
    runs.push({ str: text, dir: 'ltr', x: 72 + indent, y, width: text.length * 5, fontSize: size });
  }
  return { runs };
}

const head = 'Ministry of Foreign Affairs';
const foot = (n: number) => `Page ${n} of 3`;

describe('layoutPdfText', () => {
  it('joins the lines of a paragraph and splits paragraphs at blank space and indents', () => {
    const { text } = layoutPdfText([
      page(['First paragraph runs over', 'two lines.', null, 'Second after a gap', 'continues here.', { text: 'Third, indented.', indent: 20 }, 'Its second line.']),
    ]);
    expect(text).toBe('First paragraph runs over two lines.\n\nSecond after a gap continues here.\n\nThird, indented. Its second line.');
  });

  it('drops a running head, a running foot and page numbers, and keeps where each page starts', () => {
    const { text, pages } = layoutPdfText([
      page([head, null, 'One.', null, null, null, foot(1)]),
      page([head, null, 'Two.', null, null, null, foot(2)]),
      page([head, null, 'Three.', null, null, null, '3']),
    ]);
    expect(text).toBe('One.\n\nTwo.\n\nThree.');
    expect(pages.map((p) => text.slice(p))).toEqual(['One.\n\nTwo.\n\nThree.', 'Two.\n\nThree.', 'Three.']);
  });

  it('keeps a line that repeats in the body of the pages', () => {
    const body = (n: number) => page(['Top line ' + n, 'second ' + n, null, 'Recommendation: none.', null, 'Next to last ' + n, 'Bottom ' + n * 7 + ' words']);
    const { text } = layoutPdfText([body(1), body(2)]);
    expect(text.match(/Recommendation: none\./g)).toHaveLength(2);
  });

  it('makes a word broken by a hyphen at a line end whole, but keeps a hyphen before a capital', () => {
    const { text } = layoutPdfText([page(['the inter-', 'national order and the Iraq-', 'US talks'])]);
    expect(text).toBe('the international order and the Iraq- US talks');
  });

  it('continues a sentence over a page break, with the new page starting inside the paragraph', () => {
    const { text, pages } = layoutPdfText([page(['A sentence that goes on to the']), page(['next page and ends.'])]);
    expect(text).toBe('A sentence that goes on to the next page and ends.');
    expect(text.slice(pages[1])).toBe('next page and ends.');
  });

  it('counts a page with no text, so later page numbers stay right', () => {
    const { text, pages } = layoutPdfText([page(['One.']), page([]), page(['Three.'])]);
    expect(pages).toHaveLength(3);
    expect(text.slice(pages[2])).toBe('Three.');
  });

  it('reads two columns one after the other, a sentence going on from the foot of one to the head of the next', () => {
    // [text, width]: a line well short of its column's edge that ends a sentence ends its paragraph.
    const left: [string, number][] = [['The left column starts here', 180], ['and its first paragraph', 180], ['ends here.', 50], ['A second one runs to the', 180]];
    const right: [string, number][] = [['foot of the left column and on.', 120], ['The right column goes on', 180], ['and ends.', 40], ['Last line here.', 180]];
    const runs: PdfRun[] = [{ str: 'A headline across both columns of the page', dir: 'ltr', x: 72, y: 780, width: 400, fontSize: 16 }];
    left.forEach(([str, width], i) => runs.push({ str, dir: 'ltr', x: 72, y: 740 - i * 14, width, fontSize: 10 }));
    right.forEach(([str, width], i) => runs.push({ str, dir: 'ltr', x: 300, y: 740 - i * 14, width, fontSize: 10 }));
    const { text } = layoutPdfText([{ runs }]);
    expect(text.split('\n\n')).toEqual([
      'A headline across both columns of the page',
      'The left column starts here and its first paragraph ends here.',
      'A second one runs to the foot of the left column and on.',
      'The right column goes on and ends.',
      'Last line here.',
    ]);
  });

  it('puts runs drawn on one baseline into one line, with spaces where the gaps are', () => {
    const runs: PdfRun[] = [
      { str: 'world', dir: 'ltr', x: 110, y: 700, width: 25, fontSize: 10 },
      { str: 'Hello', dir: 'ltr', x: 72, y: 700.5, width: 25, fontSize: 10 },
      { str: 'fi', dir: 'ltr', x: 140, y: 700, width: 8, fontSize: 10 },
      { str: 'ne', dir: 'ltr', x: 148, y: 700, width: 10, fontSize: 10 },
    ];
    expect(layoutPdfText([{ runs }]).text).toBe('Hello world fine');
  });
});

// "على بغداد" shaped and drawn left to right, as a PDF holds it.
const logical = 'وصل الوفد إلى بغداد';
const shaped = 'ﻭﺻﻞ ﺍﻟﻮﻓﺪ ﺇﻟﻰ ﺑﻐﺪﺍﺩ';
const drawn = Array.from(shaped).reverse().join('');

describe('Arabic from a PDF', () => {
  it('tells drawing order from reading order by the shaped forms at word starts', () => {
    expect(shapedOrderIsVisual(drawn)).toBe(true);
    expect(shapedOrderIsVisual(shaped)).toBe(false);
    expect(shapedOrderIsVisual('plain text')).toBeUndefined();
  });

  it('normalises presentation forms to ordinary letters and leaves other text alone', () => {
    expect(normalisePresentationForms(shaped)).toBe(logical);
    expect(normalisePresentationForms('ﬁnal ½ x²')).toBe('final ½ x²');
  });

  it('puts a right-to-left line back in reading order, numbers and Latin words the right way round', () => {
    expect(normalisePresentationForms(visualToLogical(drawn))).toBe(logical);
    // Drawn: "(2025) in US the" reversed as a PDF would draw an Arabic line holding them.
    const line = 'ﺗﻨﺘﻬﻲ ﺍﻟﻤﻬﻤﺔ ﻓﻲ 2025 (ﺃﻳﻠﻮﻝ) ﻣﻊ US Army';
    const visual = Array.from(line, (ch) => ({ '(': ')', ')': '(' })[ch] ?? ch).reverse().join('').replace('5202', '2025').replace('ymrA SU', 'US Army');
    expect(normalisePresentationForms(visualToLogical(visual))).toBe('تنتهي المهمة في 2025 (أيلول) مع US Army');
  });

  it('reverses only the Arabic words of a left-to-right line', () => {
    expect(visualToLogical(`Baghdad said ${Array.from('انتهت المهمة').reverse().join('')} today`)).toBe('Baghdad said انتهت المهمة today');
    expect(visualToLogical('No Arabic here (2025)')).toBe('No Arabic here (2025)');
  });

  it('puts back letters of a ligature that reversal swapped', () => {
    expect(repairSwappedLigatures('عىل أن وإىل')).toBe('على أن وإلى');
    expect(repairSwappedLigatures('مدينة بغداد')).toBe('مدينة بغداد');
  });
});
