// Bad files on import, through the app: dropped on the window (the renderer's
// drop → importSource path) or chosen in the Import… dialog. Each one either
// imports cleanly — checked in the reader and in the notebook file on disk —
// or is refused with one line naming the file and saying what to do, with the
// notebook on disk untouched. After each, the app still answers a keypress and
// a click.
//
// The 100 MB file goes through the dialog (main refuses it from its size,
// before reading). Through a drop, the renderer reads the file and sends it to
// main; by default the drop case uses a file just over the 20 MB limit, which
// takes the same path. BAD_SOURCES_FULL=1 drops the full 100 MB (about half a
// minute in the browser harness, which carries the bytes as base64).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type NotebookApp } from '../fixtures.ts';
import { dropFile } from '../payloads/inject.ts';
import { MAX_SOURCE_BYTES } from '../../notes/sources/index.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import { SAMPLE_FILE_NAME } from '../../electron/main/handlers.ts';

const MB = 1024 * 1024;
const DROP_BYTES = process.env.BAD_SOURCES_FULL === '1' ? 100 * MB : MAX_SOURCE_BYTES + MB;

const utf16le = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length + 2);
  be[0] = 0xfe;
  be[1] = 0xff;
  for (let i = 0; i < le.length; i += 2) {
    be[i + 2] = le[i + 1]!;
    be[i + 3] = le[i]!;
  }
  return new Uint8Array(be);
}

/** The notebook as saved on disk, once the app has written everything. */
async function onDisk(app: NotebookApp): Promise<Notebook> {
  const saved = await app.page.evaluate(() => window.notebook.flush());
  expect(saved.ok).toBe(true);
  return JSON.parse(await readFile(path.join(app.notebooksDir, SAMPLE_FILE_NAME), 'utf8')) as Notebook;
}

/** The app answers a keypress (Ctrl+2: Compare) and a click (back to the Reader). */
async function stillResponds(page: Page): Promise<void> {
  await page.locator('body').press('Control+2');
  await expect(page.locator('.compare-view')).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reader', exact: true }).click();
  await expect(page.locator('.reader-text')).toBeVisible();
}

/** The one-line refusal for `name`; dismissed afterwards so the next case starts clean. */
async function expectRefusal(page: Page, name: string, reason: RegExp): Promise<void> {
  const notice = page.locator('.notice');
  await expect(notice).toContainText(`“${name}”`, { timeout: 60_000 });
  await expect(notice).toContainText(reason);
  const message = (await notice.locator('span').first().textContent()) ?? '';
  expect(message, 'one line').not.toMatch(/\n/);
  expect(message, 'says what to do').toMatch(/ — \S/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
}

/** A clean import: shown in the reader and saved with LF line ends. */
async function expectImported(app: NotebookApp, title: string, text: string): Promise<void> {
  const { page } = app;
  await expect(page.locator('.source-item[aria-current="true"] .source-title')).toHaveText(title);
  const nb = await onDisk(app);
  const source = nb.sources.find((s) => s.title === title);
  expect(source?.text).toBe(text);
}

test('bad files are refused in one line and good ones in any encoding or line end import cleanly; the app keeps responding', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();
  const before = (await onDisk(app)).sources.length;

  const refusals: [string, Uint8Array, RegExp][] = [
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary file/],
    ['latin1.txt', new Uint8Array(Buffer.from('Caf\xe9 au lait, na\xefve r\xe9sum\xe9', 'latin1')), /not valid UTF-8/],
    ['empty.md', new Uint8Array(0), /is empty/],
    ['blank.txt', new TextEncoder().encode(' \n\n\t\n'), /is empty/],
    ['control.txt', new TextEncoder().encode('Line one\n\u0007bell'), /binary file/],
    ['utf16-no-bom.txt', new Uint8Array(Buffer.from('Plain words in UTF-16', 'utf16le')), /UTF-16/],
    ['archive.zip', new TextEncoder().encode('PK not text'), /not a file the notebook can import/],
  ];
  for (const [name, bytes, reason] of refusals) {
    await test.step(`refuses ${name}`, async () => {
      await dropFile(page, name, bytes);
      await expectRefusal(page, name, reason);
      await stillResponds(page);
    });
  }
  expect((await onDisk(app)).sources, 'refused files leave the notebook as it was').toHaveLength(before);

  const article = 'Ceasefire talks resume\n\nBaghdad says the mission “will end”; Washington calls it a transition.\nCafé\u00a0owners were not asked.';
  // [file, the first word the file adds to the article, its bytes]
  const imports: [string, string, Uint8Array][] = [
    ['utf16le.txt', 'Little-endian', utf16le(`Little-endian ${article}`)],
    ['utf16be.txt', 'Big-endian', utf16be(`Big-endian ${article}`)],
    ['windows.txt', 'CRLF', new TextEncoder().encode(`CRLF ${article}`.replace(/\n/g, '\r\n'))],
    ['classic-mac.txt', 'CR', new TextEncoder().encode(`CR ${article}`.replace(/\n/g, '\r'))],
    ['bom.md', 'BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`BOM ${article}`)])],
  ];
  for (const [name, first, bytes] of imports) {
    await test.step(`imports ${name}`, async () => {
      await dropFile(page, name, bytes);
      await expectImported(app, `${first} Ceasefire talks resume`, `${first} ${article}`);
      // Paragraphs as written: title, then the two-line paragraph.
      await expect(page.locator('.reader-text > p')).toHaveCount(2);
      await stillResponds(page);
    });
  }
});

test('a Markdown source holding HTML and scripts imports as text and runs nothing', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();
  const markdown = [
    '# Statement <script>alert(1)</script>',
    '<img src=x onerror=alert(2)> <iframe src="http://xss.invalid/3"></iframe>',
    '[link](javascript:alert(4)) ![img](http://xss.invalid/5)',
    '<style>body{background:url(http://xss.invalid/6)}</style><meta http-equiv="refresh" content="0;url=http://xss.invalid/7">',
  ].join('\n\n');
  await dropFile(page, 'statement.md', new TextEncoder().encode(markdown));
  await expectImported(app, 'Statement <script>alert(1)</script>', markdown);
  await expect(page.locator('.reader-text')).toContainText('<img src=x onerror=alert(2)>');
  // Shown as it reads (its markup hidden in spans of the reader's own), never as HTML: no element of the source's.
  expect(await page.locator('.reader-text').evaluate((el) => [...el.querySelectorAll('*')].filter((e) => !['P', 'SPAN'].includes(e.tagName) || [...e.attributes].some((a) => !['class', 'data-block', 'dir', 'style'].includes(a.name))).map((e) => e.outerHTML.slice(0, 80))), 'the reader shows the source as text').toEqual([]);
  expect(await page.locator('.reader-text').textContent()).toContain(markdown.split('\n\n')[1]);
  await stillResponds(page);
  // The fixture fails the test on any dialog, request or CSP violation.
});

test(`a 100 MB text is refused from its size (dialog) and a ${Math.round(DROP_BYTES / MB)} MB drop is refused too; the app keeps responding`, async ({ app }, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();
  const before = (await onDisk(app)).sources.length;

  const big = testInfo.outputPath('huge.txt');
  const line = Buffer.from('The talks continued late into the night, officials said.\n');
  const chunk = Buffer.alloc(MB);
  for (let i = 0; i < MB; i += line.length) line.copy(chunk, i);
  await writeFile(big, Buffer.concat(Array.from({ length: 100 }, () => chunk)));
  await app.dialogs.nextOpen(big);
  await page.getByRole('button', { name: 'Import…' }).click();
  await expectRefusal(page, 'huge.txt', /at most 20\.0 MB/);
  await stillResponds(page);

  await dropFile(page, 'dropped-huge.txt', { fill: 0x61, size: DROP_BYTES });
  await expectRefusal(page, 'dropped-huge.txt', /at most 20\.0 MB/);
  await stillResponds(page);
  expect((await onDisk(app)).sources).toHaveLength(before);
});
