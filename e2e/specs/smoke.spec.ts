import { existsSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures.ts';

test('first launch shows the sample article, and nothing leaves the app', async ({ app }) => {
  await expect(app.page.getByText('Iraqi, US officials meet in Washington to discuss coalition’s future').first()).toBeVisible();
  await expect(app.page.getByText('the commission aims to conclude the presence of the coalition forces', { exact: false }).first()).toBeVisible();
  // The sample was written where the analyst keeps notebooks.
  expect(existsSync(path.join(app.notebooksDir, 'Coalition talks.notebook.json'))).toBe(true);
  expect(app.requests).toEqual([]);
});
