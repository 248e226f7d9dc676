// The same app fixture over the real Electron build (out/main/index.js):
// dialogs and the system browser are answered inside main, blocked requests
// are read from main, CSP violations from the console.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { electronBinary, ELECTRON_SKIP_REASON } from './electron-binary.ts';
import type { CspViolation, HarnessApp } from './launch.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ELECTRON_MAIN = path.join(ROOT, 'out', 'main', 'index.js');

interface MainGlobals {
  __notebookBlockedRequests?: string[];
  __notebookE2E?: { open: (string | null)[]; save: (string | null)[]; external: string[] };
}

export class ElectronDialogs {
  constructor(private readonly app: () => ElectronApplication) {}

  async nextOpen(file: string | null): Promise<void> {
    await this.app().evaluate((_electron, answer) => (globalThis as MainGlobals).__notebookE2E!.open.push(answer), file);
  }

  async nextSave(file: string | null): Promise<void> {
    await this.app().evaluate((_electron, answer) => (globalThis as MainGlobals).__notebookE2E!.save.push(answer), file);
  }
}

/** The harness app's surface (launch.ts), over Electron: main answers the dialogs itself. */
export type ElectronNotebookApp = Pick<
  HarnessApp,
  'page' | 'notebooksDir' | 'userDataDir' | 'requests' | 'cspViolations' | 'pageErrors' | 'consoleErrors' | 'pageDialogs' | 'externalLinks'
> & {
  readonly dialogs: ElectronDialogs;
  /** Copies what main recorded (blocked requests, opened links) into the arrays above. */
  sync(): Promise<void>;
  relaunch(): Promise<void>;
  close(): Promise<void>;
};

export async function launchElectron(options: { notebooksDir: string; userDataDir: string }): Promise<ElectronNotebookApp> {
  const binary = electronBinary();
  if (!binary) throw new Error(ELECTRON_SKIP_REASON);
  const executablePath: string = binary;
  if (!existsSync(ELECTRON_MAIN)) throw new Error(`${ELECTRON_MAIN} is missing — run \`npm run build\` before the electron project.`);
  const requests: string[] = [];
  const cspViolations: CspViolation[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const pageDialogs: string[] = [];
  const externalLinks: string[] = [];
  let app: ElectronApplication | null = null;
  let page: Page | null = null;
  let seenBlocked = 0;
  let seenExternal = 0;

  async function start(): Promise<void> {
    seenBlocked = 0;
    seenExternal = 0;
    app = await _electron.launch({
      executablePath,
      args: [ELECTRON_MAIN],
      env: {
        ...process.env,
        RESEARCH_NOTEBOOK_USER_DATA: options.userDataDir,
        RESEARCH_NOTEBOOK_DIR: options.notebooksDir,
        RESEARCH_NOTEBOOK_E2E: '1',
      },
    });
    await app.evaluate(({ dialog, shell }) => {
      const state = { open: [] as (string | null)[], save: [] as (string | null)[], external: [] as string[] };
      (globalThis as MainGlobals).__notebookE2E = state;
      dialog.showOpenDialog = (async () => {
        const answer = state.open.shift();
        return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
      }) as typeof dialog.showOpenDialog;
      dialog.showSaveDialog = (async () => {
        const answer = state.save.shift();
        return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
      }) as typeof dialog.showSaveDialog;
      shell.openExternal = async (url: string) => {
        state.external.push(url);
      };
    });
    page = await app.firstWindow();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      consoleErrors.push(message.text());
      if (/Content Security Policy/i.test(message.text())) cspViolations.push({ directive: '', blocked: message.text(), source: '', line: 0, sample: '' });
    });
    page.on('dialog', (dialog) => {
      pageDialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    await page.waitForLoadState('load');
  }

  async function sync(): Promise<void> {
    if (!app) return;
    const seen = await app.evaluate(() => {
      const g = globalThis as MainGlobals;
      return { blocked: [...(g.__notebookBlockedRequests ?? [])], external: [...(g.__notebookE2E?.external ?? [])] };
    });
    // Main's lists start empty at every launch; append only what is new since the last sync.
    requests.push(...seen.blocked.slice(seenBlocked));
    externalLinks.push(...seen.external.slice(seenExternal));
    seenBlocked = seen.blocked.length;
    seenExternal = seen.external.length;
  }

  async function stop(): Promise<void> {
    if (!app) return;
    await sync().catch(() => undefined);
    await app.close();
    app = null;
    page = null;
  }

  await start();
  return {
    get page() {
      if (!page) throw new Error('The app is closed — call relaunch() first.');
      return page;
    },
    notebooksDir: options.notebooksDir,
    userDataDir: options.userDataDir,
    dialogs: new ElectronDialogs(() => {
      if (!app) throw new Error('The app is closed.');
      return app;
    }),
    requests,
    cspViolations,
    pageErrors,
    consoleErrors,
    pageDialogs,
    externalLinks,
    sync,
    async relaunch() {
      await stop();
      await start();
    },
    close: stop,
  };
}
