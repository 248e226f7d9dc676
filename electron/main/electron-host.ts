// The Host the handlers run on inside Electron: native dialogs, the system
// browser, PDF printing in a hidden window that runs no script.
import { randomUUID } from 'node:crypto';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { EVENT_CHANNEL, type NotebookEvent } from '../contract.ts';
import { APP_SCHEME, PRINT_HOST } from './app-url.ts';
import type { Host } from './host.ts';
import { BRIEFING_CSP } from '../../notes/export/html.ts';

/** HTML waiting to be printed, by one-time token; served by the app:// handler at app://print/<token>. */
export const printJobs = new Map<string, string>();

/** The printed page may show its own stylesheet (allowed by hash) and data: images, and nothing else. */
export const PRINT_CSP = BRIEFING_CSP;

async function printToPdf(html: string): Promise<Uint8Array> {
  const token = randomUUID();
  printJobs.set(token, html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      images: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await win.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${token}.html`);
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    return new Uint8Array(pdf);
  } finally {
    printJobs.delete(token);
    win.destroy();
  }
}

export function electronHost(getWindow: () => BrowserWindow | null): Host {
  const parent = () => getWindow() ?? undefined;
  return {
    // dialog.* is looked up at call time so the e2e suite can answer dialogs from main.
    async showOpenDialog(options) {
      const props: ('openFile')[] = ['openFile'];
      const win = parent();
      const settings = { title: options.title, defaultPath: options.defaultPath, filters: options.filters, properties: props };
      const result = win ? await dialog.showOpenDialog(win, settings) : await dialog.showOpenDialog(settings);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSaveDialog(options) {
      const win = parent();
      const settings = { title: options.title, defaultPath: options.defaultPath, filters: options.filters };
      const result = win ? await dialog.showSaveDialog(win, settings) : await dialog.showSaveDialog(settings);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    printToPdf,
    openExternal: (url) => shell.openExternal(url),
    send(event: NotebookEvent) {
      const win = getWindow();
      if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
    },
    get documentsDir() {
      return app.getPath('documents');
    },
    get userDataDir() {
      return app.getPath('userData');
    },
    get version() {
      return app.getVersion();
    },
  };
}
