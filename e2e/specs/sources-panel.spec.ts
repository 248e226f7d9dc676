// The sources panel as an analyst uses it: the shown source's provenance and
// grade edited in place (a bad web address refused in one line), a new claim
// taking the source's grade, sources reordered from the keyboard, and a source
// removed with its annotations after a confirmation that counts them — each
// one undoable, and what is saved is what the panel shows.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, type NotebookApp } from '../fixtures.ts';
import { dropFile } from '../payloads/inject.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import { SAMPLE_FILE_NAME } from '../../electron/main/handlers.ts';

async function onDisk(app: NotebookApp): Promise<Notebook> {
  expect((await app.page.evaluate(() => window.notebook.flush())).ok).toBe(true);
  return JSON.parse(await readFile(path.join(app.notebooksDir, SAMPLE_FILE_NAME), 'utf8')) as Notebook;
}

/** Ctrl+Z or Ctrl+Shift+Z for the notebook, not for the field that has focus. */
async function notebookKey(app: NotebookApp, keys: string): Promise<void> {
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.page.locator('body').press(keys);
}

test('edit a source’s details and grade, reorder sources, remove one and undo', async ({ app }) => {
  const { page } = app;
  const details = page.getByRole('region', { name: /^Details of / });
  await expect(details).toBeVisible();

  await details.getByLabel('Publisher').fill('Rudaw English');
  await details.getByLabel('Publisher').press('Enter');
  await details.getByLabel('Web address').fill('javascript:alert(1)');
  await details.getByLabel('Web address').press('Enter');
  await expect(details.getByRole('alert')).toHaveText(/Only http and https addresses are kept/);
  await details.getByLabel('Web address').fill('https://www.rudaw.net/english/middleeast/iraq/230720241');
  await details.getByLabel('Web address').press('Enter');
  await expect(details.getByRole('alert')).toHaveCount(0);
  // The sample grades Rudaw B; this analyst rates the English edition one step lower.
  await expect(details.getByLabel('Reliability')).toHaveValue('B');
  await details.getByLabel('Reliability').selectOption('C');
  await expect(details.getByLabel('Publisher')).toHaveAttribute('dir', 'auto');

  await app.screenshot('sources-panel');
  let saved = await onDisk(app);
  expect(saved.sources[0]).toMatchObject({ publisher: 'Rudaw English', url: 'https://www.rudaw.net/english/middleeast/iraq/230720241', reliability: 'C' });

  // Undo takes back the last edit only: the grade.
  await notebookKey(app, 'Control+z');
  await expect(details.getByLabel('Reliability')).toHaveValue('B');
  await expect(details.getByLabel('Web address')).toHaveValue('https://www.rudaw.net/english/middleeast/iraq/230720241');
  await notebookKey(app, 'Control+Shift+z');
  await expect(details.getByLabel('Reliability')).toHaveValue('C');

  // A second source, then moved above the first with Alt+↑.
  await dropFile(page, 'second.txt', new TextEncoder().encode('Second report\n\nThe minister said the talks would resume.'));
  const items = page.locator('.source-item');
  await expect(items).toHaveCount(2);
  const firstTitle = saved.sources[0]!.title;
  await items.nth(1).focus();
  await items.nth(1).press('Alt+ArrowUp');
  await expect(items.nth(0)).toContainText('Second report');
  saved = await onDisk(app);
  expect(saved.sources.map((s) => s.title)[1]).toBe(firstTitle);

  // Remove the sample source: the confirmation counts its annotations.
  const annotations = saved.annotations.filter((a) => a.sourceId === saved.sources[1]!.id).length;
  await items.nth(1).click();
  await details.getByRole('button', { name: 'Remove source…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(`its ${annotations} annotations`);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(items).toHaveCount(1);
  saved = await onDisk(app);
  expect(saved.sources).toHaveLength(1);
  expect(saved.annotations).toHaveLength(0);

  await notebookKey(app, 'Control+z');
  await expect(items).toHaveCount(2);
  saved = await onDisk(app);
  expect(saved.sources[1]!.title).toBe(firstTitle);
  expect(saved.annotations).toHaveLength(annotations);
});
