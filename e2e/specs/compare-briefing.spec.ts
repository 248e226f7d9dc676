// Compare and Briefing, end to end: the sample's two conflicting claims side by
// side, a relation made in the UI, the jump back to the reader, a briefing
// written and exported to every format, read back from disk; and hostile notes
// that must come out inert.
//
// UPDATE_EXAMPLES=1 also writes the sample briefing's Markdown and PDF exports
// to docs/examples/.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type NotebookApp } from '../fixtures.ts';

const BAGHDAD_QUOTE = 'the commission aims to conclude the presence of the coalition forces in the country';
const WASHINGTON_QUOTE = 'transition';
const BAGHDAD = 'Baghdad (Government of Iraq)';
const WASHINGTON = 'Washington (US government)';
const EXAMPLES = fileURLToPath(new URL('../../docs/examples/', import.meta.url));

async function openView(page: Page, name: 'Reader' | 'Compare' | 'Briefing'): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
}

const column = (page: Page, actor: string): Locator => page.locator('.compare-column').filter({ has: page.getByRole('heading', { name: actor }) });
const card = (page: Page, quote: string): Locator => page.locator('.claim-card').filter({ hasText: quote });

/** The text of a PDF, one string, whitespace collapsed (lines and justification split words). */
async function pdfText(file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: true }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  await doc.destroy();
  return flat(parts.join(''));
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  // Paragraph ends become spaces; runs of one paragraph join as they are.
  const text = xml.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '');
  return flat(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function seriousA11yProblems(page: Page): Promise<string[]> {
  // The preview frame holds the exported document, not the app's controls; it is checked as a file elsewhere.
  const results = await new AxeBuilder({ page }).exclude('iframe.briefing-frame').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Exports through the Briefing view's button, answering the save dialog with `file`. */
async function exportAs(app: NotebookApp, button: string, file: string): Promise<void> {
  await app.dialogs.nextSave(file);
  await app.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: button, exact: true }).click();
  // A PDF is printed by a browser: allow for a slow, busy machine.
  await expect(app.page.locator('.export-status')).toContainText(`to ${file}`, { timeout: 30_000 });
}

test('compares the sample claims, relates them, jumps to the reader, and exports the briefing', async ({ app }, testInfo) => {
  // Four exports (one a PDF) and two accessibility scans on a two-core machine.
  test.setTimeout(120_000);
  const { page } = app;
  await expect(page.getByText(BAGHDAD_QUOTE).first()).toBeVisible();

  // Two columns, one per actor, each holding its claim, both flagged as a conflict.
  await openView(page, 'Compare');
  await expect(page.locator('.compare-column')).toHaveCount(2);
  await expect(column(page, BAGHDAD)).toContainText(BAGHDAD_QUOTE);
  await expect(column(page, BAGHDAD)).toContainText('End of the mission');
  await expect(column(page, WASHINGTON)).toContainText(`“${WASHINGTON_QUOTE}”`);
  await expect(column(page, WASHINGTON)).toContainText('Transition');
  const banner = page.getByRole('note', { name: 'Conflict' });
  await expect(banner).toContainText(`${BAGHDAD} says End of the mission`);
  await expect(banner).toContainText(`${WASHINGTON} says Transition`);
  for (const quote of [BAGHDAD_QUOTE, `“${WASHINGTON_QUOTE}”`]) await expect(card(page, quote).locator('.conflict-marker')).toBeVisible();
  // The Admiralty grade, with its meaning on hover.
  await expect(card(page, BAGHDAD_QUOTE).locator('abbr.admiralty')).toHaveText('B3');
  await expect(card(page, BAGHDAD_QUOTE).locator('abbr.admiralty')).toHaveAttribute('title', /usually reliable.*possibly true/);

  // The sample ships a contradicts relation: remove it, so what follows proves the UI makes one.
  const relations = page.locator('.relation-list');
  await expect(relations.locator('li')).toHaveCount(1);
  await relations.getByRole('button', { name: /^Remove relation/ }).click();
  await expect(relations.locator('li')).toHaveCount(0);
  await expect(page.locator('.relation-overlay .rel-link')).toHaveCount(0);

  const washington = card(page, `“${WASHINGTON_QUOTE}”`);
  await washington.getByRole('button', { name: 'Relate…' }).click();
  const menu = washington.getByRole('form', { name: 'Relate this claim' });
  await menu.getByLabel('This claim').selectOption('contradicts');
  const target = menu.getByLabel('Claim', { exact: true });
  // Baghdad's own claim, not the state-media report in the same column.
  await target.selectOption((await target.locator('option', { hasText: `${BAGHDAD}: “the commission` }).getAttribute('value'))!);
  await menu.getByLabel('Why (optional)').fill('A transition keeps forces in Iraq; an end removes them.');
  await menu.getByRole('button', { name: 'Add relation' }).click();
  await expect(menu).toBeHidden();
  await expect(relations.locator('li')).toHaveCount(1);
  await expect(relations.locator('li')).toContainText(`${WASHINGTON}: “${WASHINGTON_QUOTE}” contradicts ${BAGHDAD}`);
  // …and drawn: a line from the edge of Washington's card to the edge of Baghdad's.
  const line = page.locator('.relation-overlay .rel-link.rel-contradicts > path');
  await expect(line).toHaveCount(1);
  const [from, to, svg, d] = await Promise.all([
    washington.boundingBox(),
    card(page, BAGHDAD_QUOTE).boundingBox(),
    page.locator('.relation-overlay').boundingBox(),
    line.getAttribute('d'),
  ]);
  // The path's first and last points, in page coordinates.
  const points = [...d!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: svg!.x + Number(m[1]), y: svg!.y + Number(m[2]) }));
  const [start, end] = [points[0]!, points.at(-1)!];
  expect(Math.abs(start.x - from!.x)).toBeLessThan(2); // Washington's left edge…
  expect(start.y).toBeGreaterThan(from!.y);
  expect(start.y).toBeLessThan(from!.y + from!.height);
  expect(Math.abs(end.x - (to!.x + to!.width))).toBeLessThan(2); // …to Baghdad's right edge
  expect(end.y).toBeGreaterThan(to!.y);
  expect(end.y).toBeLessThan(to!.y + to!.height);

  // The picture as the view opens: the question, the conflict, both columns' heads (making the relation scrolled down).
  await banner.evaluate((el) => {
    for (let box = el.parentElement; box; box = box.parentElement) if (box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY)) box.scrollTop = 0;
  });
  await expect(banner).toBeInViewport();
  await app.screenshot('compare');
  expect(await seriousA11yProblems(page)).toEqual([]);

  // The quote in the compare view leads to the same words, highlighted and in view, in the reader.
  await page.setViewportSize({ width: 1280, height: 520 });
  await card(page, BAGHDAD_QUOTE).getByRole('button', { name: `“${BAGHDAD_QUOTE}”` }).click();
  const flashed = await page.waitForFunction(() => {
    const range = [...(CSS.highlights.get('rn-flash') ?? [])][0] as Range | undefined;
    if (!range) return null;
    const r = range.getBoundingClientRect();
    // The reader had to scroll to show it (in this short window the quote starts below the fold).
    let scroller = range.startContainer.parentElement;
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
    const box = scroller?.getBoundingClientRect();
    return { text: range.toString(), top: r.top, bottom: r.bottom, scrolled: scroller?.scrollTop ?? 0, viewTop: box?.top ?? 0, viewBottom: box?.bottom ?? innerHeight };
  });
  const seen = (await flashed.jsonValue())!;
  expect(seen.text).toBe(BAGHDAD_QUOTE);
  expect(seen.scrolled).toBeGreaterThan(0);
  expect(seen.top).toBeGreaterThanOrEqual(seen.viewTop);
  expect(seen.bottom).toBeLessThanOrEqual(seen.viewBottom);
  await page.setViewportSize({ width: 1280, height: 860 });

  // The briefing: a BLUF and a key judgment marked "likely".
  await openView(page, 'Briefing');
  const bluf = 'Baghdad and Washington **disagree** on whether the talks end the mission or only change it.';
  await page.getByRole('textbox', { name: 'Bottom line up front (BLUF)' }).fill(bluf);
  await page.getByRole('button', { name: 'Add key judgment' }).click();
  const judgment = 'Coalition forces remain in Iraq through 2025 in an advisory role.';
  await page.getByLabel('Key judgment 2', { exact: true }).fill(judgment);
  await page.getByLabel('Likelihood of key judgment 2').selectOption({ label: 'likely (55–80%)' });
  // The preview is the exported HTML, in an inert frame.
  const preview = page.frameLocator('iframe.briefing-frame');
  await expect(page.locator('iframe.briefing-frame')).toHaveAttribute('sandbox', '');
  await expect(preview.locator('body')).toContainText('disagree on whether the talks end the mission');
  await expect(preview.locator('body')).toContainText(judgment);

  const dir = testInfo.outputPath('exports');
  await mkdir(dir, { recursive: true });
  const files = { md: path.join(dir, 'briefing.md'), html: path.join(dir, 'briefing.html'), pdf: path.join(dir, 'briefing.pdf'), docx: path.join(dir, 'briefing.docx') };
  await exportAs(app, 'Markdown', files.md);
  await exportAs(app, 'HTML', files.html);
  await exportAs(app, 'PDF', files.pdf);
  await exportAs(app, 'Word (DOCX)', files.docx);
  await app.screenshot('briefing');
  expect(await seriousA11yProblems(page)).toEqual([]);

  const texts = {
    md: flat(await readFile(files.md, 'utf8')),
    html: flat((await readFile(files.html, 'utf8')).replace(/<[^>]+>/g, ' ')),
    pdf: await pdfText(files.pdf),
    docx: await docxText(files.docx),
  };
  for (const [format, text] of Object.entries(texts)) {
    expect(text, format).toContain(BAGHDAD_QUOTE);
    expect(text, format).toContain(`“${WASHINGTON_QUOTE}”`);
    expect(text, format).toContain(BAGHDAD);
    expect(text, format).toContain(WASHINGTON);
    expect(text, format).toContain(judgment);
    expect(text, format).toMatch(/likely/i);
  }
  expect(texts.md).toContain(bluf);
  expect(texts.pdf).toContain('disagree on whether the talks end the mission or only change it.');
});

test('a claim dragged onto another opens Relate… there with that claim chosen, and adds the relation', async ({ app }) => {
  const { page } = app;
  // Tall enough for both cards to be in view: Washington's "transition" is its third claim, and a drag does not scroll.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await expect(page.getByText(BAGHDAD_QUOTE).first()).toBeVisible();
  await openView(page, 'Compare');
  const relations = page.locator('.relation-list');
  await relations.getByRole('button', { name: /^Remove relation/ }).click();
  await expect(relations.locator('li')).toHaveCount(0);

  const washington = card(page, `“${WASHINGTON_QUOTE}”`);
  const baghdad = card(page, BAGHDAD_QUOTE);
  // Removing the relation scrolled the view down to the list of relations: back to the cards.
  await baghdad.scrollIntoViewIfNeeded();
  await washington.getByText('Drag to relate').dragTo(baghdad);
  const menu = washington.getByRole('form', { name: 'Relate this claim' });
  await expect(menu).toBeVisible();
  const target = menu.getByLabel('Claim', { exact: true });
  await expect(target).toHaveValue((await baghdad.getAttribute('data-annotation-id'))!);
  await menu.getByLabel('This claim').selectOption('qualifies');
  await menu.getByRole('button', { name: 'Add relation' }).click();
  await expect(menu).toBeHidden();
  await expect(relations.locator('li')).toHaveCount(1);
  await expect(relations.locator('li')).toContainText(`${WASHINGTON}: “${WASHINGTON_QUOTE}” qualifies ${BAGHDAD}`);
  await expect(page.locator('.relation-overlay .rel-link.rel-qualifies')).toHaveCount(1);

  // A card dropped on itself relates nothing.
  await baghdad.getByText('Drag to relate').dragTo(baghdad.locator('.claim-quote'));
  await expect(baghdad.getByRole('form', { name: 'Relate this claim' })).toHaveCount(0);
});

test('columns can be hidden and reordered from the keyboard, and stay so', async ({ app }) => {
  const { page } = app;
  await openView(page, 'Compare');
  const headings = page.locator('.compare-column h3');
  await expect(headings).toHaveText([new RegExp(`^${escape(BAGHDAD)}`), new RegExp(`^${escape(WASHINGTON)}`)]);

  await page.getByRole('button', { name: `Move ${WASHINGTON} left` }).focus();
  await page.keyboard.press('Enter');
  await expect(headings).toHaveText([new RegExp(`^${escape(WASHINGTON)}`), new RegExp(`^${escape(BAGHDAD)}`)]);
  // The focus stays on the button that moved, so the analyst can keep going.
  await expect(page.getByRole('button', { name: `Move ${WASHINGTON} left` })).toBeFocused();

  await page.getByText(/^Columns \(/).click();
  await page.getByRole('checkbox', { name: new RegExp(`^${escape(BAGHDAD)}`) }).uncheck();
  await expect(headings).toHaveText([new RegExp(`^${escape(WASHINGTON)}`)]);
  // A relation with an end in a hidden column is still listed, and said to be partly hidden.
  await expect(page.locator('.relation-list li')).toContainText('hidden column');

  await app.relaunch();
  await openView(app.page, 'Compare');
  await expect(app.page.locator('.compare-column h3')).toHaveText([new RegExp(`^${escape(WASHINGTON)}`)]);
});

test('script and HTML in the briefing and notes export as inert HTML and PDF', async ({ app }, testInfo) => {
  const { page } = app;
  const payload = [
    '<script>alert("bluf")</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(2)">click</a>',
    '[link](javascript:alert(3))',
    '<svg onload=alert(4)></svg>',
    '<iframe srcdoc="<script>alert(5)</script>"></iframe>',
  ].join('\n\n');

  // A question note with the payload, written in the Compare view (where it also renders).
  await openView(page, 'Compare');
  const questionNote = page.getByRole('textbox', { name: 'Your note on this question' });
  await questionNote.fill(payload);
  await questionNote.blur();
  await page.locator('.question-note').getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('.question-note .note-html')).toContainText('<script>alert("bluf")</script>');

  await openView(page, 'Briefing');
  await page.getByLabel('Title', { exact: true }).fill('<script>alert("title")</script> Hostile briefing');
  await page.getByRole('textbox', { name: 'Bottom line up front (BLUF)' }).fill(payload);
  await page.getByRole('button', { name: 'Add key judgment' }).click();
  await page.getByLabel('Key judgment 2', { exact: true }).fill('<img src=x onerror=alert(6)> judged');
  await page.getByRole('textbox', { name: 'Bottom line up front (BLUF)' }).focus();
  await expect(page.frameLocator('iframe.briefing-frame').locator('body')).toContainText('alert("bluf")');

  const dir = testInfo.outputPath('exports');
  await mkdir(dir, { recursive: true });
  const html = path.join(dir, 'hostile.html');
  const pdf = path.join(dir, 'hostile.pdf');
  await exportAs(app, 'HTML', html);
  await exportAs(app, 'PDF', pdf);

  const source = await readFile(html, 'utf8');
  expect(source).not.toMatch(/<script/i);
  expect(source).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  // Pasted markup shows as text, so "javascript:" may be read; it must never be a link or a source.
  expect(source).not.toMatch(/(?:href|src|action|xlink:href)\s*=\s*["']?\s*javascript:/i);
  // …and as a browser reads it: nothing that could run, nothing that loads.
  const structure = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const elements = [...doc.querySelectorAll('*')];
    return {
      active: elements.filter((e) => ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'IMG'].includes(e.tagName.toUpperCase())).map((e) => e.tagName),
      handlers: elements.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on') || /^\s*javascript:/i.test(a.value)).map((a) => a.name)),
      body: doc.body.textContent ?? '',
    };
  }, source);
  expect(structure.active).toEqual([]);
  expect(structure.handlers).toEqual([]);
  expect(structure.body).toContain('<script>alert("bluf")</script>'); // shown as text, not run

  const text = await pdfText(pdf);
  expect(text).toContain('<script>alert("bluf")</script>');
  expect(text).toContain('judged');
  const bytes = (await readFile(pdf)).toString('latin1');
  expect(bytes).not.toMatch(/\/JavaScript|\/JS\b|\/Launch|\/OpenAction/);

  // The fixture fails the test if any alert/confirm/prompt fired in the app.
});

test('exports the sample briefing as shipped (UPDATE_EXAMPLES=1 writes docs/examples)', async ({ app }, testInfo) => {
  await openView(app.page, 'Briefing');
  const dir = testInfo.outputPath('exports');
  await mkdir(dir, { recursive: true });
  const md = path.join(dir, 'sample-briefing.md');
  const pdf = path.join(dir, 'sample-briefing.pdf');
  await exportAs(app, 'Markdown', md);
  await exportAs(app, 'PDF', pdf);
  const markdown = await readFile(md, 'utf8');
  const pdfContent = await pdfText(pdf);
  for (const text of [flat(markdown), pdfContent]) {
    expect(text).toContain(BAGHDAD_QUOTE);
    expect(text).toContain(`“${WASHINGTON_QUOTE}”`);
    expect(text).toContain(BAGHDAD);
    expect(text).toContain(WASHINGTON);
  }
  if (process.env.UPDATE_EXAMPLES === '1') {
    await mkdir(EXAMPLES, { recursive: true });
    await copyFile(md, path.join(EXAMPLES, 'sample-briefing.md'));
    await copyFile(pdf, path.join(EXAMPLES, 'sample-briefing.pdf'));
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
