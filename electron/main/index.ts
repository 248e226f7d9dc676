// Electron entry (ESM). One window, sandboxed, talking to main only through
// the contract's channels; nothing loads except the app's own files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelOf, METHOD_NAMES, type ApiError, type ExportFormat, type MethodName, type Result } from '../contract.ts';
import { APP_INDEX, APP_SCHEME, fileForAppUrl, isAllowedRequest, isAppFrameUrl, isWebLink, mimeOf, PRINT_HOST } from './app-url.ts';
import { CSP } from './csp.ts';
import { dispatch, toApiError } from './dispatch.ts';
import { electronHost, PRINT_CSP, printJobs } from './electron-host.ts';
import { createHandlers, NOTEBOOKS_FOLDER } from './handlers.ts';
import { buildMenu } from './menu.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(here, '../renderer');
const PRELOAD = path.join(here, '../preload/index.cjs');
// Set by `electron-vite dev` only; a packaged app never has it.
const DEV_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// Tests and portable setups point the app at other folders.
if (process.env.RESEARCH_NOTEBOOK_USER_DATA) app.setPath('userData', path.resolve(process.env.RESEARCH_NOTEBOOK_USER_DATA));
const notebooksDir = process.env.RESEARCH_NOTEBOOK_DIR
  ? path.resolve(process.env.RESEARCH_NOTEBOOK_DIR)
  : path.join(app.getPath('documents'), NOTEBOOKS_FOLDER);

/** Requests the window tried to make and was refused; the e2e suite reads them through `app.evaluate`. */
const blockedRequests: string[] = [];
if (process.env.RESEARCH_NOTEBOOK_E2E === '1') Object.assign(globalThis, { __notebookBlockedRequests: blockedRequests });

// codeCache: V8 keeps the compiled app script between launches (the bundle's names carry its hash), so a
// relaunch does not compile it again before the first paint.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);

let win: BrowserWindow | null = null;
const host = electronHost(() => win);
const handlers = createHandlers(host, { notebooksDir });

/** A notebook file named on the command line (double-click, "Open with", second launch). */
function fileFromArgv(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.json'));
}

function sendError(error: ApiError): void {
  if (error.code !== 'cancelled') host.send({ type: 'error', error });
}

/** Runs a contract method for the menu or the command line and tells the window how it went. */
async function runFromMain(name: MethodName, args: unknown[]): Promise<void> {
  const result = (await dispatch(handlers, name, args)) as Result<unknown>;
  if (!result.ok) return sendError(result.error);
  // Only a newly opened notebook needs its session sent; an edit's result the window already has.
  const current = name === 'openNotebook' || name === 'newNotebook' ? handlers.current() : null;
  if (current) host.send({ type: 'session', session: current });
  refreshMenu();
}

async function openFromMain(file: string): Promise<void> {
  try {
    host.send({ type: 'session', session: await handlers.openFile(file) });
    refreshMenu();
  } catch (err) {
    sendError(toApiError(err, 'openFile', (line) => console.error(line)));
  }
}

function refreshMenu(): void {
  Menu.setApplicationMenu(
    buildMenu({
      command: (command) => host.send({ type: 'menu', command }),
      newNotebook: () => void runFromMain('newNotebook', []),
      open: () => void runFromMain('openNotebook', []),
      openRecent: (file) => void openFromMain(file),
      saveCopy: () => void runFromMain('saveCopy', []),
      exportAs: (format: ExportFormat) => void runFromMain('exportNotebook', [format]),
      about: () => void showAbout(),
      notebooksFolder: notebooksDir,
      recent: handlers.recent(),
      devTools: !app.isPackaged,
    }),
  );
}

async function showAbout(): Promise<void> {
  const info = await handlers.about();
  const detail = [`Version ${info.version}`, `Notebooks folder: ${info.notebooksFolder}`, info.file ? `Open notebook: ${info.file}` : '', info.backup ? `Backup: ${info.backup}` : '']
    .filter(Boolean)
    .join('\n');
  const options = { type: 'info' as const, title: 'About Research Notebook', message: 'Research Notebook', detail };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

/** Serves the built renderer (and print jobs) with the app's CSP; anything outside them is a 404. */
async function serveApp(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host === PRINT_HOST) {
    const html = printJobs.get(url.pathname.replace(/^\/|\.html$/g, ''));
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_CSP } });
  }
  const file = fileForAppUrl(RENDERER_DIR, request.url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: { 'content-type': mimeOf(file), 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Navigation, pop-ups, webviews and permissions: all refused, for every web contents main ever creates. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isWebLink(url)) void runFromMain('openExternal', [url]);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void runFromMain('openExternal', [url]);
    return { action: 'deny' };
  });
}

function securityPolicies(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, DEV_URL);
    if (!allowed) {
      blockedRequests.push(details.url);
      console.error(`[notebook] blocked a request to ${details.url.slice(0, 200)}`);
    }
    callback({ cancel: !allowed });
  });
  protocol.handle(APP_SCHEME, serveApp);
}

/** Only the app's own top frame may call main. */
function fromApp(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppFrameUrl(frame.url, DEV_URL) && event.sender === win?.webContents;
}

function registerIpc(): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channelOf(name), async (event, ...args: unknown[]) => {
      if (!fromApp(event)) {
        return { ok: false, error: { code: 'invalid-payload', message: 'Only the notebook window may use the notebook.' } } satisfies Result<never>;
      }
      return dispatch(handlers, name, args);
    });
  }
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Research Notebook',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      // Middle-click would otherwise ask for a new window (denied anyway by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => {
    win = null;
  });
  void win.loadURL(DEV_URL ?? APP_INDEX);
}

let quitting = false;
/** Quits once the notebook is saved; if the last save fails, the analyst decides what happens to the changes. */
async function quitAfterSaving(): Promise<void> {
  try {
    await handlers.dispose();
    app.quit();
    return;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const options = {
      type: 'warning' as const,
      title: 'Research Notebook',
      message: 'Your latest changes could not be saved.',
      detail: `${detail}\n\nSave a copy somewhere else, keep the app open to try again, or quit and lose the unsaved changes.`,
      buttons: ['Save a copy…', 'Keep the app open', 'Quit without saving'],
      defaultId: 0,
      cancelId: 1,
    };
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    if (response === 0) {
      const saved = await dispatch(handlers, 'saveCopy', []);
      if (saved.ok) return app.exit(0);
      if (saved.error.code !== 'cancelled') sendError(saved.error);
    } else if (response === 2) {
      return app.exit(0);
    }
    quitting = false;
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    const file = fileFromArgv(argv);
    if (file) void openFromMain(file);
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    void quitAfterSaving();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    securityPolicies();
    registerIpc();
    // The notebook is read while the window loads; the window's session() waits for it.
    void handlers.openOnLaunch(fileFromArgv(process.argv)).then(refreshMenu);
    refreshMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
