// The briefing as a Word document (.docx), from the same neutral document as
// the Markdown and HTML exports: headings, a real table per question with one
// column per actor, quotes exactly as in the source.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Notebook } from '../model/schema.ts';
import { textDirection } from '../text/direction.ts';
import { buildBriefingDoc, bylineOf, GRADE_LEGEND, sourceLine, type BriefingDoc, type CitedClaim, type Sentence } from './briefing-doc.ts';
import { noteToParagraphs } from './docx-note.ts';

const JUDGMENTS = 'key-judgments';

// Word has no "auto" direction: a paragraph whose first strong character is
// Arabic or Hebrew is marked right to left (w:bidi), and so is each run of
// right-to-left text (w:rtl), so it is shaped and ordered as such.
const isRtl = (text: string) => textDirection(text) === 'rtl';
const direction = (text: string) => (isRtl(text) ? { bidirectional: true } : {});
const run = (text: string, opts: { bold?: boolean; italics?: boolean; break?: number } = {}) =>
  new TextRun({ text, ...opts, ...(isRtl(text) ? { rightToLeft: true } : {}) });

export async function briefingToDocx(nb: Notebook): Promise<Uint8Array> {
  return docToDocx(buildBriefingDoc(nb));
}

export async function docToDocx(doc: BriefingDoc): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [new Paragraph({ children: [run(doc.title)], heading: HeadingLevel.TITLE, ...direction(doc.title) }), new Paragraph({ children: [new TextRun({ text: bylineOf(doc), italics: true })], ...direction(bylineOf(doc)) })];
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
    new Paragraph({ children: [run(text)], heading: level, keepNext: true, ...direction(text) });

  if (doc.bluf.trim()) body.push(heading('Bottom line up front'), ...noteToParagraphs(doc.bluf));
  if (doc.keyJudgments.length) {
    body.push(heading('Key judgments'));
    for (const k of doc.keyJudgments) {
      const children: ParagraphChild[] = k.likelihood ? [new TextRun({ text: k.likelihood.term, bold: true }), new TextRun(` (${k.likelihood.range}): `)] : [];
      body.push(new Paragraph({ children: [...children, run(k.text)], numbering: { reference: JUDGMENTS, level: 0 }, ...direction(k.text) }));
    }
  }
  if (doc.questions.length) {
    body.push(heading('Conflicting claims'));
    for (const q of doc.questions) {
      body.push(heading(q.question, HeadingLevel.HEADING_2));
      if (q.actors.length) body.push(claimTable(q.actors, q.cells));
      for (const c of q.conflicts) body.push(new Paragraph({ children: sentence(c), bullet: { level: 0 }, ...direction(sentenceText(c)) }));
      for (const c of q.relations) body.push(new Paragraph({ children: sentence(c), bullet: { level: 0 }, ...direction(sentenceText(c)) }));
      if (q.omittedActors.length) body.push(new Paragraph({ children: [new TextRun({ text: `Not in the table: ${q.omittedActors.join(', ')}.`, italics: true })] }));
      if (q.note.trim()) body.push(new Paragraph({ children: [new TextRun({ text: 'Analyst’s note', bold: true })], keepNext: true }), ...noteToParagraphs(q.note));
    }
    if (doc.questions.some((q) => q.cells.some((c) => c.length))) body.push(new Paragraph({ children: [new TextRun({ text: GRADE_LEGEND, italics: true, size: 18 })] }));
  }
  if (doc.excerpts.length) {
    body.push(heading('Excerpts'));
    for (const e of doc.excerpts) {
      body.push(
        new Paragraph({
          children: lines(`“${e.quote}”`),
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '777777', space: 8 } },
          keepNext: true,
          ...direction(e.quote),
        }),
        new Paragraph({ children: [run(`— ${e.attribution ? `${e.attribution} ` : ''}`), citeRun(e.citation.label, isRtl(e.attribution))], indent: { left: 567 }, ...direction(e.attribution) }),
        ...(e.note.trim() ? noteToParagraphs(e.note) : []),
      );
    }
  }
  if (doc.sources.length) {
    body.push(heading('Sources'));
    for (const s of doc.sources) {
      const children: ParagraphChild[] = [new TextRun({ text: s.key, bold: true }), new TextRun(' — '), run(sourceLine(s))];
      if (s.url && /^https?:\/\//i.test(s.url)) children.push(new TextRun(' '), new ExternalHyperlink({ link: s.url, children: [new TextRun({ text: s.url, style: 'Hyperlink' })] }));
      body.push(new Paragraph({ children, bullet: { level: 0 } }));
    }
  }

  const document = new Document({
    title: doc.title,
    creator: 'Research Notebook',
    styles: { default: { document: { run: { font: 'Georgia', size: 22 }, paragraph: { spacing: { after: 120 } } } } },
    numbering: {
      config: [{ reference: JUDGMENTS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }] }],
    },
    // The marking in the page header and footer: Word repeats them on every page.
    sections: [{ headers: { default: new Header({ children: [markingParagraph(doc.classification)] }) }, footers: { default: new Footer({ children: [markingParagraph(doc.classification)] }) }, children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function markingParagraph(marking: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true, font: 'Arial', size: 20 })] });
}

/**
 * A citation held left to right. Inside an Arabic paragraph Word's bidi algorithm would show "[S2 ¶4]"
 * as "[4¶ S2]" (the number joins the Arabic run); a left-to-right mark on each side keeps it whole.
 */
const citeRun = (label: string, inRtl: boolean) => new TextRun(inRtl ? `\u200E[${label}]\u200E` : `[${label}]`);
// After a citation held left to right, a right-to-left mark keeps the grade a unit of its own, read after it.
const gradeRun = (grade: string, inRtl: boolean) => new TextRun(inRtl ? ` \u200F(${grade})` : ` (${grade})`);

/** Line breaks inside a quote become Word line breaks. */
function lines(text: string, opts: { bold?: boolean } = {}): TextRun[] {
  // The whole quote decides each line's run direction: a line of digits in an Arabic quote is still part of it.
  const rtl = isRtl(text);
  return text.split(/\r\n?|\n/).map((line, i) => new TextRun({ text: line, break: i ? 1 : undefined, ...opts, ...(rtl ? { rightToLeft: true } : {}) }));
}

function sentence(parts: Sentence): TextRun[] {
  const rtl = isRtl(sentenceText(parts));
  return parts.map((p) => (typeof p === 'string' ? run(p) : citeRun(p.label, rtl)));
}

const sentenceText = (parts: Sentence) => parts.map((p) => (typeof p === 'string' ? p : '')).join('');

function claimParagraphs(c: CitedClaim, first: boolean): Paragraph[] {
  return [
    new Paragraph({
      children: [run(c.position, { bold: true }), run(c.cue ? ` — ${c.cue}:` : ' —')],
      spacing: first ? undefined : { before: 160 },
      ...direction(c.position),
    }),
    new Paragraph({ children: [...lines(`“${c.quote}”`), new TextRun(' '), citeRun(c.citation.label, isRtl(c.quote)), gradeRun(c.grade, isRtl(c.quote))], ...direction(c.quote) }),
  ];
}

function claimTable(actors: BriefingDoc['questions'][number]['actors'], cells: CitedClaim[][]): Table {
  const width = Math.floor(100 / actors.length);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: actors.map(
      (a) =>
        new TableCell({
          width: { size: width, type: WidthType.PERCENTAGE },
          shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' },
          borders: { top: { style: BorderStyle.SINGLE, size: 24, color: /^#[0-9a-f]{6}$/i.test(a.color) ? a.color.slice(1) : '777777' } },
          children: [new Paragraph({ children: [run(a.name, { bold: true })], ...direction(a.name) })],
        }),
    ),
  });
  const row = new TableRow({
    children: cells.map(
      (claims) =>
        new TableCell({
          width: { size: width, type: WidthType.PERCENTAGE },
          children: claims.length ? claims.flatMap((c, i) => claimParagraphs(c, i === 0)) : [new Paragraph('—')],
        }),
    ),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, row] });
}
