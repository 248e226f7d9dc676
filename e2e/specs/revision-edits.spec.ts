// A new version that edits inside quotes: a sentence inserted in the middle of
// one, another trimmed at both ends. Each annotation follows its surviving
// words — one highlight over both parts of the split quote, the trimmed one on
// what is left — and the revision report shows what changed.
import { fileURLToPath } from 'node:url';
import { test, expect } from '../fixtures.ts';
import { annotateWithNote, cardOf, highlighted, loadNewVersion, reader, sessionOf, sourcesNav } from '../harness/analyst.ts';

const ARTICLE = fileURLToPath(new URL('../../notes/samples/coalition-talks.txt', import.meta.url));

const RYDER = 'Our convening of this dialogue this week reflects both nations\' commitment to strengthen the bilateral security relationship based on the work of the HMC over the past several months';
const INSERTED = ', a relationship that has outlasted two decades of war and politics,';
const AUSTIN = 'So, we must adapt the mission of Inherent Resolve to meet this changing threat.';
const AUSTIN_TRIMMED = 'We must adapt the mission of Inherent Resolve to meet it.';

test('a sentence inserted inside a quote and a trimmed quote: each annotation follows its surviving words', async ({ app }, testInfo) => {
  const { page } = app;
  // The seed article in a notebook of its own: the sample already has claims on these very words.
  await app.dialogs.nextSave(`${app.notebooksDir}/Revisions.notebook.json`);
  expect((await page.evaluate(() => window.notebook.newNotebook())).ok).toBe(true);
  await page.reload();
  await app.dialogs.nextOpen(ARTICLE);
  await sourcesNav(page).getByRole('button', { name: /Import/ }).click();
  await expect(reader(page)).toBeVisible();
  const text = (await sessionOf(page)).notebook.sources[0]!.text;
  const spanOf = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const ryder = await annotateWithNote(page, text, spanOf(RYDER));
  await page.keyboard.type('Ryder: the relationship continues.');
  await page.keyboard.press('Escape');
  const austin = await annotateWithNote(page, text, spanOf(AUSTIN));
  await page.keyboard.type('Austin: adapt, not end.');
  await page.keyboard.press('Escape');
  await expect(page.locator('.save-state')).toHaveText(/Saved/);

  const revised = text
    .replace('the bilateral security relationship based', `the bilateral security relationship${INSERTED} based`)
    .replace(AUSTIN, AUSTIN_TRIMMED);
  await loadNewVersion(page, app.dialogs, testInfo.outputPath('coalition-talks-v2.txt'), revised);
  const report = page.getByRole('region', { name: 'Revision report' });
  await expect(report).toBeVisible();

  // The split quote: one span from its first word to its last, across the inserted words.
  const nb = (await sessionOf(page)).notebook;
  const split = nb.annotations.find((a) => a.id === ryder)!;
  expect(split.target.quote.exact).toBe(RYDER.replace('relationship based', `relationship${INSERTED} based`));
  expect(split.anchoring?.state).toBe('fuzzy');
  // The trimmed quote: on what is left of its words, not orphaned, not on a look-alike elsewhere.
  const trimmed = nb.annotations.find((a) => a.id === austin)!;
  expect(trimmed.target.quote.exact).toMatch(/^(So, )?[Ww]e must adapt the mission of Inherent Resolve to meet /);
  expect(trimmed.target.position.start).toBe(revised.indexOf(AUSTIN_TRIMMED) + (trimmed.target.quote.exact.startsWith('So') ? -4 : 0));
  expect(trimmed.anchoring?.state).toBe('fuzzy');

  // The reader draws each as it is now, and the report shows the inserted words.
  const drawn = await highlighted(page);
  expect(drawn).toContain(split.target.quote.exact);
  expect(drawn).toContain(trimmed.target.quote.exact);
  const splitRow = report.locator('.review-row').filter({ hasText: 'Our convening' });
  await expect(splitRow.locator('ins').filter({ hasText: 'two decades of war' })).toHaveCount(1);
  await expect(cardOf(page, ryder).locator('.card-found')).toHaveText(/^New version: fuzzy — \d+ changes?$/);
  await app.screenshot('revision-inserted-inside-quote');

  // Confirmed, saved and reloaded, both keep their new words and their notes.
  await splitRow.focus();
  await page.keyboard.press('Enter');
  await expect(splitRow).toContainText('confirmed');
  await expect(page.locator('.save-state')).toHaveText(/Saved/);
  await page.reload();
  await expect(reader(page)).toBeVisible();
  const after = (await sessionOf(page)).notebook.annotations;
  expect(after.find((a) => a.id === ryder)).toMatchObject({ note: 'Ryder: the relationship continues.', anchoring: { state: 'fuzzy', confirmed: true } });
  expect(after.find((a) => a.id === austin)?.target.quote.exact).toBe(trimmed.target.quote.exact);
  await expect(cardOf(page, ryder).locator('.card-found')).toContainText('confirmed');
});
