// What a new analyst tripped over (#21), each held in place: the panes fill the
// window on a short source, empty states say what is true, a narrow window keeps
// a readable text with panes that collapse, and the briefing carries its marking.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { selectSpan, sessionOf } from '../harness/analyst.ts';
import { sampleNotebook } from '../../notes/samples/sample.ts';

const sources = (page: Page) => page.getByRole('navigation', { name: 'Sources' });

test('a two-line source: the panes reach the window bottom and the empty list says what to do', async ({ app }, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const short = testInfo.outputPath('two-lines.txt');
  await writeFile(short, 'Short statement\n\nThe ministry confirmed the talks.\n');
  await app.dialogs.nextOpen(short);
  await sources(page).getByRole('button', { name: /Import/ }).click();
  await expect(page.locator('.reader-column')).toContainText('The ministry confirmed the talks.');

  const bottom = await page.locator('.columns').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(bottom).toBe(900);
  for (const pane of ['.sources', '.reader-column', '.pane']) {
    expect(await page.locator(pane).evaluate((el) => Math.round(el.getBoundingClientRect().bottom)), pane).toBe(900);
  }
  // Other sources have annotations; this one has none, and no filter is set.
  const list = page.locator('.pane-list');
  await expect(list).toContainText('No annotations on this source yet');
  await expect(list).not.toContainText('No annotation matches');
  await app.screenshot('short-source-1440');
  const all = sampleNotebook().annotations.length;
  await list.getByRole('button', { name: `Show all ${all} annotations` }).click();
  await expect(page.locator('.pane .column-head .count')).toHaveText(`${all} of ${all}`);
  await expect(page.locator('.pane-list .card').first()).toBeVisible();
});

test('at 1024 px the text keeps a readable measure, and the side panes collapse by button and shortcut', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const text = page.locator('.reader-column');
  await expect(text).toContainText('coalition');
  const width = () => text.evaluate((el) => el.getBoundingClientRect().width);
  expect(await width()).toBeGreaterThanOrEqual(540);
  await app.screenshot('reader-1024');

  await page.keyboard.press('Control+Backslash');
  await expect(page.locator('.sources')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Backslash');
  await expect(page.locator('.pane')).toHaveCount(0);
  expect(await width()).toBe(1024);
  await app.screenshot('reader-1024-panes-hidden');
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await page.getByRole('button', { name: 'Annotations', exact: true }).click();
  await expect(page.locator('.sources')).toHaveCount(1);
  await expect(page.locator('.pane')).toHaveCount(1);
});

test('the briefing carries its marking top and bottom, a date, an author and a distribution', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Briefing', exact: true }).click();
  await page.getByLabel('Classification / handling').fill('SECRET//REL TO USA, GBR');
  await page.getByLabel('Author').fill('A. Analyst');
  await page.getByLabel('Distribution').fill('Iraq desk');
  await page.getByLabel('Author').press('Tab');
  const preview = page.frameLocator('iframe.briefing-frame');
  await expect(preview.locator('.marking-top')).toHaveText('SECRET//REL TO USA, GBR');
  await expect(preview.locator('.marking-bottom')).toHaveText('SECRET//REL TO USA, GBR');
  await expect(preview.locator('.byline')).toContainText('Author: A. Analyst · Distribution: Iraq desk');
  await app.screenshot('briefing-marking');
  // The undo button says what it will undo.
  await expect(page.locator('.topbar-end button[aria-keyshortcuts^="Control+Z"]')).toHaveAttribute('title', 'Undo: edit briefing (Ctrl+Z)');
});

test('a relation between two claims of one column is drawn beside it, on the board, its label whole', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  // A second Washington claim on the same question, supporting the first: made through the app's own
  // edit channel, then the app opened again on the saved file.
  await page.evaluate(async () => {
    const session = (await window.notebook.session()) as unknown as { ok: true; value: { notebook: import('../../notes/model/schema.ts').Notebook; revision: number } };
    const nb = session.value.notebook;
    const first = nb.annotations.find((a) => a.id === 'ann-washington-transition')!;
    const second = { ...first, id: 'ann-washington-second', note: 'Said again later.' };
    await window.notebook.apply(
      [
        { kind: 'annotation.add', annotation: second },
        { kind: 'relation.add', relation: { id: 'rel-second-supports', from: second.id, to: first.id, kind: 'supports', note: '' } },
      ],
      session.value.revision,
    );
  });
  await app.relaunch();
  const reopened = app.page;
  await reopened.setViewportSize({ width: 1440, height: 900 });
  await reopened.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare', exact: true }).click();
  const link = reopened.locator('.relation-overlay .rel-link.rel-supports');
  await expect(link).toHaveCount(1);
  const label = link.locator('text');
  await expect(label).toHaveText('supports');
  const [box, board] = await Promise.all([label.boundingBox(), reopened.locator('.compare-board').boundingBox()]);
  // Whole, on the board, and wider than a letter.
  expect(box!.width).toBeGreaterThan(30);
  expect(box!.x).toBeGreaterThanOrEqual(board!.x);
  expect(box!.x + box!.width).toBeLessThanOrEqual(board!.x + board!.width);
  await app.screenshot('compare-same-column-relation');
});

test('each annotation card costs the card and one stop for its actions; arrows move between actions', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const cards = page.locator('.pane-list .card');
  await expect(cards.nth(1)).toBeVisible();
  await cards.first().focus();
  // Tab stops from the first card to the second: the card, its actions, then the next card (tag chips aside).
  const stops: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return el.matches('.card') ? 'card' : (el.textContent ?? '').trim();
    });
    if (here === 'card') break;
    stops.push(here);
  }
  expect(stops.filter((s) => !s.startsWith('×'))).toEqual(['Show in text']);
  await cards.first().getByRole('button', { name: 'Show in text' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(cards.first().getByRole('button', { name: /Edit note|Add note/ })).toBeFocused();
});

/** Selects `words` in the sample article and presses T: the claim form opens on them. Returns the notebook as it was. */
async function openClaimFormOn(page: Page, words: string) {
  const { notebook } = await sessionOf(page);
  const source = notebook.sources[0]!;
  const start = source.text.indexOf(words);
  await selectSpan(page, source.text, { start, end: start + words.length });
  await page.keyboard.press('t');
  return notebook;
}

test('the claim form shows the whole question, the whole grades, and no empty colour boxes', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const notebook = await openClaimFormOn(page, 'Iraqi state media');
  const form = page.locator('.claim-form');
  await expect(form).toBeVisible();
  // Actor and Position empty: no colour box beside either.
  await form.getByLabel('Actor').fill('');
  await form.getByLabel('Position').fill('');
  await expect(form.locator('.swatch, .swatch-input')).toHaveCount(0);
  const question = notebook.questions[0]!.text;
  await form.getByLabel('Question').fill(question);
  await expect(form.getByTestId('question-full')).toHaveText(question);
  // The whole question is on screen: its line is not cut.
  expect(await form.getByTestId('question-full').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // Each grade select is wide enough for its longest choice: that choice's words, in the select's font, fit inside it.
  for (const select of await form.locator('select').all()) {
    const fits = await select.evaluate((el: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(el).font}`;
      document.body.append(probe);
      const widest = Math.max(...[...el.options].map((o) => ((probe.textContent = o.text), probe.getBoundingClientRect().width)));
      probe.remove();
      return { widest, room: el.clientWidth - 24 };
    });
    expect(fits.widest).toBeLessThanOrEqual(fits.room);
  }
  await app.screenshot('claim-form');
});

test('the claim form asks "did you mean" for a new actor close to one that exists, and one click uses it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const notebook = await openClaimFormOn(page, 'Iraqi state media');
  const form = page.locator('.claim-form');
  const actor = form.getByLabel('Actor', { exact: true });
  const didYouMean = form.locator('.did-you-mean');

  // A typo of a name: the existing actor is offered before a second one is made.
  await actor.fill('Bagdad');
  await expect(form.locator('.match-hint').first()).toHaveText('new actor');
  await expect(didYouMean).toContainText('Did you mean Baghdad (Government of Iraq)');
  // The form opened low in the window, over a long list of cards: the window's frame stays put.
  await expect(page.locator('.topbar')).toBeInViewport({ ratio: 1 });
  await app.screenshot('claim-form-did-you-mean');
  await didYouMean.getByRole('button', { name: 'Use Baghdad (Government of Iraq)' }).click();
  await expect(actor).toHaveValue('Baghdad (Government of Iraq)');
  await expect(actor).toBeFocused();
  await expect(didYouMean).toHaveCount(0);

  // Close to another name of an actor: said which.
  await actor.fill('Pentagn');
  await expect(didYouMean).toContainText('Did you mean Washington (US government) (as Pentagon)?');
  // A name already known (an alias, any case) is that actor: nothing to ask.
  await actor.fill('pentagon');
  await expect(form.locator('.match-hint').first()).toHaveText('Washington (US government)');
  await expect(didYouMean).toHaveCount(0);
  // A name close to none: a new actor, no question asked.
  await actor.fill('Kataib Hezbollah');
  await expect(form.locator('.match-hint').first()).toHaveText('new actor');
  await expect(didYouMean).toHaveCount(0);

  // Saved through the offer, the claim is the existing actor's; no actor is added.
  await actor.fill('Bagdad');
  await didYouMean.getByRole('button', { name: 'Use Baghdad (Government of Iraq)' }).click();
  await form.getByLabel('Position').fill('End of the mission');
  await form.getByLabel('Position').press('Enter');
  await expect(form).toBeHidden();
  await expect.poll(async () => (await sessionOf(page)).notebook.annotations.length).toBe(notebook.annotations.length + 1);
  const after = (await sessionOf(page)).notebook;
  expect(after.actors).toHaveLength(notebook.actors.length);
  expect(after.annotations.at(-1)!.claim!.actorId).toBe('actor-baghdad');
});
