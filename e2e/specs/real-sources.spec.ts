// Real documents through the app: a saved web page, a PDF with pages and a Word
// file imported with the Import… dialog, a claim tagged in each, and the
// briefing (in the app's preview and in the exported HTML) citing each quote
// with its page for the PDF and the web page's publisher and date. Then an
// Arabic web page, a claim and an excerpt from it, exported to HTML, PDF and
// Word: the HTML and the PDF are drawn as pictures (docs/screenshots/
// arabic-briefing-html.png, arabic-briefing-pdf.png) to be looked at; the Word
// file is checked for its right-to-left paragraph and runs (no renderer for
// Word here).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect, type NotebookApp } from '../fixtures.ts';
import { selectSpan, sessionOf, toolbar } from '../harness/analyst.ts';

const FIXTURES = fileURLToPath(new URL('../../notes/sources/import/fixtures/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const QUESTION = "What happens to the US-led coalition's mission in Iraq?";

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openView(page: Page, name: 'Reader' | 'Compare' | 'Briefing'): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
}

/** Imports a fixture through the Import… dialog; returns the new source's text as the notebook holds it. */
async function importFixture(app: NotebookApp, file: string, title: string): Promise<string> {
  await app.dialogs.nextOpen(path.join(FIXTURES, file));
  await app.page.getByRole('button', { name: 'Import…' }).click();
  await expect(app.page.locator('.source-item[aria-current="true"] .source-title')).toHaveText(title, { timeout: 30_000 });
  const source = (await sessionOf(app.page)).notebook.sources.find((s) => s.title === title);
  expect(source, `${file} is in the notebook`).toBeTruthy();
  return source!.text;
}

interface ClaimInput {
  actor: string;
  question?: string;
  position: string;
  cue: string;
}

/** Selects `quote` in the shown source and tags it as a claim (on QUESTION unless given); returns the annotation's id. */
async function tagClaim(page: Page, text: string, quote: string, claim: ClaimInput): Promise<string> {
  const start = text.indexOf(quote);
  expect(start, `“${quote}” is in the source`).toBeGreaterThanOrEqual(0);
  const before = new Set((await sessionOf(page)).notebook.annotations.map((a) => a.id));
  await selectSpan(page, text, { start, end: start + quote.length });
  await toolbar(page).getByRole('button', { name: 'Tag claim' }).click();
  const form = page.getByRole('dialog', { name: 'Tag claim' });
  await form.getByLabel('Actor', { exact: true }).fill(claim.actor);
  await form.getByLabel('Question').fill(claim.question ?? QUESTION);
  await form.getByLabel('Cue').fill(claim.cue);
  await form.getByLabel('Position', { exact: true }).fill(claim.position);
  await form.getByLabel('Position', { exact: true }).press('Enter');
  await expect(form).toBeHidden();
  let added: string[] = [];
  await expect
    .poll(async () => (added = (await sessionOf(page)).notebook.annotations.filter((a) => !before.has(a.id) && a.target.quote.exact === quote).map((a) => a.id)), { message: 'one new claim in main' })
    .toHaveLength(1);
  return added[0]!;
}

/** Exports through the Briefing view's button, answering the save dialog with `file`. */
async function exportAs(app: NotebookApp, button: string, file: string): Promise<void> {
  await app.dialogs.nextSave(file);
  await app.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: button, exact: true }).click();
  await expect(app.page.locator('.export-status')).toContainText(`to ${file}`, { timeout: 30_000 });
}

const htmlText = (html: string) => flat(html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

test('a web page, a PDF and a Word file imported, annotated, and cited in the briefing with page, publisher and date', async ({ app }, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();

  const web = await importFixture(app, 'article-en.html', "Baghdad and Washington set a date for the coalition's end");
  const webQuote = 'the end of the coalition\'s mission';
  await tagClaim(page, web, webQuote, { actor: 'Baghdad', position: 'End of the mission', cue: 'described' });

  const pdf = await importFixture(app, 'statement-en.pdf', 'Joint statement');
  // On the statement's second page, in its fifth paragraph (the title is the first).
  const pdfQuote = 'a transition to an enduring bilateral security partnership';
  await tagClaim(page, pdf, pdfQuote, { actor: 'Washington', position: 'Transition', cue: 'described' });

  const docx = await importFixture(app, 'report.docx', 'Coalition talks: field report');
  const docxQuote = 'the coalition’s mission ends in 2025';
  await tagClaim(page, docx, docxQuote, { actor: 'Baghdad', position: 'End of the mission', cue: 'told' });

  await openView(page, 'Briefing');
  const preview = page.frameLocator('iframe.briefing-frame').locator('body');
  // Each quote with its citation; the PDF's with its page.
  const expectations = [
    new RegExp(`“${escapeRe(webQuote)}” \\[S\\d+ ¶6\\]`),
    new RegExp(`“${escapeRe(pdfQuote)}” \\[S\\d+ p\\. 2 ¶5\\]`),
    new RegExp(`“${escapeRe(docxQuote)}” \\[S\\d+ ¶2\\]`),
    // The web page under Sources with who published it and when.
    /S\d+ — Layla Hassan, The Tigris Ledger, 2024-09-27: Baghdad and Washington set a date for the coalition's end\./,
  ];
  for (const expected of expectations) await expect(preview).toContainText(expected);

  const dir = testInfo.outputPath('exports');
  await mkdir(dir, { recursive: true });
  const html = path.join(dir, 'briefing.html');
  await exportAs(app, 'HTML', html);
  const exported = htmlText(await readFile(html, 'utf8'));
  for (const expected of expectations) expect(exported).toMatch(expected);
});

const AR_TITLE = 'بغداد وواشنطن تحددان موعد انتهاء مهمة التحالف';
const AR_QUOTE = 'الاتفاق يمثل "نهاية مهمة التحالف"';
const AR_ACTOR = 'مكتب رئيس الوزراء';
const AR_QUESTION = 'متى تنتهي مهمة التحالف في العراق؟';
const AR_BLUF = 'تقول بغداد إن مهمة التحالف تنتهي في أيلول 2025، وتسمي واشنطن ذلك "انتقالا".';

test('an Arabic web page annotated and exported to HTML, PDF and Word, each right to left', async ({ app }, testInfo) => {
  test.setTimeout(150_000);
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();

  const text = await importFixture(app, 'article-ar.html', AR_TITLE);
  const id = await tagClaim(page, text, AR_QUOTE, { actor: AR_ACTOR, question: AR_QUESTION, position: 'نهاية المهمة', cue: 'قال' });

  await openView(page, 'Briefing');
  await page.getByRole('textbox', { name: 'Bottom line up front (BLUF)' }).fill(AR_BLUF);
  await page.getByLabel('Add an annotation').selectOption(id);
  await page.getByRole('button', { name: 'Add excerpt' }).click();
  await expect(page.locator(`.excerpt-item[data-annotation-id="${id}"]`)).toBeVisible();
  await expect(page.frameLocator('iframe.briefing-frame').locator('body')).toContainText(AR_BLUF);

  const dir = testInfo.outputPath('exports');
  await mkdir(dir, { recursive: true });
  const files = { html: path.join(dir, 'arabic.html'), pdf: path.join(dir, 'arabic.pdf'), docx: path.join(dir, 'arabic.docx') };
  await exportAs(app, 'HTML', files.html);
  await exportAs(app, 'PDF', files.pdf);
  await exportAs(app, 'Word (DOCX)', files.docx);
  await mkdir(SCREENSHOTS, { recursive: true });

  // HTML: each Arabic line carries its own direction, and the browser lays it out right to left.
  const html = await readFile(files.html, 'utf8');
  const view = await page.context().newPage();
  try {
    await view.setViewportSize({ width: 900, height: 1100 });
    await view.setContent(html);
    const laidOut = await view.evaluate(
      ({ quote, bluf, title }) => {
        const holding = (selector: string, needle: string) => [...document.querySelectorAll<HTMLElement>(selector)].find((e) => (e.textContent ?? '').includes(needle));
        const of = (el: HTMLElement | undefined) => {
          if (!el) return null;
          const style = getComputedStyle(el);
          return { direction: style.direction, align: style.textAlign, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() };
        };
        // Where each character of an element's text is drawn, from the left.
        const lefts = (el: Element | null | undefined) => {
          const node = el?.firstChild;
          if (!(node instanceof Text)) return [];
          return [...node.data].map((ch, i) => {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            return { ch, left: range.getBoundingClientRect().left };
          });
        };
        const citeLefts = [...document.querySelectorAll('.claim .cite, figcaption .cite')].filter((c) => /[\u0600-\u06ff]/.test(c.parentElement?.textContent ?? '')).map((c) => lefts(c).filter((x) => x.ch !== ' '));
        const excerpt = holding('blockquote', quote);
        const marks = lefts(excerpt);
        const reference = lefts(holding('li bdi', title));
        const dateAt = reference.map((x) => x.ch).join('').indexOf('2024-09-27');
        return {
          blocks: { bluf: of(holding('p', bluf)), claim: of(holding('.claim', quote)), excerpt: of(excerpt), source: of(holding('li bdi', title)) },
          // Each citation beside Arabic drawn left to right, as it is written: "[S2 ¶4]", not "[4¶ S2]".
          // The source's date drawn as written, 2024 at its left: not 27-09-2024.
          dateInOrder: dateAt >= 0 && reference[dateAt]!.left < reference[dateAt + 9]!.left,
          citationsInOrder: citeLefts.length > 0 && citeLefts.every((xs) => xs.every((x, i) => i === 0 || x.left > xs[i - 1]!.left)),
          // The excerpt's opening mark at its right end, the closing one at its left end.
          marks: marks.length ? { opening: marks[0]!.ch, openingIsRightmost: marks.every((x) => x.left <= marks[0]!.left), closing: marks.at(-1)!.ch, closingIsLeftmost: marks.every((x) => x.left >= marks.at(-1)!.left) } : null,
        };
      },
      { quote: AR_QUOTE, bluf: AR_BLUF.slice(0, 20), title: AR_TITLE },
    );
    // Right to left; each block aligned to the start of its line (the right), not forced left. The source's
    // reference is set apart inside the English list item ("S2 — …"), so it is checked as a run, not a block.
    for (const [what, block] of Object.entries(laidOut.blocks)) {
      expect(block, `${what} is in the HTML`).toBeTruthy();
      expect(block!.direction, `the Arabic ${what} reads right to left`).toBe('rtl');
      if (what !== 'source') expect(['start', 'right'], `the Arabic ${what} is aligned right`).toContain(block!.align);
    }
    expect(laidOut.citationsInOrder, 'citations beside Arabic read [S2 ¶4]').toBe(true);
    expect(laidOut.marks).toEqual({ opening: '“', openingIsRightmost: true, closing: '”', closingIsLeftmost: true });
    expect(laidOut.blocks.claim!.text).toMatch(new RegExp(`“${escapeRe(AR_QUOTE)}” \\[S\\d+ ¶4\\]`));
    expect(laidOut.blocks.excerpt!.text).toBe(`“${AR_QUOTE}”`);
    expect(laidOut.blocks.source!.text).toContain('ليلى حسن، صحيفة دجلة، \u200e2024-09-27\u200e');
    expect(laidOut.dateInOrder, 'the date beside Arabic reads 2024-09-27').toBe(true);
    await view.screenshot({ path: path.join(SCREENSHOTS, 'arabic-briefing-html.png'), fullPage: true });
  } finally {
    await view.close();
  }

  // PDF: its first page as a picture, as the analyst's reader would draw it.
  const prefix = path.join(dir, 'arabic-page');
  await promisify(execFile)('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', files.pdf, prefix]);
  await copyFile(`${prefix}.png`, path.join(SCREENSHOTS, 'arabic-briefing-pdf.png'));

  // DOCX: the Arabic paragraph is a right-to-left paragraph, its runs right-to-left runs.
  const xml = await (await JSZip.loadAsync(await readFile(files.docx))).file('word/document.xml')!.async('string');
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const bluf = paragraphs.find((p) => p.includes('تقول بغداد'));
  expect(bluf, 'the BLUF is a paragraph of the Word file').toBeTruthy();
  expect(bluf!).toMatch(/<w:pPr>[\s\S]*<w:bidi\/>[\s\S]*<\/w:pPr>/);
  const runs = bluf!.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs.filter((r) => /[\u0600-\u06ff]/.test(r))) expect(run).toContain('<w:rtl/>');
  const claim = paragraphs.find((p) => p.includes('نهاية مهمة التحالف'));
  expect(claim, 'the quote is in the Word file').toBeTruthy();
  expect(claim!).toContain('<w:bidi/>');

  // Where a word processor is installed, the Word file's first page as a picture too (LibreOffice, headless).
  const office = await promisify(execFile)('soffice', ['--version']).then(() => true, () => false);
  if (office) {
    const fromWord = path.join(dir, 'from-word');
    await promisify(execFile)('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'office-profile')}`, '--convert-to', 'pdf', '--outdir', fromWord, files.docx], { timeout: 120_000 });
    const docxPage = path.join(dir, 'arabic-docx-page');
    await promisify(execFile)('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path.join(fromWord, 'arabic.pdf'), docxPage]);
    await copyFile(`${docxPage}.png`, path.join(SCREENSHOTS, 'arabic-briefing-docx.png'));
  } else {
    testInfo.annotations.push({ type: 'not drawn', description: 'no LibreOffice (soffice) here: the Word file is checked as XML only, not as a picture' });
  }
});
