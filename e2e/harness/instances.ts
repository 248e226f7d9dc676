// A Playwright fixture for specs that kill main or run several app instances
// on one notebook: `launch(name?)` starts an app whose main-process handlers
// run in a child process (killHost() SIGKILLs it), on the test's one notebooks
// folder, with a user-data folder of its own per name. Every instance is
// closed after the test, which fails — like the `app` fixture — if any
// request tried to leave the app, the CSP reported a violation, the page threw
// or opened an alert, or a file dialog opened with no answer queued.
//
// Only the browser project has a main it can kill; the electron project skips.
import { test as base, expect } from '@playwright/test';
import type { DialogQueue } from './dialogs.ts';
import { launchApp, type HarnessApp } from './launch.ts';

export type Instance = HarnessApp<DialogQueue>;

export function expectCleanRun(app: Instance, name: string): void {
  expect(app.requests, `${name}: requests that tried to leave the app`).toEqual([]);
  expect(app.cspViolations, `${name}: Content-Security-Policy violations`).toEqual([]);
  expect(app.pageErrors, `${name}: uncaught errors in the page`).toEqual([]);
  expect(app.pageDialogs, `${name}: alert/confirm/prompt dialogs`).toEqual([]);
  expect(app.dialogs.unanswered.map((d) => `${d.kind}: ${d.options.title}`), `${name}: file dialogs opened with no answer queued`).toEqual([]);
}

export const test = base.extend<{ notebooksDir: string; launch: (name?: string) => Promise<Instance> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
  notebooksDir: async ({}, use, testInfo) => {
    await use(testInfo.outputPath('Research Notebook'));
  },
  launch: async ({ notebooksDir }, use, testInfo) => {
    testInfo.skip(testInfo.project.name === 'electron', 'SIGKILLs a child-process main, which only the browser harness runs');
    const running = new Map<string, Instance>();
    const closeAll = async (): Promise<unknown[]> => {
      const failures: unknown[] = [];
      for (const app of [...running.values()].reverse()) await app.close().catch((err: unknown) => failures.push(err));
      return failures;
    };
    try {
      await use(async (name = 'first') => {
        if (running.has(name)) throw new Error(`an instance named “${name}” is already running`);
        const app = await launchApp({ notebooksDir, userDataDir: testInfo.outputPath(`user-data-${name}`), hostProcess: 'child' });
        running.set(name, app);
        return app;
      });
      for (const [name, app] of running) expectCleanRun(app, name);
    } catch (err) {
      await closeAll();
      throw err;
    }
    // Closing saves: a last save that does not reach the disk fails the test.
    const [failure] = await closeAll();
    if (failure) throw failure;
  },
});

export { expect };
