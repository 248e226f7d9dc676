// Nothing in a document or a note ever runs. A notebook holding the XSS corpus
// (e2e/payloads/xss.ts) in every field an analyst or a pasted article can
// fill is opened in the app; the reader, every card's note, the note editor's
// preview, every question in Compare and the Briefing with its live preview
// are shown and poked (handlers' events fired, links followed). Its HTML, PDF
// and Word exports are then read back. Each payload, if it ran, would open a
// dialog or request http://xss.invalid/<n>; the fixture fails the test on any
// dialog, any request leaving the app and any CSP violation, so a payload
// must be neutralised before the CSP would have to stop it.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { chromium, type ConsoleMessage, type Page, type TestInfo } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from '../harness/chromium.ts';
import { test, expect, type NotebookApp } from '../fixtures.ts';
import { hostileNotebook, HOSTILE_QUESTIONS } from '../payloads/notebook.ts';
import { dropFile, poke, readWatch, reopenWith, scanDocument, sweep, WATCH_SCRIPT } from '../payloads/inject.ts';
import { familyCounts, PAYLOADS, payloadOfUrl, XSS_HOST } from '../payloads/xss.ts';

const LABEL_MAX = 200;
const cspMessage = (m: ConsoleMessage) => /Content.Security.Policy/i.test(m.text());

/** Which payloads ran, by the trace they leave; empty when none did. */
function ran(app: NotebookApp): string[] {
  return [
    ...app.pageDialogs.map((d) => `dialog ${d}`),
    ...app.requests.map((r) => `request ${r}${payloadOfUrl(r) ? ` (payload ${payloadOfUrl(r)}: ${PAYLOADS[payloadOfUrl(r)! - 1]!.text})` : ''}`),
  ];
}

async function openHostile(app: NotebookApp): Promise<void> {
  await reopenWith(app, hostileNotebook(), 'Hostile');
  // Watch from the very first render: the init script runs before the app's own scripts on the reload.
  await app.page.context().addInitScript({ content: WATCH_SCRIPT });
  await app.page.reload();
  await expect(app.page.locator('.card').first()).toBeVisible();
}

// A click that cannot land (something covers the window) fails the step instead of waiting out the test.
test.use({ actionTimeout: 20_000 });

const LIST = '.pane .virtual-scroll';

const view = (page: Page, name: 'Reader' | 'Compare' | 'Briefing') => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();

test('the XSS corpus has at least 100 distinct payloads, each leaving its own trace and fitting any name', () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(new Set(PAYLOADS.map((p) => p.text)).size).toBe(PAYLOADS.length);
  for (const p of PAYLOADS) {
    const trace = [`(${p.n})`, `${XSS_HOST}/${p.n}`, `${XSS_HOST}\\${p.n}`, `alert&#40;${p.n}&#41;`, btoa(`<script>alert(${p.n})</script>`), btoa(`alert(${p.n})`)];
    const traced = trace.some((t) => p.text.includes(t)) || /base64,/.test(p.text);
    expect(traced, `payload ${p.n} says which payload it is when it runs: ${p.text}`).toBe(true);
    expect(p.text.length, `payload ${p.n} fits a name`).toBeLessThanOrEqual(LABEL_MAX);
    expect(p.text.trim()).toBe(p.text);
  }
  // Every family the issue names is there.
  const families = familyCounts();
  for (const f of ['script', 'event-handler', 'url-scheme', 'svg-mathml', 'mutation', 'css', 'markdown', 'entities', 'embedding', 'unicode'] as const) expect(families[f]).toBeGreaterThan(0);
});

test('hostile notes, names, sources and briefing run nothing in the reader, compare, briefing, its preview or the exports', async ({ app }, testInfo) => {
  // ~45 s on an idle 2-core machine; generous for a busy one.
  test.setTimeout(180_000);
  await openHostile(app);
  const { page } = app;
  // A tall window: the windowed lists render more rows per step, so the sweep takes fewer steps.
  await page.setViewportSize({ width: 1600, height: 2400 });
  const url = page.url();
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  const cspConsole: string[] = [];
  page.on('console', (m) => {
    if (cspMessage(m)) cspConsole.push(m.text());
  });

  // Reader: the plain-text source with one annotation per payload; every card, every note.
  await expect(page.getByRole('button', { name: /^Notebook: / })).toBeVisible();
  // Every card shows its note rendered; for the first payload of each family the note editor's Preview tab is opened too.
  const firstOfFamily = [...new Map(PAYLOADS.map((p) => [p.family, p])).values()].map((p) => `a${p.n}`);
  const swept = await sweep(page, { scroller: LIST, idAttribute: 'data-annotation-id', pokeSelector: '.pane .note-html', fromTop: true, previewNotes: firstOfFamily });
  const cards = new Set(swept.ids);
  const poked = swept.poked;
  expect(cards.size, `every annotation card was shown; missing: ${PAYLOADS.map((p) => `a${p.n}`).filter((id) => !cards.has(id)).join(', ')}`).toBe(PAYLOADS.length);
  expect(swept.previewed.sort(), 'note editor previews opened').toEqual([...firstOfFamily].sort());

  // The same payloads as a Markdown source in the reader.
  await page.locator('.source-item').nth(1).click();
  await expect(page.locator('.reader-text')).toContainText(PAYLOADS[0]!.text);
  // A Markdown source reads as formatted, its markup hidden in the reader's own spans: no element of the source's.
  expect(
    await page.locator('.reader-text').evaluate((el) => [...el.querySelectorAll('*')].filter((e) => !['P', 'SPAN'].includes(e.tagName) || [...e.attributes].some((a) => !['class', 'data-block', 'dir', 'style'].includes(a.name))).length),
    'the reader shows source text as text',
  ).toBe(0);

  // Compare: every question, its claim cards and the question note's preview.
  await view(page, 'Compare');
  const picker = page.locator('.question-picker select');
  let columns = 0;
  for (let k = 0; k < HOSTILE_QUESTIONS; k++) {
    await picker.selectOption(`q${k}`);
    const expected = PAYLOADS.filter((_, i) => i % HOSTILE_QUESTIONS === k).length;
    await expect(page.locator('.compare-column')).toHaveCount(expected);
    columns += expected;
    await page.locator('.question-note').getByRole('button', { name: 'Preview' }).click();
    await expect(page.locator('.question-note .note-html')).toBeVisible();
    await poke(page, '.compare-view .note-html');
  }

  // Briefing: BLUF preview, excerpts with notes, and the exported HTML in the sandboxed live preview.
  await view(page, 'Briefing');
  await page.locator('.briefing-view .md-field').getByRole('button', { name: 'Preview' }).click();
  await poke(page, '.briefing-view .note-html');
  const frameElement = page.locator('iframe.briefing-frame');
  await expect(frameElement).toBeVisible();
  const frame = (await frameElement.elementHandle())!.contentFrame();
  const preview = await (await frame)!.waitForSelector('main h1').then(async () => scanDocument((await frame)!));
  expect(preview.findings, 'the briefing preview holds nothing that runs or loads').toEqual([]);
  expect(preview.scripts).toEqual([]);

  // Back to the reader: the cards render again under the watch.
  await view(page, 'Reader');
  await page.locator('.source-item').first().click();
  await expect(page.locator('.card').first()).toBeVisible();
  await page.waitForTimeout(300); // a tick for timers a payload might have set (meta refresh 0, autofocus)

  const scan = await scanDocument(page, ['iframe.briefing-frame']);
  const watch = await readWatch(page);
  testInfo.annotations.push({
    type: 'figures',
    description: `${PAYLOADS.length} payloads; ${cards.size} cards; ${poked} note elements poked in the reader; ${columns} compare columns; CSP console reports ${cspConsole.length}; script elements added ${watch.scripts}; inline handlers added ${watch.handlers}`,
  });
  expect(ran(app), 'payloads that ran').toEqual([]);
  expect(watch.scripts, `script elements added to the app: ${watch.samples.join(' | ')}`).toBe(0);
  expect(watch.handlers, `inline handlers added to the app: ${watch.samples.join(' | ')}`).toBe(0);
  expect(scan.findings, 'the app window holds nothing that runs or loads').toEqual([]);
  // The app's own module, and nothing else.
  expect(scan.scripts, 'only the app’s own script').toEqual([expect.stringMatching(/^\.\/assets\/index-[\w-]+\.js$/)]);
  expect(cspConsole, 'CSP reports in any frame').toEqual([]);
  expect(page.url()).toBe(url);
  expect(navigations).toBe(0);
  // Links in notes go to the system browser, and only web links.
  for (const link of app.externalLinks) expect(link).toMatch(/^https?:\/\//);

  // The same notebook exported: one launch for both, the machine has two cores.
  await test.step('the HTML, PDF and Word exports carry every payload as inert text', () => checkExports(app, testInfo));
});

test('a dropped file with a hostile name and scripted Markdown imports as text, or is refused in one line', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();
  // A file name cannot hold a slash, so the names come from payloads without one.
  // eslint-disable-next-line no-control-regex -- a NUL cannot be in a file name either
  const nameable = PAYLOADS.filter((p) => !/[/\\\n\u0000]/.test(p.text));
  const name = `${nameable[0]!.text}${nameable[1]!.text}.md`;
  // Control characters are not text: a file holding them is refused (bad-sources.spec.ts), so leave those payloads out here.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const printable = PAYLOADS.filter((p) => !/[\u0000-\u0008\u000e-\u001f]/.test(p.text));
  const markdown = `# ${PAYLOADS[0]!.text}\n\n${printable.map((p) => p.text).join('\n\n')}\n`;
  await dropFile(page, name, new TextEncoder().encode(markdown));
  await expect(page.locator('.source-item[aria-current="true"] .source-title')).toHaveText(PAYLOADS[0]!.text);
  await expect(page.locator('.reader-text')).toContainText(printable[printable.length - 1]!.text.split('\n')[0]!);

  // A refused file: its hostile name comes back in the notice, as text.
  const refused = `${nameable[2]!.text}.exe`;
  await dropFile(page, refused, new TextEncoder().encode('MZ'));
  const notice = page.locator('.notice');
  await expect(notice).toContainText(refused);
  await expect(notice).toContainText('is not a file the notebook can import');
  expect(await notice.evaluate((el) => el.querySelectorAll('script, img, svg, a').length)).toBe(0);
  const scan = await scanDocument(page, ['iframe.briefing-frame']);
  expect(scan.findings).toEqual([]);
  expect(ran(app)).toEqual([]);
});

/** Exports the open (hostile) notebook through the Briefing view's buttons and reads each file back. */
async function checkExports(app: NotebookApp, testInfo: TestInfo): Promise<void> {
  const { page } = app;
  await view(page, 'Briefing');
  const files = { html: testInfo.outputPath('hostile.html'), pdf: testInfo.outputPath('hostile.pdf'), docx: testInfo.outputPath('hostile.docx') };
  for (const [format, label] of [
    ['html', 'HTML'],
    ['pdf', 'PDF'],
    ['docx', 'Word (DOCX)'],
  ] as const) {
    await app.dialogs.nextSave(files[format]);
    await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: label, exact: true }).click();
    await expect(page.locator('.export-status')).toContainText(`to ${files[format]}`, { timeout: 30_000 });
  }

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    // HTML: opened with JavaScript on, as exported and again with its CSP taken out, so escaping alone must hold.
    const html = await readFile(files.html, 'utf8');
    const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutCsp).not.toBe(html);
    for (const [variant, content] of [
      ['as exported', html],
      ['without its CSP', withoutCsp],
    ] as const) {
      const context = await browser.newContext({ javaScriptEnabled: true });
      const requests: string[] = [];
      const dialogs: string[] = [];
      const csp: string[] = [];
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const fresh = await context.newPage();
      fresh.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      fresh.on('console', (m) => {
        if (cspMessage(m)) csp.push(m.text());
      });
      await fresh.setContent(content, { waitUntil: 'load' });
      // Poked only without the CSP: with it, an inline handler could not run anyway.
      const poked = variant === 'without its CSP' ? await poke(fresh, 'body') : 0;
      await fresh.waitForTimeout(300);
      const scan = await scanDocument(fresh);
      testInfo.annotations.push({ type: 'figures', description: `HTML export ${variant}: ${scan.elements} elements, ${poked} poked, CSP reports ${csp.length}` });
      expect(dialogs, `dialogs (${variant})`).toEqual([]);
      expect(requests, `requests (${variant})`).toEqual([]);
      expect(csp, `CSP reports (${variant})`).toEqual([]);
      expect(scan.findings, `what could run or load (${variant})`).toEqual([]);
      expect(scan.scripts).toEqual([]);
      expect(fresh.url()).toBe('about:blank');
      // Every key judgment is the payload itself, shown as text.
      const judgments = await fresh.locator('section:has(> h2:text-is("Key judgments")) li').evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
      expect(judgments).toHaveLength(PAYLOADS.length);
      // The HTML parser drops NUL characters from text.
      for (const [i, p] of PAYLOADS.entries()) expect(judgments[i]).toContain(p.text.replaceAll('\u0000', ''));
      await context.close();
    }

    // PDF: the payloads are text; no scripts, actions or non-web links in the file.
    const pdfBytes = new Uint8Array(await readFile(files.pdf));
    const raw = Buffer.from(pdfBytes).toString('latin1');
    // Name tokens end at a delimiter; /AA followed by letters is a font subset name, not additional actions.
    const actions = raw.match(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|EmbeddedFile|RichMedia|OpenAction|AA|GoToR|GoToE)(?![A-Za-z0-9+#-])/g) ?? [];
    expect(actions, 'scripts and actions in the PDF').toEqual([]);
    const pdf = await pdfContent(pdfBytes);
    for (const link of pdf.links) expect(link).toMatch(/^(https?:\/\/|mailto:)/);
    // Compared on printable ASCII, where every injection lives: the PDF has no glyph (so no text) for
    // full-width forms without a CJK font, and shows text after a right-to-left override reversed, as drawn (reversed, brackets mirrored).
    const ascii = (s: string) => s.replace(/[^\x21-\x7e]/g, '');
    const mirror: Record<string, string> = { '<': '>', '>': '<', '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{' };
    const drawn = (s: string) => s.replace(/\u202E(.*)$/s, (_, rest: string) => [...rest].reverse().map((c) => mirror[c] ?? c).join(''));
    const pdfText = ascii(pdf.text);
    const missing = PAYLOADS.filter((p) => !pdfText.includes(ascii(drawn(p.text))));
    expect(missing.map((p) => `${p.n}: ${p.text}`), 'payloads not found as text in the PDF').toEqual([]);

    // Word: no external relationship but web links, no fields, no DTD; every part is well-formed XML.
    const zip = await JSZip.loadAsync(await readFile(files.docx));
    const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    const checker = await browser.newPage({ javaScriptEnabled: true });
    let relationships = 0;
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, `${name} declares a DTD`).not.toMatch(/<!DOCTYPE|<!ENTITY/i);
      expect(xml, `${name} holds a field`).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar/);
      expect(xml, `${name} embeds content`).not.toMatch(/<w:altChunk|<o:OLEObject|<w:object|<w:control/);
      const wellFormed = await checker.evaluate((xml) => !new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror'), xml);
      expect(wellFormed, `${name} is well-formed XML`).toBe(true);
      if (!name.endsWith('.rels')) continue;
      for (const rel of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
        relationships++;
        const target = /Target="([^"]*)"/.exec(rel)?.[1] ?? '';
        expect(rel, `${name}: ${rel}`).not.toMatch(/oleObject|attachedTemplate|aFChunk|subDocument|frame"/);
        if (/TargetMode="External"/.test(rel)) expect(target, `${name}: external target`).toMatch(/^(https?:\/\/|mailto:)/);
        expect(target).not.toMatch(/^\s*(javascript|data|file|vbscript):/i);
      }
    }
    await checker.close();
    const documentXml = await zip.file('word/document.xml')!.async('string');
    // Word keeps every character but those XML cannot hold (C0 controls); runs split text, so whitespace is ignored.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    const squash = (s: string) => s.replace(/[\s\u0000-\u001f]/g, '');
    const wordText = squash(decodeXml(documentXml.replace(/<[^>]+>/g, '')));
    const missingInWord = PAYLOADS.filter((p) => !wordText.includes(squash(p.text)));
    expect(missingInWord.map((p) => `${p.n}: ${p.text}`), 'payloads not found as text in the Word file').toEqual([]);
    testInfo.annotations.push({ type: 'figures', description: `PDF ${pdf.pages} pages, ${pdf.links.length} links; DOCX ${parts.length} parts, ${relationships} relationships` });
  } finally {
    await browser.close();
  }
  expect(ran(app), 'payloads that ran while exporting').toEqual([]);
}

const decodeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');

async function pdfContent(data: Uint8Array): Promise<{ text: string; links: string[]; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data, useSystemFonts: true }).promise;
  const parts: string[] = [];
  const links: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const pdfPage = await doc.getPage(n);
    for (const item of (await pdfPage.getTextContent()).items) if ('str' in item) parts.push(item.str);
    for (const a of (await pdfPage.getAnnotations()) as { subtype?: string; url?: string; unsafeUrl?: string; action?: string }[]) {
      if (a.subtype === 'Link' && (a.url || a.unsafeUrl || a.action)) links.push(a.unsafeUrl ?? a.url ?? `action:${a.action}`);
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text: parts.join(''), links, pages };
}

test('HTML pasted on the window imports as a web page whose scripts, handlers and frames run nothing', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();
  const printable = PAYLOADS.filter((p) => !/[\u0000-\u0008\u000e-\u001f]/.test(p.text)); // eslint-disable-line no-control-regex -- control characters are not text
  const paragraphs = printable.map((p) => `<p>The minister said the talks would continue. ${p.text}</p>`).join('\n');
  const html = `<html><head><title>Pasted ${PAYLOADS[0]!.text}</title><script>window.top.__pasted = 1</script></head><body onload="window.__pasted = 2">
<nav><a href="javascript:window.__pasted=3">Home</a></nav><iframe src="https://${XSS_HOST}/frame"></iframe>
<article><h1>Pasted report</h1><img src="x" onerror="window.__pasted = 4">${paragraphs}</article></body></html>`;
  await page.evaluate((content) => {
    (document.activeElement as HTMLElement | null)?.blur();
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', 'plain fallback');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(page.locator('.source-item')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.locator('.reader-text')).toContainText('The minister said the talks would continue.');
  expect(await page.evaluate(() => (window as unknown as { __pasted?: number }).__pasted)).toBeUndefined();
  const scan = await scanDocument(page, ['iframe.briefing-frame']);
  expect(scan.findings).toEqual([]);
  expect(ran(app)).toEqual([]);
});

test('a source whose quotes are the XSS corpus: the finder’s review queue, its drafts and the accepted claims run nothing', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('.reader-text')).toBeVisible();
  await page.context().addInitScript({ content: WATCH_SCRIPT });
  await page.reload();
  await expect(page.locator('.reader-text')).toBeVisible();
  const printable = PAYLOADS.filter((p) => !/[\u0000-\u0008\u000e-\u001f"“”]/.test(p.text)).slice(0, 40); // eslint-disable-line no-control-regex -- control characters are not text
  const text = `Hostile quotes\n\n${printable.map((p) => `“${p.text} and more words,” the minister said.`).join('\n\n')}\n`;
  await dropFile(page, 'hostile-quotes.txt', new TextEncoder().encode(text));
  await page.getByRole('button', { name: /^Find claims in Hostile quotes/ }).click();
  const queue = page.getByRole('complementary', { name: 'Find claims' });
  await expect(queue.getByRole('status')).toContainText('to review');
  const options = queue.getByRole('listbox', { name: 'Suggested claims' }).getByRole('option');
  expect(await options.count()).toBeGreaterThan(10);
  await expect(options.first()).toContainText(printable[0]!.text.slice(0, 20));
  // The queue and its drafts as shown: no element or attribute a payload brought.
  expect((await scanDocument(page, ['iframe.briefing-frame'])).findings).toEqual([]);
  // Accept every suggestion of the one speaker: ordinary claims, drawn and listed.
  await queue.getByRole('listbox', { name: 'Suggested claims' }).focus();
  await page.keyboard.press('Shift+Enter');
  await expect(queue.getByRole('status')).toContainText('No claims left to review');
  await queue.locator('.review-close').click();
  await expect(page.locator('.card').first()).toBeVisible();
  expect(await poke(page, '.card *'), 'elements of the cards poked').toBeGreaterThan(0);
  await page.waitForTimeout(300); // a tick for timers a payload might have set
  const scan = await scanDocument(page, ['iframe.briefing-frame']);
  const watch = await readWatch(page);
  expect(scan.findings).toEqual([]);
  expect(ran(app), 'payloads that ran').toEqual([]);
  expect(watch.scripts, `script elements added to the app: ${watch.samples.join(' | ')}`).toBe(0);
  expect(watch.handlers, `inline handlers added to the app: ${watch.samples.join(' | ')}`).toBe(0);
});
