import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Source } from '../../model/schema.ts';
import { paragraphs } from '../../text/paragraphs.ts';
import { MAX_SOURCE_BYTES } from '../decode.ts';
import { sha256Hex } from '../source.ts';
import { ImportRefusal, importDocument, importSizeProblem, SOURCE_MAX_BYTES, type RefusalReason } from './index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufeff]/;

async function imported(name: string, bytes = fixture(name)) {
  const result = await importDocument(bytes, name, { id: 'src1', now: '2024-10-01T09:00:00.000Z' });
  expect(Source.safeParse(result.source).success).toBe(true);
  expect(result.source.sha256).toBe(await sha256Hex(result.source.text));
  return result;
}

async function refusal(name: string, bytes: Uint8Array): Promise<{ reason: RefusalReason; message: string }> {
  const err = await importDocument(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportRefusal);
  const { reason, message } = err as ImportRefusal;
  expect(message).not.toContain('\n');
  expect(message).toContain(`“${name}”`);
  return { reason, message };
}

/** The page (1-based) an offset falls on. */
const pageAt = (pages: number[], offset: number) => pages.filter((start) => start <= offset).length;

describe('importing a saved web page', () => {
  it('keeps the article, its headings, quote and list, and its provenance, without the page around it', async () => {
    const { source, report } = await imported('article-en.html');
    expect(report).toEqual({
      title: 'Baghdad and Washington set a date for the coalition\'s end',
      publisher: 'The Tigris Ledger',
      author: 'Layla Hassan',
      published: '2024-09-27',
      url: 'https://www.tigrisledger.example/politics/coalition-end-date',
      paragraphs: 15,
    });
    expect(source).toMatchObject({ format: 'html', publisher: 'The Tigris Ledger', author: 'Layla Hassan', published: '2024-09-27' });
    expect(source.pages).toBeUndefined();
    const blocks = source.text.split('\n\n');
    expect(blocks[0]).toBe('# Baghdad and Washington set a date for the coalition\'s end');
    expect(blocks).toContain('## Two readings of one agreement');
    expect(blocks).toContain('> We are not leaving Iraq; we are changing how we work with Iraq.');
    expect(blocks).toContain('- Phase one: coalition forces leave bases in federal Iraq by September 2025.');
    expect(source.text).toContain(
      'American officials, speaking on condition of anonymity, avoided the word "withdrawal" and called the plan a transition to a bilateral security partnership',
    );
    for (const clutter of ['Subscribe', 'Advertisement', 'Sponsored', 'reader42', 'We have heard this before', 'Oil exports', 'All rights reserved', 'hijacked', 'Post']) {
      expect(source.text).not.toContain(clutter);
    }
  });

  it('reads an Arabic page: its letters, metadata and headline once', async () => {
    const { source, report } = await imported('article-ar.html');
    expect(report).toMatchObject({ title: 'بغداد وواشنطن تحددان موعد انتهاء مهمة التحالف', publisher: 'صحيفة دجلة', author: 'ليلى حسن', published: '2024-09-27', paragraphs: 8 });
    expect(source.text.split('\n\n')[0]).toBe('# بغداد وواشنطن تحددان موعد انتهاء مهمة التحالف');
    expect(source.text.match(/بغداد وواشنطن تحددان/g)).toHaveLength(1);
    expect(source.text).toContain('وقال مكتب رئيس الوزراء محمد شياع السوداني إن الاتفاق يمثل "نهاية مهمة التحالف"');
    expect(source.text).toContain('> نحن لا نغادر العراق، بل نغير طريقة عملنا مع العراق.');
    expect(source.text).not.toContain('إعلان');
    expect(source.text).not.toContain('التعليقات');
  });

  it('takes HTML from the clipboard when told it is HTML', async () => {
    const html = '<h2>Statement</h2><p>Baghdad said the coalition mission ends in September 2025, and Washington called it a transition to a partnership.</p>';
    const { source } = await importDocument(utf8(html), 'Clipboard', { kind: 'html' });
    expect(source.text).toContain('Baghdad said the coalition mission ends in September 2025');
    expect(source.format).toBe('html');
  });

  it('keeps only an http(s) canonical address', async () => {
    const page = (href: string) =>
      utf8(`<html><head><link rel="canonical" href="${href}"></head><body><article><p>${'Baghdad said the mission ends, and Washington said it changes. '.repeat(4)}</p></article></body></html>`);
    expect((await importDocument(page('javascript:alert(1)'), 'a.html')).source.url).toBeUndefined();
    expect((await importDocument(page('/relative/path'), 'b.html')).source.url).toBeUndefined();
    expect((await importDocument(page('https://example.org/x'), 'c.html')).source.url).toBe('https://example.org/x');
  });
});

describe('importing a PDF', () => {
  it('rebuilds paragraphs, drops running heads, feet and page numbers, joins hyphenated words and keeps page starts', async () => {
    const { source, report } = await imported('statement-en.pdf');
    expect(report).toMatchObject({ title: 'Joint statement', pages: 3, paragraphs: 7 });
    expect(source.format).toBe('pdf');
    const pages = source.pages!;
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBe(0);
    expect(source.text.slice(pages[1])).toMatch(/^The Government of Iraq stated/);
    expect(source.text.slice(pages[2])).toMatch(/^Both sides will continue their dialogue/);
    expect(paragraphs(source.text).map((p) => source.text.slice(p.start, p.end))).toContain(
      'The two delegations agreed that the military mission of the Global Coalition to Defeat ISIS in Iraq will conclude in two phases, the first ending no later than September 2025.',
    );
    expect(source.text).toContain('regional international security');
    for (const running of ['Ministry of Foreign Affairs', 'Unclassified', 'Page 2 of 3']) expect(source.text).not.toContain(running);
    expect(pageAt(pages, source.text.indexOf('transition to an enduring'))).toBe(2);
    expect(pageAt(pages, source.text.indexOf('before the end of the year'))).toBe(3);
  });

  it('gives Arabic in reading order with ordinary letters, not presentation forms', async () => {
    const { source, report } = await imported('statement-ar.pdf');
    expect(report).toMatchObject({ pages: 2, paragraphs: 6 });
    expect(source.text).not.toMatch(PRESENTATION_FORMS);
    expect(source.text.split('\n\n')).toEqual([
      'بيان اللجنة العسكرية العليا',
      'اجتمعت حكومتا جمهورية العراق والولايات المتحدة في بغداد لمراجعة عمل اللجنة العسكرية العليا.',
      'واتفق الوفدان على أن تنتهي مهمة التحالف الدولي في العراق على مرحلتين.',
      'وأكدت الحكومة العراقية أن القوات الأمنية العراقية قادرة على حفظ أمن البلاد.',
      'ووصفت الولايات المتحدة الترتيب بأنه انتقال إلى شراكة أمنية ثنائية دائمة.',
      // Numbers and a Latin word inside Arabic keep their order; the brackets face the right way.
      'وتنتهي المرحلة الأولى في أيلول 2025 (بحسب البيان)، وتبقى قوة التحالف ضد تنظيم ISIS في أربيل حتى 2026.',
    ]);
    expect(source.text.slice(source.pages![1])).toMatch(/^وأكدت الحكومة/);
  });

  it('reads a two-column page column by column, the headline first', async () => {
    const { source, report } = await imported('columns.pdf');
    expect(report).toMatchObject({ pages: 1, paragraphs: 7 });
    const blocks = source.text.split('\n\n');
    expect(blocks[0]).toBe('Two readings of the coalition agreement in Baghdad and Washington');
    expect(blocks[1]).toMatch(/^Iraqi officials presented .* responsibility for security in every province\.$/);
    expect(blocks[6]).toMatch(/^Diplomats expect the legal status .* hold a large number of seats\.$/);
  });

  it('refuses a scanned PDF, with no text layer, in one line', async () => {
    const { reason, message } = await refusal('scanned.pdf', fixture('scanned.pdf'));
    expect(reason).toBe('no-text');
    expect(message).toMatch(/no text layer.*no OCR/);
  });

  it('refuses a password-protected PDF', async () => {
    const { reason, message } = await refusal('encrypted.pdf', fixture('encrypted.pdf'));
    expect(reason).toBe('encrypted');
    expect(message).toMatch(/protected by a password/);
  });

  it('refuses a damaged PDF', async () => {
    const whole = fixture('statement-en.pdf');
    const { reason } = await refusal('cut.pdf', whole.slice(0, 600));
    expect(['damaged', 'no-text']).toContain(reason);
  });
});

describe('importing a Word file', () => {
  it('keeps paragraphs, headings and lists, and takes title and author from the file', async () => {
    const { source, report } = await imported('report.docx');
    expect(report).toEqual({ title: 'Coalition talks: field report', author: 'Analyst', paragraphs: 8 });
    expect(source.format).toBe('docx');
    expect(source.text.split('\n\n')).toEqual([
      '# Coalition talks: field report',
      'Baghdad told the delegation that the coalition’s mission ends in 2025.',
      '# Positions',
      'Washington spoke of a transition, not a withdrawal.',
      '1. Advisers may remain in Erbil.',
      '2. A second round is due in Washington.',
      '- Factions reserve judgment.',
      'قال مكتب رئيس الوزراء إن المهمة انتهت.',
    ]);
  });

  it('refuses a corrupt .docx and a zip that is not a Word document', async () => {
    const docx = fixture('report.docx');
    expect((await refusal('cut.docx', docx.slice(0, docx.length / 2))).reason).toBe('damaged');
    const zip = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect((await refusal('empty-zip.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...zip]))).reason).toBe('damaged');
  });
});

describe('refusing bad input', () => {
  it('refuses a web page with no article', async () => {
    const nav = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024</footer></body></html>';
    const { reason, message } = await refusal('menu.html', utf8(nav));
    expect(reason).toBe('no-article');
    expect(message).toMatch(/no article text/);
  });

  it('refuses files over the size limit before reading them', async () => {
    expect(importSizeProblem('huge.pdf', 200 * 1024 * 1024)).toMatch(/“huge.pdf” is 200\.0 MB; a PDF file can be at most 64\.0 MB/);
    expect(importSizeProblem('big.html', MAX_SOURCE_BYTES + 1)).toMatch(/at most 20\.0 MB/);
    expect(importSizeProblem('ok.pdf', SOURCE_MAX_BYTES)).toBeUndefined();
    const { reason } = await refusal('page.html', new Uint8Array(MAX_SOURCE_BYTES + 1));
    expect(reason).toBe('too-large');
  });

  it('says what a file really is when its extension is wrong', async () => {
    const html = fixture('article-en.html');
    expect(await refusal('article.pdf', html)).toMatchObject({ reason: 'wrong-type', message: expect.stringMatching(/is not a PDF: it looks like a web page \(HTML\) — if it is, rename it to \.html/) });
    expect(await refusal('report.docx', utf8('just some text'))).toMatchObject({ reason: 'wrong-type', message: expect.stringMatching(/not a Word document/) });
    expect(await refusal('statement.docx', fixture('statement-en.pdf'))).toMatchObject({ reason: 'wrong-type', message: expect.stringMatching(/looks like a PDF/) });
    expect(await refusal('statement.txt', fixture('statement-en.pdf'))).toMatchObject({ reason: 'wrong-type', message: expect.stringMatching(/rename it to \.pdf/) });
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await refusal('old.docx', ole)).toMatchObject({ reason: 'unsupported', message: expect.stringMatching(/old Word \.doc file/) });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal('scan.pdf', png)).toMatchObject({ reason: 'unsupported', message: expect.stringMatching(/is an image.*no OCR/) });
    expect(await refusal('slides.pptx', utf8('x'))).toMatchObject({ reason: 'unsupported', message: expect.stringMatching(/\.txt, \.md, \.html, \.pdf or \.docx/) });
    expect((await refusal('empty.pdf', new Uint8Array())).reason).toBe('empty');
  });

  it('still imports .txt and .md as before', async () => {
    const { source, report } = await importDocument(utf8('Title line\r\n\r\nBody “quoted”.'), 'a.txt');
    expect(source).toMatchObject({ format: 'text', title: 'Title line', text: 'Title line\n\nBody “quoted”.' });
    expect(report.paragraphs).toBe(2);
    expect((await importDocument(utf8('# Heading\n\nText'), 'b.md')).source.format).toBe('markdown');
  });
});

describe('what a web page says about itself', () => {
  const page = (head: string, byline = '') =>
    utf8(`<html><head>${head}</head><body><article>${byline}<p>${'Baghdad said the mission ends, and Washington said it changes. '.repeat(4)}</p></article></body></html>`);

  it('takes the author from a byline without its "By"', async () => {
    expect((await importDocument(page('', '<p class="byline">By Jane Doe</p>'), 'a.html')).report.author).toBe('Jane Doe');
    expect((await importDocument(page('<meta name="author" content="بقلم ليلى حسن">'), 'b.html')).report.author).toBe('ليلى حسن');
  });

  it('cites a timestamp as its day and keeps a written date as written', async () => {
    expect((await importDocument(page('<meta property="article:published_time" content="2024-07-23T18:00:00+03:00">'), 'a.html')).report.published).toBe('2024-07-23');
    expect((await importDocument(page('<meta name="date" content="23 July 2024">'), 'b.html')).report.published).toBe('23 July 2024');
  });
});
