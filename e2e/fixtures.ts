// Playwright Test fixtures shared by every spec, for both projects:
// `browser` (the renderer in Chromium over the harness) and `electron` (the
// built app, skipped when no Electron binary is installed).
//
// The `app` fixture — a fresh app in empty temp folders for each test:
//   app.page                   the window (a Playwright Page)
//   app.relaunch()             quit (saving, as Electron does on quit) and start again on the same folders
//   await app.dialogs.nextOpen(file | null)
//   await app.dialogs.nextSave(file | null)
//                              answer the next file dialog; null = the analyst cancels.
//                              A dialog with no answer queued cancels and fails the test.
//   app.notebooksDir           where notebooks live (the sample is created here on first launch)
//   app.userDataDir            settings (recent files)
//   app.requests               requests that tried to leave the app (all were refused)
//   app.externalLinks          links handed to the system browser
//   app.screenshot(name)       saves docs/screenshots/<name>.png and returns the path
//
// After each test the fixture fails it if any request tried to leave the app,
// the CSP reported a violation, the page threw, or the page opened an
// alert/confirm/prompt.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { electronBinary, ELECTRON_SKIP_REASON } from './harness/electron-binary.ts';
import { launchElectron } from './harness/electron-app.ts';
import { launchApp, type CspViolation } from './harness/launch.ts';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

export interface NotebookApp {
  readonly page: Page;
  readonly notebooksDir: string;
  readonly userDataDir: string;
  readonly dialogs: { nextOpen(file: string | null): Promise<void>; nextSave(file: string | null): Promise<void> };
  readonly requests: readonly string[];
  readonly externalLinks: readonly string[];
  readonly cspViolations: readonly CspViolation[];
  readonly pageErrors: readonly string[];
  readonly pageDialogs: readonly string[];
  relaunch(): Promise<void>;
  screenshot(name: string): Promise<string>;
}

export const test = base.extend<{ app: NotebookApp }>({
  // Playwright reads the fixtures a fixture needs from this destructuring; it needs none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use, testInfo) => {
    const folders = { notebooksDir: testInfo.outputPath('Research Notebook'), userDataDir: testInfo.outputPath('user-data') };
    const electron = testInfo.project.name === 'electron';
    if (electron && !electronBinary()) testInfo.skip(true, ELECTRON_SKIP_REASON);
    const running = electron ? await launchElectron(folders) : await launchApp(folders);
    const screenshot = async (name: string) => {
      await mkdir(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
      await running.page.screenshot({ path: file });
      return file;
    };
    const app: NotebookApp = {
      get page() {
        return running.page;
      },
      notebooksDir: running.notebooksDir,
      userDataDir: running.userDataDir,
      dialogs: running.dialogs,
      requests: running.requests,
      externalLinks: running.externalLinks,
      cspViolations: running.cspViolations,
      pageErrors: running.pageErrors,
      pageDialogs: running.pageDialogs,
      relaunch: () => running.relaunch(),
      screenshot,
    };
    try {
      await use(app);
      if ('sync' in running) await running.sync();
      expect(running.requests, 'requests that tried to leave the app').toEqual([]);
      expect(running.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(running.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(running.pageDialogs, 'alert/confirm/prompt dialogs').toEqual([]);
      if ('unanswered' in running.dialogs) {
        expect(running.dialogs.unanswered.map((d) => `${d.kind}: ${d.options.title}`), 'file dialogs opened with no answer queued').toEqual([]);
      }
    } finally {
      await running.close();
    }
  },
});

export { expect };
