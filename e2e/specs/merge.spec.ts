// Two analysts split the sample: Ali has the app open on their copy; Sam sends
// theirs. Ali merges it: the preview says what comes in before anything is
// written; the merge brings Sam's annotations (marked as Sam's) and leaves the
// conflicts to resolve side by side, each choice undoable; merging the same
// file again repeats nothing. Sam's file is never written.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type NotebookApp } from '../fixtures.ts';
import { revealCard, shownCards } from '../harness/analyst.ts';
import { createNotebookFile } from '../../notes/store/index.ts';
import { ALI_NOTE, ours, SAM_NAME, SAM_NOTE, theirs } from '../../electron/test/two-analysts.ts';
import { SAMPLE_IDS } from '../../notes/samples/sample.ts';

/** Ali's copy, open in the app; Sam's file beside it. */
async function twoCopies(app: NotebookApp, sam = theirs()): Promise<{ ali: string; sam: string }> {
  const ali = path.join(app.notebooksDir, 'Ali.notebook.json');
  const samFile = path.join(path.dirname(app.notebooksDir), 'from Sam', 'Coalition talks (Sam).notebook.json');
  await mkdir(path.dirname(samFile), { recursive: true });
  await createNotebookFile(ali, ours());
  await createNotebookFile(samFile, sam);
  await app.dialogs.nextOpen(ali);
  await app.page.evaluate(() => window.notebook.openNotebook());
  await app.page.reload();
  await expect(app.page.getByText(ALI_NOTE)).toBeVisible();
  return { ali, sam: samFile };
}

async function paletteRun(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
}

const figure = (page: Page, name: string) => page.getByRole('dialog').locator('.merge-figures > div', { has: page.getByText(name, { exact: true }) }).locator('dd');

test('merging a colleague’s notebook: preview, merge, resolve side by side, undo, and nothing repeated', async ({ app }) => {
  const { page } = app;
  const files = await twoCopies(app);
  const samBytes = await readFile(files.sam);
  const aliBytes = await readFile(files.ali);

  await app.dialogs.nextOpen(files.sam);
  await paletteRun(page, 'merge a notebook');
  const preview = page.getByRole('dialog', { name: `Merge “Coalition talks” by ${SAM_NAME}` });
  await expect(preview).toBeVisible();
  await expect(figure(page, 'New annotations')).toHaveText('2');
  await expect(figure(page, 'Changed')).toHaveText('0');
  await expect(figure(page, 'Conflicts to resolve')).toHaveText('2');
  const washington = preview.getByRole('table', { name: 'By actor (claims)' }).getByRole('row', { name: /Washington/ });
  await expect(washington.getByRole('cell')).toHaveText(['1', '–', '–', '1']);
  await expect(preview.getByRole('table', { name: 'By source' }).getByRole('row', { name: /Iraqi, US officials meet/ }).getByRole('cell')).toHaveText(['2', '–', '–', '2']);
  await app.screenshot('merge-preview');
  // Nothing is written before Merge.
  expect(await readFile(files.sam)).toEqual(samBytes);
  expect(await readFile(files.ali)).toEqual(aliBytes);

  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('dialog', { name: '2 merge conflicts to resolve' })).toBeVisible();
  // The dialog's title counts down as conflicts are resolved.
  const list = page.getByRole('dialog');
  const note = list.getByRole('listitem', { name: /^Note: Annotation on “the commission aims/ });
  await expect(note.getByRole('region', { name: 'Mine' })).toContainText(ALI_NOTE);
  await expect(note.getByRole('region', { name: `Theirs (${SAM_NAME})` })).toContainText(SAM_NOTE);
  const grade = list.getByRole('listitem', { name: /^Claim credibility: Annotation on “transition”/ });
  await expect(grade.getByRole('region', { name: 'Mine' })).toContainText('graded B3');
  await expect(grade.getByRole('region', { name: `Theirs (${SAM_NAME})` })).toContainText('graded B2');
  // A claim cannot be two claims at once; two notes can be one text.
  await expect(grade.getByRole('button', { name: 'Keep both' })).toHaveCount(0);
  await expect(note.getByRole('button', { name: 'Keep both' })).toBeVisible();
  await app.screenshot('merge-conflicts');

  await note.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('dialog', { name: '1 merge conflict to resolve' })).toBeVisible();
  await grade.getByRole('button', { name: 'Take theirs' }).click();
  await expect(page.getByRole('dialog', { name: 'No merge conflicts left' })).toBeVisible();
  // Undo brings the grade's conflict back, and Ali's grade with it.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('dialog', { name: '1 merge conflict to resolve' }).getByRole('listitem', { name: /^Claim credibility/ })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Later' }).click();
  await expect(page.getByRole('button', { name: '1 merge conflict' })).toBeVisible();

  // Sam's annotations say where they came from; Ali's note stayed.
  await expect(await revealCard(page, 'ann-sam-ryder-april')).toContainText(`Merged from ${SAM_NAME}`);
  await expect(await revealCard(page, SAMPLE_IDS.baghdadClaim)).toContainText(ALI_NOTE);
  await expect(await revealCard(page, SAMPLE_IDS.baghdadClaim)).not.toContainText('Merged from');
  const afterMerge = (await shownCards(page)).map((c) => c.id).sort();
  expect(afterMerge).toEqual([...ours().annotations.map((a) => a.id), 'ann-sam-long-term', 'ann-sam-ryder-april'].sort());

  // The same file again: nothing new, nothing repeated; the conflict still waits.
  await app.dialogs.nextOpen(files.sam);
  await paletteRun(page, 'merge a notebook');
  const again = page.getByRole('dialog', { name: `Merge “Coalition talks” by ${SAM_NAME}` });
  await expect(again.getByRole('status')).toHaveText(/Nothing new: this notebook already holds everything in Coalition talks \(Sam\)\.notebook\.json since your last merge of it\./);
  await again.getByRole('button', { name: 'Close' }).click();
  expect((await shownCards(page)).map((c) => c.id).sort()).toEqual(afterMerge);
  await expect(page.getByRole('button', { name: '1 merge conflict' })).toBeVisible();
  expect(await readFile(files.sam)).toEqual(samBytes);
});

test('undo takes the whole merge back in one step', async ({ app }) => {
  const { page } = app;
  const files = await twoCopies(app);
  await app.dialogs.nextOpen(files.sam);
  await paletteRun(page, 'merge a notebook');
  await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Later' }).click();
  await expect(page.getByRole('button', { name: '2 merge conflicts' })).toBeVisible();
  await page.getByRole('button', { name: /^Undo: merge a notebook/ }).click();
  await expect(page.getByRole('button', { name: /merge conflict/ })).toHaveCount(0);
  expect((await shownCards(page)).map((c) => c.id).sort()).toEqual(ours().annotations.map((a) => a.id).sort());
});

test('the analyst’s name is set once in Preferences and kept in the notebook', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('Iraqi, US officials meet in Washington', { exact: false }).first()).toBeVisible();
  await paletteRun(page, 'preferences');
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('textbox', { name: 'Your name' }).fill('Ali Haddad');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();
  await app.relaunch();
  await expect(app.page.getByText('Iraqi, US officials meet in Washington', { exact: false }).first()).toBeVisible();
  await paletteRun(app.page, 'preferences');
  await expect(app.page.getByRole('dialog', { name: 'Preferences' }).getByRole('textbox', { name: 'Your name' })).toHaveValue('Ali Haddad');
});

test('a hostile colleague’s file stays text in the preview and the conflicts list', async ({ app }) => {
  const { page } = app;
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const files = await twoCopies(app, theirs({ author: `Sam ${payload}`, baghdad: `**bold** ${payload} [link](javascript:alert(1))`, ryder: payload }));
  await app.dialogs.nextOpen(files.sam);
  await paletteRun(page, 'merge a notebook');
  const preview = page.getByRole('dialog', { name: /^Merge “Coalition talks” by Sam / });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading')).toContainText(payload);
  await preview.getByRole('button', { name: 'Merge' }).click();
  const list = page.getByRole('dialog', { name: /merge conflicts? to resolve/ });
  await expect(list.getByRole('region', { name: /^Theirs/ }).first()).toBeVisible();
  await expect(list.getByText(`**bold** ${payload} [link](javascript:alert(1))`)).toBeVisible();
  expect(await page.locator('.merge-dialog img, .merge-dialog script, .merge-dialog a').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
