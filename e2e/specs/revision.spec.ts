// A new version of an article: the revision report shows how each annotation
// followed, the analyst confirms a fuzzy one and re-places a lost one on the
// right words, undoes and redoes, and the answers survive a reload.
import { test, expect } from '../fixtures.ts';
import { loadNewVersion, pane, reader, revealCard, selectSpan, sessionOf } from '../harness/analyst.ts';
import { SAMPLE_IDS } from '../../notes/samples/sample.ts';

const RYDER = 'the United States is seeking to transition from its mission against ISIS';
const RYDER_PARAGRAPH = 'In April, Ryder told Rudaw that the United States is seeking to transition from its mission against ISIS into a long-term security relationship with Iraq.';

test('the revision report: confirm a fuzzy annotation, place a lost one, undo, reload', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(reader(page)).toBeVisible();
  const { notebook } = await sessionOf(page);
  const text = notebook.sources[0]!.text;
  // The sample's claim on Ryder's April words: on a passage the new version drops.
  const ryder = notebook.annotations.find((a) => a.id === SAMPLE_IDS.ryderLongTerm)!;
  expect(ryder.target.quote.exact.startsWith(RYDER)).toBe(true);

  // The new version: Baghdad's words edited, Ryder's paragraph gone.
  const revised = text.replace('aims to conclude the presence', 'aims to end the presence').replace(`${RYDER_PARAGRAPH}\n\n`, '');
  expect(revised).not.toContain(RYDER);
  await loadNewVersion(page, app.dialogs, testInfo.outputPath('coalition-talks-v2.txt'), revised);

  const report = page.getByRole('region', { name: 'Revision report' });
  await expect(report).toBeVisible();
  await expect(report.locator('.revision-counts')).toContainText('1 fuzzy');
  await expect(report.locator('.revision-counts')).toContainText('1 orphaned');
  await expect(report.locator('.revision-counts')).toContainText('2 to review');
  const rows = report.locator('.review-row');
  const fuzzy = rows.filter({ hasText: 'fuzzy' });
  const lost = rows.filter({ hasText: 'orphaned' });
  // The old quote beside the new words, the changed words marked.
  await expect(fuzzy.locator('del')).toHaveText('conclude');
  await expect(fuzzy.locator('ins')).toHaveText('end');
  await expect(lost).toContainText('Not found in the new version.');
  // The rows that wait stand together: those that only moved are counted, and listed when asked.
  const moved = Number((await report.locator('.revision-counts').textContent())!.match(/(\d+) moved/)![1]);
  expect(moved).toBeGreaterThan(0);
  await expect(rows).toHaveCount(2);
  await expect(report.locator('.revision-moved')).toContainText(`${moved} annotation${moved === 1 ? '' : 's'} moved with the same words`);
  await app.screenshot('revision-report');
  await report.getByRole('button', { name: /^List (them|it)$/ }).click();
  await expect(rows).toHaveCount(2 + moved);
  await expect(rows.filter({ hasText: 'moved — same words' })).toHaveCount(moved);

  // Keyboard: focus the fuzzy row, Enter confirms.
  await fuzzy.focus();
  await page.keyboard.press('Enter');
  await expect(fuzzy).toContainText('confirmed');
  await expect(report.locator('.revision-counts')).toContainText('1 to review');

  // The lost one: P, select its right words in the text, Place here.
  await lost.focus();
  await page.keyboard.press('p');
  await expect(lost).toContainText('Select the right words in the text');
  const newText = (await sessionOf(page)).notebook.sources[0]!.text;
  const target = 'the coalition’s role';
  const at = newText.indexOf(target);
  await selectSpan(page, newText, { start: at, end: at + target.length });
  await page.getByRole('button', { name: 'Place here' }).click();
  await expect(report.locator('.revision-counts')).toContainText('nothing to review');
  const placed = (await sessionOf(page)).notebook.annotations.find((a) => a.target.quote.exact === target);
  expect(placed?.anchoring).toEqual({ state: 'exact', confirmed: true });

  // Undo takes the placing back: it is lost again; redo places it.
  await page.getByRole('button', { name: 'Undo: re-place annotation' }).click();
  await expect(report.locator('.revision-counts')).toContainText('1 to review');
  await page.getByRole('button', { name: 'Redo: re-place annotation' }).click();
  await expect(report.locator('.revision-counts')).toContainText('nothing to review');

  // Saved: after a reload the card still says how it was found.
  await expect(page.locator('.save-state')).toHaveText(/Saved/);
  await page.reload();
  const card = pane(page).locator('article.card').filter({ hasText: 'aims to end the presence' });
  await expect(card.locator('.card-found')).toHaveText(/^New version: fuzzy — \d+ changes?, confirmed$/);
  // The pane's list is windowed: scroll the card in first.
  await expect((await revealCard(page, placed!.id)).locator('.card-found')).toHaveText('New version: placed by hand');
});
