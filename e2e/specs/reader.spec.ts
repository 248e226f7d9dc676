// The reader, as an analyst uses it: the sample article on first launch; its
// two conflicting claims tagged again from scratch (one with the mouse-style
// selection and the toolbar, one entirely from the keyboard); a Markdown note;
// search; undo and redo; two more sources (dialog and drop); a relaunch that
// keeps every annotation on the same words; hostile notes that stay inert; and
// no serious accessibility problem.
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { highlighted, loadNewVersion, selectSpan, sessionOf } from '../harness/analyst.ts';
import { sampleNotebook, SAMPLE_IDS } from '../../notes/samples/sample.ts';

const HEADLINE = 'Iraqi, US officials meet in Washington to discuss coalition’s future';
const BAGHDAD_QUOTE = 'the commission aims to conclude the presence of the coalition forces in the country';
const WASHINGTON_SENTENCE = 'Washington has described the step only as a “transition” in the coalition’s role';
const QUESTION = "What happens to the US-led coalition's mission in Iraq?";
const NOTE = 'Baghdad frames the talks as **ending** the mission; see [Rudaw](https://www.rudaw.net/english).';
/** The sample's claims: Baghdad's and Washington's conflicting two, and the article's other attributed statements. */
const SAMPLE = sampleNotebook();
const OTHER_QUOTES = SAMPLE.annotations.map((a) => a.target.quote.exact).filter((q) => q !== BAGHDAD_QUOTE && q !== 'transition');
/** What the reader highlights: the sample's other claims and these. */
const withOthers = (...quotes: string[]) => [...OTHER_QUOTES, ...quotes].sort();

const reader = (page: Page): Locator => page.locator('.reader-text');
const pane = (page: Page): Locator => page.getByRole('complementary', { name: 'Annotations' });
const cards = (page: Page): Locator => pane(page).locator('article.card');
/** The card quoting exactly `quote` ("transition" is also inside Ryder's longer quote). */
const card = (page: Page, quote: string): Locator => cards(page).filter({ has: page.locator('blockquote', { hasText: new RegExp(`^${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
/** The pane's count of annotations listed: the list itself is windowed, so only some cards are in the page. */
const paneCount = (page: Page): Locator => pane(page).locator('.column-head .count');

/** Selects `text` in the reader (inside the paragraph holding `context`), as a mouse drag would leave it. */
async function select(page: Page, text: string, context = text): Promise<void> {
  await page.evaluate(
    ({ text, context }) => {
      for (const p of document.querySelectorAll('.reader-text p')) {
        const node = p.firstChild;
        if (!(node instanceof Text)) continue;
        const base = node.data.indexOf(context);
        const at = base < 0 ? -1 : node.data.indexOf(text, base);
        if (at < 0) continue;
        const target = p as HTMLElement;
        // A mouse drag starts by focusing the reader.
        (p.parentElement as HTMLElement).focus();
        const rect = target.getBoundingClientRect();
        const init = { bubbles: true, clientX: rect.left + 1, clientY: rect.top + 1, button: 0 };
        target.dispatchEvent(new PointerEvent('pointerdown', init));
        target.dispatchEvent(new MouseEvent('mousedown', init));
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        target.dispatchEvent(new PointerEvent('pointerup', init));
        target.dispatchEvent(new MouseEvent('mouseup', init));
        return;
      }
      throw new Error(`"${text}" is not in the reader`);
    },
    { text, context },
  );
}

/** Puts the reader's caret just before `text` (inside the paragraph holding `context`). */
async function caretBefore(page: Page, text: string, context: string): Promise<void> {
  await reader(page).focus();
  await page.evaluate(
    ({ text, context }) => {
      for (const p of document.querySelectorAll('.reader-text p')) {
        const node = p.firstChild;
        if (!(node instanceof Text) || !node.data.includes(context)) continue;
        document.getSelection()!.collapse(node, node.data.indexOf(text, node.data.indexOf(context)));
        return;
      }
      throw new Error(`"${context}" is not in the reader`);
    },
    { text, context },
  );
}

async function seriousA11yProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? (el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ?? el?.textContent ?? '';
  });

test('an analyst tags the conflicting claims, writes a note, and finds everything again after a relaunch', async ({ app }, testInfo) => {
  const { page } = app;

  // First launch: the sample article, with its claims highlighted.
  await expect(reader(page).getByText(HEADLINE)).toBeVisible();
  await expect.poll(() => highlighted(page)).toEqual(withOthers(BAGHDAD_QUOTE, 'transition'));

  // Delete the two conflicting claims, so that what follows is made by the UI.
  for (const quote of [BAGHDAD_QUOTE, 'transition']) {
    await card(page, quote).getByRole('button', { name: 'Delete' }).click();
  }
  await expect(paneCount(page)).toHaveText(String(OTHER_QUOTES.length));
  await expect.poll(() => highlighted(page)).toEqual(withOthers());
  await page.getByRole('status').filter({ hasText: 'Annotation deleted.' }).getByRole('button', { name: 'Dismiss' }).click();

  // Baghdad's claim: select the words, the toolbar floats by them, Tag claim.
  await select(page, BAGHDAD_QUOTE);
  const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Tag claim' }).click();
  const form = page.getByRole('dialog', { name: 'Tag claim' });
  await expect(form.getByLabel('Actor')).toBeFocused();
  // The cue is read from the sentence ("While Baghdad has maintained that …").
  await expect(form.getByLabel('Cue')).toHaveValue('maintained');
  await form.getByLabel('Actor').fill('Baghdad');
  await form.getByLabel('Question').fill(QUESTION);
  await form.getByLabel('Position').fill('End of the mission');
  await form.getByLabel('Source reliability').selectOption('B');
  await form.getByLabel('Information credibility').selectOption('3');
  await expect(page.locator('.floating-toolbar')).toBeInViewport();
  await app.screenshot('toolbar');
  expect(await seriousA11yProblems(page), 'accessibility, claim form open').toEqual([]);
  await form.getByLabel('Position').press('Enter');
  await expect(form).toBeHidden();
  const baghdad = card(page, BAGHDAD_QUOTE);
  await expect(baghdad).toContainText('Baghdad (Government of Iraq)');
  await expect(baghdad).toContainText('End of the mission');
  await expect(baghdad).toContainText('maintained');
  await expect.poll(() => highlighted(page)).toEqual(withOthers(BAGHDAD_QUOTE));

  // Washington's "transition", from the keyboard only: caret, Shift+arrows, Enter for the toolbar.
  await caretBefore(page, 'transition', WASHINGTON_SENTENCE);
  for (let i = 0; i < 'transition'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('transition');
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'Highlight' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Tag claim' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Actor')).toBeFocused();
  // The nearest actor and cue before the quote are offered; the question is the one last used.
  await expect(form.getByLabel('Actor')).toHaveValue('Washington (US government)');
  await expect(form.getByLabel('Cue')).toHaveValue('described');
  await expect(form.getByLabel('Question')).toHaveValue(QUESTION);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Washington');
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    order.push(await focusedLabel(page));
  }
  expect(order).toEqual(['Question', 'Position', 'Cue', 'Source reliability', 'Information credibility']);
  await form.getByLabel('Position').focus();
  await page.keyboard.type('Transition');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(card(page, 'transition')).toContainText('Washington (US government)');
  await expect(card(page, 'transition')).toContainText('Transition');
  await expect.poll(() => highlighted(page)).toEqual(withOthers(BAGHDAD_QUOTE, 'transition'));

  // Esc leaves the form without saving anything.
  await select(page, 'Ryder told Rudaw');
  await page.keyboard.press('t');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(paneCount(page)).toHaveText(String(SAMPLE.annotations.length));

  // Clicking a highlight goes to its card.
  await reader(page).getByText(WASHINGTON_SENTENCE, { exact: false }).scrollIntoViewIfNeeded();
  const box = await page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('rn-hl-')) continue;
      for (const r of highlight) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== 'transition') continue;
        const rect = live.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error('no highlight over "transition"');
  });
  await page.mouse.click(box.x, box.y);
  await expect(card(page, 'transition')).toBeFocused();

  // A Markdown note, with a preview; its link opens in the system browser, never in the app.
  await baghdad.getByRole('button', { name: 'Add note' }).click();
  const editor = baghdad.getByLabel('Note (Markdown)');
  await expect(editor).toBeFocused();
  await page.keyboard.type(NOTE);
  await baghdad.getByRole('tab', { name: 'Preview' }).click();
  await expect(baghdad.locator('[role=tabpanel] strong')).toHaveText('ending');
  await baghdad.getByRole('button', { name: 'Done' }).click();
  const noteLink = baghdad.locator('.note-html').getByRole('link', { name: 'Rudaw' });
  await expect(noteLink).toBeVisible();
  const url = page.url();
  await noteLink.click();
  await expect.poll(() => app.externalLinks).toEqual(['https://www.rudaw.net/english']);
  expect(page.url()).toBe(url);

  // Search finds the note (typed with a straight apostrophe, the text has none needed).
  const search = pane(page).getByRole('searchbox', { name: 'Search annotations' });
  await search.fill('ENDING the mission');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Baghdad frames the talks');
  await search.fill('coalition’s role zzz');
  await expect(cards(page)).toHaveCount(0);
  await search.fill('');
  await expect(paneCount(page)).toHaveText(String(SAMPLE.annotations.length));

  // Undo takes the note away as one step, redo brings it back.
  await reader(page).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(baghdad.locator('.note-html')).toHaveCount(0);
  await expect(baghdad.getByRole('button', { name: 'Add note' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(baghdad.locator('.note-html strong')).toHaveText('ending');
  // …and the claim before it, and back (Ctrl+Y).
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(paneCount(page)).toHaveText(String(SAMPLE.annotations.length - 1));
  await expect.poll(() => highlighted(page)).toEqual(withOthers(BAGHDAD_QUOTE));
  await page.keyboard.press('Control+Y');
  await page.keyboard.press('Control+Y');
  await expect(paneCount(page)).toHaveText(String(SAMPLE.annotations.length));
  await expect(baghdad.locator('.note-html strong')).toHaveText('ending');
  // The README's picture: the sample article, its claims highlighted, the two conflicting cards beside their
  // sentence (before the hostile note and the imports).
  await baghdad.evaluate((el) => {
    // The pane's list alone: scrollIntoView would also move the window's frame.
    const list = el.closest('.virtual-scroll')!;
    list.scrollTop += el.getBoundingClientRect().top - list.getBoundingClientRect().top - 8;
  });
  await expect(card(page, 'transition')).toBeInViewport();
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
  await app.screenshot('reader');

  // A note holding script and HTML renders as inert text.
  const scriptsBefore = await page.evaluate(() => document.scripts.length);
  const washington = card(page, 'transition');
  await washington.getByRole('button', { name: 'Add note' }).click();
  await washington
    .getByLabel('Note (Markdown)')
    .fill(
      [
        '<script>window.__pwned = "script"</script>',
        '<img src="x" onerror="window.__pwned = \'img\'">',
        '[click me](javascript:window.__pwned="link")',
        '<iframe src="https://attacker.example/frame"></iframe>',
        '![tracker](https://attacker.example/pixel.png)',
        '<a href="https://attacker.example" onclick="window.__pwned=\'a\'">raw link</a>',
      ].join('\n\n'),
    );
  await washington.getByRole('tab', { name: 'Preview' }).click();
  await washington.getByRole('button', { name: 'Done' }).click();
  const hostile = washington.locator('.note-html');
  await expect(hostile).toContainText('<script>window.__pwned = "script"</script>');
  await hostile.getByText('click me').click();
  await hostile.getByText('raw link').click();
  expect(await hostile.locator('script, iframe, img, [onerror], [onclick], a[href^="javascript"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => document.scripts.length)).toBe(scriptsBefore);
  expect(app.externalLinks).toEqual(['https://www.rudaw.net/english']);

  // A second source through the Import dialog, a third dropped on the window.
  const statement = testInfo.outputPath('pentagon-readout.md');
  await writeFile(statement, '# Pentagon readout\n\nThe United States will **transition** to a bilateral security partnership.\n');
  await app.dialogs.nextOpen(statement);
  await page.getByRole('navigation', { name: 'Sources' }).getByRole('button', { name: /Import/ }).click();
  const sources = page.getByRole('navigation', { name: 'Sources' }).getByRole('listitem');
  await expect(sources).toHaveCount(2);
  await expect(reader(page)).toContainText('bilateral security partnership');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Iraqi state media\n\nAbbasi led the delegation to end the mission.'], 'state-media.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(sources).toHaveCount(3);
  await expect(reader(page)).toContainText('Abbasi led the delegation');
  await sources.filter({ hasText: 'Iraqi, US officials' }).getByRole('button').click();
  await expect(reader(page).getByText(HEADLINE)).toBeVisible();

  // Close and open again on the same folder: every annotation, on the same words.
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
  await app.relaunch();
  const again = app.page;
  await expect(reader(again).getByText(HEADLINE)).toBeVisible();
  await expect(paneCount(again)).toHaveText(String(SAMPLE.annotations.length));
  await expect.poll(() => highlighted(again)).toEqual(withOthers(BAGHDAD_QUOTE, 'transition'));
  await expect(card(again, BAGHDAD_QUOTE).locator('.note-html strong')).toHaveText('ending');
  await expect(card(again, 'transition').locator('.note-html')).toContainText('<script>');
  await expect(again.getByRole('navigation', { name: 'Sources' }).getByRole('listitem')).toHaveCount(3);

  expect(await seriousA11yProblems(again), 'accessibility, reader').toEqual([]);

  // "Show in text" keeps the focus on the card (its quote is marked in the text while it has it).
  await card(again, BAGHDAD_QUOTE).getByRole('button', { name: 'Show in text' }).click();
  await expect.poll(() => card(again, BAGHDAD_QUOTE).evaluate((el) => el.matches(':focus-within'))).toBe(true);
  await expect.poll(() => again.evaluate(() => CSS.highlights.has('rn-flash'))).toBe(false);

  await card(again, BAGHDAD_QUOTE).getByRole('button', { name: 'Edit note' }).click();
  await card(again, BAGHDAD_QUOTE).getByRole('tab', { name: 'Preview' }).click();
  await pane(again).getByLabel('Actor').selectOption({ label: 'Baghdad (Government of Iraq)' });
  await expect(paneCount(again)).toHaveText(`${SAMPLE.annotations.filter((a) => a.claim?.actorId === SAMPLE_IDS.baghdad).length} of ${SAMPLE.annotations.length}`);
  await expect(card(again, BAGHDAD_QUOTE)).toBeVisible();
  await app.screenshot('annotations');
});

test('a notebook locked elsewhere opens read-only; a damaged one offers its backup', async ({ app }) => {
  await expect(reader(app.page).getByText(HEADLINE)).toBeVisible();
  const file = path.join(app.notebooksDir, (await readdir(app.notebooksDir)).find((f) => f.endsWith('.notebook.json'))!);

  // Another computer holds the lock (a shared folder): browse, but no edits.
  await writeFile(`${file}.lock`, JSON.stringify({ pid: 1, hostname: 'analyst-laptop-2', holder: 'app', since: new Date().toISOString(), token: 'elsewhere' }));
  await app.relaunch();
  // The banner says who has it, as the lock file does.
  await expect(app.page.getByRole('note').filter({ hasText: 'Read-only' })).toContainText('open in another Research Notebook window (pid 1 on the computer "analyst-laptop-2") since');
  await expect(app.page.locator('.save-state')).toHaveText('Read-only');
  await select(app.page, BAGHDAD_QUOTE);
  await expect(app.page.getByRole('toolbar', { name: 'Annotate selection' })).toHaveCount(0);
  await expect(cards(app.page).first().getByRole('button', { name: 'Delete' })).toHaveCount(0);
  expect(await seriousA11yProblems(app.page), 'accessibility, read-only').toEqual([]);
  await rm(`${file}.lock`);

  // The file is cut off: the error screen says so and brings the backup back.
  await app.relaunch();
  await expect(reader(app.page).getByText(HEADLINE)).toBeVisible();
  await writeFile(file, '{"schemaVersion": 1, "title": "cut off');
  await app.relaunch();
  const screen = app.page.getByRole('main', { name: 'This notebook could not be opened' });
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('restore the backup');
  expect(await seriousA11yProblems(app.page), 'accessibility, error screen').toEqual([]);
  await screen.getByRole('button', { name: 'Restore backup' }).click();
  await expect(reader(app.page).getByText(HEADLINE)).toBeVisible();
  await expect(paneCount(app.page)).toHaveText(String(SAMPLE.annotations.length));
});

test('a new version of the article: annotations follow their words, a lost quote waits under Unanchored', async ({ app }, testInfo) => {
  const { page } = app;
  await expect.poll(() => highlighted(page)).toEqual(withOthers(BAGHDAD_QUOTE, 'transition'));
  const original = await page.evaluate(() => [...document.querySelectorAll('.reader-text p')].map((p) => p.textContent).join('\n\n'));
  // The agency rewrote the story: a new lead paragraph, and Baghdad's clause is gone.
  const revised = `UPDATE: the Pentagon issued a readout on Wednesday.\n\n${original.replace(`While Baghdad has maintained that ${BAGHDAD_QUOTE}, `, '')}`;
  expect(revised).not.toContain(BAGHDAD_QUOTE);
  await loadNewVersion(page, app.dialogs, testInfo.outputPath('coalition-talks-v2.txt'), revised);

  // The revision report says how the annotations followed, and no notice repeats it over the text.
  await expect(page.getByRole('region', { name: 'Revision report' }).locator('.revision-counts')).toContainText('1 orphaned');
  await expect(page.locator('.notice').filter({ hasText: 'New version' })).toHaveCount(0);
  await expect(reader(page)).toContainText('UPDATE: the Pentagon issued a readout');
  await expect.poll(() => highlighted(page)).toEqual(withOthers('transition'));
  // Baghdad's claims only, so that the whole list (a windowed one) is in the page.
  await pane(page).getByLabel('Actor').selectOption({ label: 'Baghdad (Government of Iraq)' });
  const stillFound = SAMPLE.annotations.find((a) => a.id === SAMPLE_IDS.stateMedia)!.target.quote.exact;
  const unanchored = pane(page).getByRole('heading', { name: /Unanchored/ });
  await expect(unanchored).toBeVisible();
  const lost = card(page, BAGHDAD_QUOTE);
  await expect(lost).toContainText('no longer in the source text');
  await expect(lost.getByRole('button', { name: 'Show in text' })).toBeDisabled();
  // The lost card comes after the Unanchored heading; the one still found, before it.
  const order = await pane(page).locator('.group-header, blockquote').allTextContents();
  expect(order.indexOf(stillFound)).toBeGreaterThanOrEqual(0);
  expect(order.indexOf(order.find((t) => t.startsWith('Unanchored'))!)).toBeGreaterThan(order.indexOf(stillFound));
  expect(order.indexOf(BAGHDAD_QUOTE)).toBeGreaterThan(order.indexOf(order.find((t) => t.startsWith('Unanchored'))!));
  expect(await seriousA11yProblems(page), 'accessibility, unanchored group').toEqual([]);
});

test('a Markdown source reads as formatted, and a highlight on its emphasis quotes the source exactly', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();
  const markdown = ['# Baghdad’s statement', 'The government said the coalition’s mission will **end by September 2025**, not *transition*.', '- first point\n- second point', '> “We are committed,” the spokesman said.'].join('\n\n');
  await page.evaluate((md) => window.notebook.importSource({ name: 'statement.md', data: new TextEncoder().encode(md) }), markdown);
  await page.reload();
  await page.getByRole('navigation', { name: 'Sources' }).getByRole('button', { name: /statement/ }).click();
  const reader = page.locator('.reader-text');
  await expect(reader.getByText('Baghdad’s statement', { exact: true })).toBeVisible();
  // The markup is in the page (offsets stay the source's) but not shown.
  await expect(reader.locator('.md-strong')).toHaveText('end by September 2025');
  expect(await reader.locator('.md-mark').first().isVisible()).toBe(false);
  await expect(reader.locator('.md-item')).toHaveCount(2);
  await expect(reader.locator('p').first()).toHaveCSS('font-weight', '700');
  const quote = 'end by September 2025';
  const start = markdown.indexOf(quote);
  await selectSpan(page, markdown, { start, end: start + quote.length });
  await page.keyboard.press('h');
  await expect.poll(() => highlighted(page)).toContain(quote);
  const { notebook } = await sessionOf(page);
  expect(notebook.annotations.some((a) => a.target.quote.exact === quote && a.target.position.start === start)).toBe(true);
  await app.screenshot('markdown-source');
});

test('an Arabic paragraph lays out right to left in the reader', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('.reader-text')).toBeVisible();
  const text = 'بيان الحكومة العراقية\n\nقالت الحكومة العراقية إن مهمة التحالف الدولي ستنتهي في أيلول 2025، فيما وصفت واشنطن ذلك بأنه انتقال.\n\nEnglish line for contrast.';
  await page.evaluate((t) => window.notebook.importSource({ name: 'bayan.txt', data: new TextEncoder().encode(t) }), text);
  await page.reload();
  await page.getByRole('navigation', { name: 'Sources' }).getByRole('button', { name: /بيان/ }).click();
  const paragraphs = page.locator('.reader-text p');
  await expect(paragraphs.nth(1)).toContainText('مهمة التحالف');
  expect(await paragraphs.nth(1).evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  expect(await paragraphs.nth(2).evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
  const quote = 'مهمة التحالف الدولي ستنتهي';
  const start = text.indexOf(quote);
  await selectSpan(page, text, { start, end: start + quote.length });
  await page.keyboard.press('h');
  await expect.poll(() => highlighted(page)).toContain(quote);
  await app.screenshot('arabic-source');
});
