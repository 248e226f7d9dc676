// An Arabic source from a PDF, quoted in a briefing: each export cites the page
// as well as the paragraph, names the source by who and when, and gives each
// paragraph its own direction in the way the format knows.
import JSZip from 'jszip';
import { describe as suite, expect, it } from 'vitest';
import { describe } from '../anchoring/index.ts';
import type { Notebook, Source } from '../model/schema.ts';
import { sampleNotebook } from '../samples/sample.ts';
import { briefingToDocx, briefingToHtml, briefingToMarkdown } from './index.ts';
import { tokenize } from './html-tokens.fixture.ts';

const NOW = '2026-01-15T09:30:00.000Z';
const PAGE_1 = 'بيان اللجنة العسكرية العليا\n\nاجتمعت حكومتا العراق والولايات المتحدة في بغداد.';
const QUOTE = 'تنتهي مهمة التحالف الدولي في العراق على مرحلتين';
const PAGE_2 = `واتفق الوفدان على أن ${QUOTE}.`;
const TEXT = `${PAGE_1}\n\n${PAGE_2}`;

function arabicNotebook(): Notebook {
  const nb = sampleNotebook(NOW);
  const source: Source = {
    id: 'src-ar',
    title: 'بيان مشترك',
    publisher: 'وزارة الخارجية',
    author: 'اللجنة العسكرية العليا',
    published: '2024-09-27',
    format: 'pdf',
    text: TEXT,
    pages: [0, PAGE_1.length + 2],
    sha256: '0'.repeat(64),
    importedAt: NOW,
  };
  const start = TEXT.indexOf(QUOTE);
  const baghdad = nb.annotations[0]!;
  const annotation = { ...baghdad, id: 'ann-ar', sourceId: source.id, target: describe(TEXT, start, start + QUOTE.length), note: '' };
  return {
    ...nb,
    sources: [...nb.sources, source],
    annotations: [...nb.annotations, annotation],
    briefing: { ...nb.briefing, excerptIds: [...nb.briefing.excerptIds, annotation.id] },
  };
}

suite('citing a paged Arabic source', () => {
  it('Markdown cites the page beside the paragraph and the source by who and when, its text unchanged', () => {
    const md = briefingToMarkdown(arabicNotebook());
    expect(md).toContain(`“${QUOTE}” [S2 p. 2 ¶3]`);
    // Arabic commas between Arabic names, and the date held left to right so it does not read 27-09-2024.
    expect(md).toMatch(/^- \*\*S2\*\* — اللجنة العسكرية العليا، وزارة الخارجية، \u200e2024-09-27\u200e: بيان مشترك\.$/m);
    expect(md).toMatch(/^- \*\*S1\*\* — Rudaw: /m);
    // A source without pages is cited by paragraph only.
    expect(md).toContain('[S1 ¶6]');
    expect(md).not.toContain('S1 p.');
  });

  it('HTML gives every paragraph, cell, quote and list item dir="auto" and isolates quotes', () => {
    const html = briefingToHtml(arabicNotebook());
    const { tags } = tokenize(html);
    const opening = tags.filter((t) => !t.closing);
    for (const name of ['p', 'td', 'th', 'li', 'blockquote', 'h1', 'h2', 'figcaption']) {
      const found = opening.filter((t) => t.name === name);
      expect(found.length, name).toBeGreaterThan(0);
      expect(found.every((t) => t.attrs.get('dir') === 'auto'), name).toBe(true);
    }
    expect(html).toContain(`<bdi>“${QUOTE}”</bdi>`);
    expect(html).toContain('[S2 p. 2 ¶3]');
  });

  it('Word marks Arabic paragraphs and runs right to left and leaves English ones alone', async () => {
    const zip = await JSZip.loadAsync(await briefingToDocx(arabicNotebook()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const quote = paragraphs.find((p) => p.includes(QUOTE) && !p.includes('<w:tbl'))!;
    expect(quote).toMatch(/<w:bidi\/>/);
    expect(quote).toMatch(/<w:rtl\/>[\s\S]*?<w:t[^>]*>“تنتهي/);
    // Held left to right by marks either side, so Word does not show it as "[3¶ 2 .p S2]".
    expect(quote).toContain('\u200E[S2 p. 2 ¶3]\u200E');
    // In a conflicting-claims cell, the grade after the citation is read after it, not before.
    const cell = paragraphs.find((p) => p.includes(QUOTE) && p.includes('(B3)'));
    expect(cell, 'the Arabic claim is in the conflicting-claims table').toBeTruthy();
    expect(cell).toContain('\u200F(B3)');
    const english = paragraphs.find((p) => p.includes('Bottom line up front'))!;
    expect(english).not.toMatch(/<w:bidi\/>|<w:rtl\/>/);
    const source = paragraphs.find((p) => p.includes('وزارة الخارجية'))!;
    expect(source).toMatch(/<w:rtl\/>/);
  });

  it('Word marks an Arabic paragraph of the analyst’s note right to left, and not the English one beside it', async () => {
    const nb = arabicNotebook();
    const note = 'English first.\n\nملاحظة المحلل: **البيان** واضح.';
    const zip = await JSZip.loadAsync(await briefingToDocx({ ...nb, briefing: { ...nb.briefing, bluf: note } }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    expect(paragraphs.find((p) => p.includes('ملاحظة المحلل'))).toMatch(/<w:bidi\/>/);
    expect(paragraphs.find((p) => p.includes('English first.'))).not.toMatch(/<w:bidi\/>/);
  });
});
