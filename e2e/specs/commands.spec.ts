import { test, expect } from '../fixtures.ts';

test('the command palette finds every command by name and runs it from the keyboard', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('Iraqi, US officials meet in Washington', { exact: false }).first()).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('compare');
  await expect(palette.getByRole('option').first()).toHaveText(/Compare claims/);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('main', { name: 'Compare claims' })).toBeVisible();

  // Ctrl+Shift+P opens it too; arrows choose, Escape leaves without running anything.
  await page.keyboard.press('Control+Shift+P');
  await expect(palette).toBeVisible();
  await page.keyboard.type('brief');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('main', { name: 'Compare claims' })).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('no such thing');
  await expect(palette.getByText('No command matches', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
});
