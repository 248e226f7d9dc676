// Finding claims (#17): the analyst opens the seed article in a new notebook,
// presses Find claims and confirms who said what from the keyboard; accepted
// suggestions are ordinary claims (annotations pane, Compare, undo), rejected
// ones are remembered. A long source is read in a worker while the window
// keeps answering.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { cards, loadNewVersion, pane, sessionOf, sourcesNav } from '../harness/analyst.ts';

const ARTICLE = fileURLToPath(new URL('../../notes/samples/coalition-talks.txt', import.meta.url));
const queue = (page: Page) => page.getByRole('complementary', { name: 'Find claims' });
const list = (page: Page) => queue(page).getByRole('listbox', { name: 'Suggested claims' });
const focusedOption = (page: Page) => list(page).locator('[role="option"][aria-selected="true"]');

/** A new, empty notebook in the window, then the seed article imported into it. */
async function newNotebookWithArticle(page: Page, app: { notebooksDir: string; dialogs: { nextSave(f: string): Promise<void>; nextOpen(f: string): Promise<void> } }, file = ARTICLE) {
  await app.dialogs.nextSave(`${app.notebooksDir}/Claims.notebook.json`);
  const made = await page.evaluate(() => window.notebook.newNotebook());
  expect(made.ok).toBe(true);
  await page.reload();
  await expect(sourcesNav(page)).toBeVisible();
  await app.dialogs.nextOpen(file);
  await sourcesNav(page).getByRole('button', { name: /Import/ }).click();
}

test('the seed article: find claims, confirm them from the keyboard, undo one, reject one, and the rejected are not offered again', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await newNotebookWithArticle(page, app);
  // Offered after the import…
  await expect(page.locator('.find-offer')).toContainText('Find who said what in it?');
  await app.screenshot('find-claims-offer');
  // …and on the source itself.
  await page.getByRole('button', { name: /^Find claims in Iraqi, US officials/ }).click();
  await expect(queue(page).getByRole('status')).toContainText('11 to review');
  await expect(page.locator('.find-offer')).toHaveCount(0);
  await expect(list(page)).toBeFocused();
  const options = list(page).getByRole('option');
  await expect(options).toHaveCount(11);
  // Drafts are drawn over the text, and the focused one is the first suggestion.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('rn-draft')?.size ?? 0)).toBe(11);
  await expect.poll(() => page.evaluate(() => String(CSS.highlights.get('rn-draft-focus')?.values().next().value ?? ''))).toContain('Our bond is especially important');
  await expect(focusedOption(page)).toContainText('Lloyd Austin');
  await app.screenshot('find-claims');

  // ↓ and ↑ move; the focused draft follows.
  await page.keyboard.press('ArrowDown');
  await expect(focusedOption(page)).toContainText('continues to plot attacks');
  await page.keyboard.press('k');
  await expect(focusedOption(page)).toContainText('Our bond');
  // Austin's two statements at once.
  await page.keyboard.press('Shift+Enter');
  await expect(options).toHaveCount(9);
  await expect(focusedOption(page)).toContainText('Baghdad');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter'); // Baghdad, Washington, Iraqi state media
  await expect(options).toHaveCount(6);
  await expect(focusedOption(page)).toContainText('Pat Ryder');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // Ryder twice
  await expect(focusedOption(page)).toContainText('Pentagon');
  await page.keyboard.press('Delete'); // the analyst reads it as Ryder's again: not offered again
  await expect(options).toHaveCount(3);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(queue(page).getByRole('status')).toContainText('No claims left to review');

  const nb = (await sessionOf(page)).notebook;
  const claims = nb.annotations.filter((a) => a.claim);
  expect(claims).toHaveLength(10);
  const actorNames = new Set(claims.map((a) => nb.actors.find((x) => x.id === a.claim!.actorId)?.name));
  expect([...actorNames].sort()).toEqual(['Baghdad', 'Hardline Shiite politicians', 'Iraqi government', 'Iraqi state media', 'Lloyd Austin', 'Pat Ryder', 'Washington']);
  expect(claims.find((a) => a.target.quote.exact.startsWith('the commission aims'))!.claim!.cue).toBe('maintained');
  expect(nb.dismissedSuggestions?.map((d) => d.exact)).toEqual(['Washington and Baghdad have not set any timelines for US force changes in Iraq']);

  // Done: the annotations are back, each a claim with its actor.
  await page.keyboard.press('Escape');
  await expect(queue(page)).toHaveCount(0);
  await expect(pane(page).locator('.column-head .count')).toHaveText('10');
  await expect(cards(page).first()).toContainText('Lloyd Austin');

  // Compare: the question made on the first accept, the actors side by side.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare', exact: true }).click();
  const compare = page.getByRole('main', { name: 'Compare claims' });
  for (const name of ['Lloyd Austin', 'Pat Ryder', 'Baghdad', 'Iraqi government']) await expect(compare).toContainText(name);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reader', exact: true }).click();

  // Undo the last accept: it is offered again; rejected, it is not offered on a re-run.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await sessionOf(page)).notebook.annotations.length).toBe(9);
  await page.getByRole('button', { name: /^Find claims in Iraqi, US officials/ }).click();
  await expect(queue(page).getByRole('status')).toContainText('1 to review');
  await expect(focusedOption(page)).toContainText('a violation of its sovereignty');
  await page.keyboard.press('Delete');
  await expect(queue(page).getByRole('status')).toContainText('No claims left to review');
  await page.keyboard.press('Escape');
  // Again, from the command palette.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('find claims');
  await page.keyboard.press('Enter');
  await expect(queue(page).getByRole('status')).toContainText('No claims left to review');
  await expect(list(page).getByRole('option')).toHaveCount(0);
  expect((await sessionOf(page)).notebook.dismissedSuggestions).toHaveLength(2);
});

test('E edits a suggestion in the claim form, prefilled, and saving accepts it as edited', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await newNotebookWithArticle(page, app);
  await page.getByRole('button', { name: /^Find claims in Iraqi, US officials/ }).click();
  await expect(queue(page).getByRole('status')).toContainText('11 to review');
  await page.keyboard.press('e');
  const form = page.getByRole('form', { name: 'Edit suggested claim' });
  await expect(form.getByLabel('Actor', { exact: true })).toHaveValue('Lloyd Austin');
  await expect(form.getByLabel('Cue', { exact: true })).toHaveValue('said');
  await form.getByLabel('Actor', { exact: true }).fill('Washington (US government)');
  await form.getByLabel('Position', { exact: true }).fill('Partnership continues');
  await form.getByLabel('Position', { exact: true }).press('Enter');
  await expect(queue(page).getByRole('status')).toContainText('10 to review');
  await expect(list(page)).toBeFocused();
  const nb = (await sessionOf(page)).notebook;
  const claim = nb.annotations.find((a) => a.claim)!;
  expect(nb.actors.find((a) => a.id === claim.claim!.actorId)?.name).toBe('Washington (US government)');
  expect(claim.claim!.position).toBe('Partnership continues');
  expect(claim.target.quote.exact).toContain('Our bond is especially important');
});

test('a long source (1 MB) is read in a worker, with progress, while the window keeps answering', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'the worker’s script is held back through a route, which only the browser harness serves over HTTP');
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const article = await readFile(ARTICLE, 'utf8');
  const big = testInfo.outputPath('long-coalition-report.txt');
  let text = 'Long coalition report\n\n';
  for (let i = 1; text.length < 1_000_000; i++) text += `Part ${i}\n\n${article.split('\n').slice(1).join('\n')}\n`;
  await writeFile(big, text);
  await newNotebookWithArticle(page, app, big);
  // The worker's script is held until the keys are typed: however fast this machine reads the
  // source, the finder is still at work while the analyst types. A finder on the window's own
  // thread would load no worker, and be done (or hold the keys) before they land.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const workerRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route(/finder\.worker/, async (route) => {
    requested();
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: /^Find claims in Long coalition report/ }).click();
  await workerRequested;
  const status = queue(page).getByRole('status');
  await expect(status).toContainText(/Finding claims… \d+%/);
  const question = queue(page).getByLabel('Question for accepted claims');
  await question.fill('');
  const typed = 'Does the mission end? Does it become a transition?';
  await question.pressSequentially(typed);
  await expect(question).toHaveValue(typed);
  await expect(status).toContainText(/Finding claims… \d+%/);
  release();
  await expect(status).toContainText('to review', { timeout: 60_000 });
  // Progress came from the worker part by part.
  expect(Number(await status.getAttribute('data-reports'))).toBeGreaterThan(10);
  await expect(list(page).getByRole('option').first()).toContainText('Lloyd Austin');
  await expect(question).toHaveValue(typed);
});

/** A follow-up report for the sample notebook: a ministry the sample does not know yet, and a new US speaker twice. */
const FOLLOW_UP = [
  'Talks to resume in September',
  'The Iraqi foreign ministry said on Wednesday that the talks would resume in September.',
  '"We will keep working closely with our Iraqi partners," said John Kirby, the White House national security spokesman.',
  'Kirby said that no decision on troop numbers had been made.',
].join('\n\n');

test('the Actors panel: an Arabic alias, "did you mean", a merge that takes the claims along and undoes, and the finder uses the aliases', async ({ app }, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const sample = (await sessionOf(page)).notebook;
  const claimsOf = (actorId: string) => sample.annotations.filter((a) => a.claim?.actorId === actorId).length;
  const washingtonClaims = claimsOf('actor-washington');
  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Actors' });
  const row = (name: string) => dialog.locator('.actor-row').filter({ has: page.getByRole('heading', { name, exact: true }) });
  await expect(row('Baghdad (Government of Iraq)')).toContainText(`${claimsOf('actor-baghdad')} claims`);

  // Other names, Arabic among them.
  const baghdad = row('Baghdad (Government of Iraq)');
  for (const alias of ['الحكومة العراقية', 'Iraqi foreign ministry']) {
    await baghdad.getByLabel('Another name for Baghdad (Government of Iraq)').fill(alias);
    await baghdad.getByLabel('Another name for Baghdad (Government of Iraq)').press('Enter');
  }
  await expect(baghdad.getByRole('list', { name: 'Other names of Baghdad (Government of Iraq)' })).toContainText('الحكومة العراقية');
  await expect(baghdad.getByLabel('Another name for Baghdad (Government of Iraq)')).toHaveAttribute('dir', 'auto');

  // A new actor close to one that exists: did you mean…? One click uses the existing one.
  const newActor = dialog.getByLabel('New actor');
  await newActor.fill('الحكومه العراقيه');
  await expect(dialog.locator('.did-you-mean')).toContainText('Already an actor: Baghdad (Government of Iraq)');
  await newActor.fill('Bagdad');
  await expect(dialog.locator('.did-you-mean')).toContainText('Did you mean Baghdad (Government of Iraq)');
  await app.screenshot('actors');
  await dialog.getByRole('button', { name: 'Use Baghdad (Government of Iraq)' }).click();
  await expect(newActor).toHaveValue('');
  await expect(baghdad).toHaveClass(/highlighted/);
  expect((await sessionOf(page)).notebook.actors).toHaveLength(sample.actors.length);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A follow-up report: the finder names the ministry's statement as Baghdad's.
  const followUp = testInfo.outputPath('talks-resume.txt');
  await writeFile(followUp, FOLLOW_UP);
  await app.dialogs.nextOpen(followUp);
  await sourcesNav(page).getByRole('button', { name: /Import/ }).click();
  await page.getByRole('button', { name: /^Find claims in Talks to resume/ }).click();
  await expect(queue(page).getByRole('status')).toContainText('to review');
  const report = list(page).getByRole('option').filter({ hasText: 'the talks would resume in September' });
  await expect(report.locator('.suggestion-actor')).toHaveText('Baghdad (Government of Iraq)');
  await expect(report.locator('.new-actor')).toHaveCount(0);
  // Kirby's statements, accepted: a new actor with two claims.
  await report.click();
  const kirby = list(page).getByRole('option').filter({ hasText: 'We will keep working closely' });
  await kirby.click();
  await kirby.getByRole('button', { name: /Accept all 2 from John Kirby/ }).click();
  await expect.poll(async () => (await sessionOf(page)).notebook.actors.map((a) => a.name)).toContain('John Kirby');
  await page.keyboard.press('Escape');

  // Merged into Washington, both claims follow; one undo puts them back. (The panel from the command palette.)
  await page.keyboard.press('Control+k');
  await page.keyboard.type('actors');
  await page.keyboard.press('Enter');
  await expect(row('John Kirby')).toContainText('2 claims');
  await row('John Kirby').getByLabel('Merge into').selectOption({ label: 'Washington (US government)' });
  await row('John Kirby').getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(row('John Kirby')).toHaveCount(0);
  await expect(row('Washington (US government)')).toContainText(`${washingtonClaims + 2} claims`);
  await expect(row('Washington (US government)').getByRole('list')).toContainText('John Kirby');
  await page.keyboard.press('Control+z');
  await expect(row('John Kirby')).toContainText('2 claims');
  await expect(row('Washington (US government)')).toContainText(`${washingtonClaims} claims`);

  // Renaming to a close name offers the merge.
  const kirbyId = (await sessionOf(page)).notebook.actors.find((a) => a.name === 'John Kirby')!.id;
  const renamed = dialog.locator(`[data-actor-id="${kirbyId}"]`);
  await renamed.getByRole('button', { name: 'Rename John Kirby' }).click();
  await renamed.getByLabel('New name for John Kirby').fill('Pentagn');
  await expect(renamed.locator('.did-you-mean')).toContainText('Did you mean Washington (US government) (as Pentagon)?');
  await renamed.getByLabel('New name for John Kirby').fill('Admiral John Kirby');
  await renamed.getByLabel('New name for John Kirby').press('Enter');
  await expect(row('Admiral John Kirby')).toContainText('2 claims');
});

test('a new version of the source: the finder reads only its changed paragraphs', async ({ app }, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await newNotebookWithArticle(page, app);
  await expect(page.locator('.find-offer')).toBeVisible();
  const revised = `${await readFile(ARTICLE, 'utf8')}\n\nThe Iraqi foreign ministry said on Wednesday that the talks would resume in September.\n`;
  await loadNewVersion(page, app.dialogs, testInfo.outputPath('coalition-talks-v2.txt'), revised);
  // The offer is a line of the revision report, not a toast over the text.
  await expect(page.getByRole('region', { name: 'Revision report' }).locator('.find-offer')).toContainText('find claims in its changed paragraphs?');
  await page.locator('.find-offer').getByRole('button', { name: 'Find claims' }).click();
  await expect(queue(page).getByRole('status')).toContainText('found in the changed paragraphs; 1 to review');
  await expect(focusedOption(page)).toContainText('the talks would resume in September');
});

test('a quote no one is named for is offered as "speaker not named", a guessed speaker is said to be guessed, and E names the speaker', async ({ app }, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await newNotebookWithArticle(page, app);
  const banner =
    'A banner at the front of the march carried one line.\n\n“No foreign troops on Iraqi soil, not one more year.”\n\nAbbasi said the talks had gone well. “We will meet again in Baghdad before the end of the summer.”\n';
  await loadNewVersion(page, app.dialogs, testInfo.outputPath('coalition-talks-v2.txt'), `${await readFile(ARTICLE, 'utf8')}\n\n${banner}`);
  await expect(page.locator('.find-offer')).toContainText('find claims in its changed paragraphs?');
  await page.locator('.find-offer').getByRole('button', { name: 'Find claims' }).click();
  await expect(queue(page).getByRole('status')).toContainText('3 to review');
  await expect(list(page).getByRole('option', { name: /We will meet again/ })).toContainText('speaker guessed');
  // The changed paragraph is read apart from the article, yet "Abbasi" is the minister named at its start.
  await expect(list(page).getByRole('option', { name: /the talks had gone well/ })).toContainText('Thabet Muhammad al-Abbasi');
  await expect(list(page).getByRole('option', { name: /the talks had gone well/ })).not.toContainText('guessed');
  await expect(focusedOption(page)).toContainText('speaker not named');
  await expect(focusedOption(page)).not.toContainText('new actor');
  await page.keyboard.press('e');
  const form = page.getByRole('form', { name: 'Edit suggested claim' });
  await expect(form.getByLabel('Actor', { exact: true })).toHaveValue('');
  await form.getByLabel('Actor', { exact: true }).fill('Protesters in Baghdad');
  await form.getByLabel('Position', { exact: true }).fill('Expel US troops');
  await form.getByLabel('Position', { exact: true }).press('Enter');
  await expect(queue(page).getByRole('status')).toContainText('2 to review');
  const nb = (await sessionOf(page)).notebook;
  const claim = nb.annotations.find((a) => a.target.quote.exact.includes('not one more year'))!.claim!;
  expect(nb.actors.find((a) => a.id === claim.actorId)?.name).toBe('Protesters in Baghdad');
});

test('a source removed and brought back by undo is not offered the finder again', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await newNotebookWithArticle(page, app);
  const offer = page.locator('.find-offer');
  await expect(offer).toContainText('Find who said what in it?');
  await offer.getByRole('button', { name: 'Dismiss' }).click();
  await expect(offer).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove source…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.locator('.source-item')).toHaveCount(0);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.locator('.source-item')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Find claims in Iraqi, US officials/ })).toBeVisible();
  await expect(offer).toHaveCount(0);
});
