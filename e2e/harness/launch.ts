// The browser harness: the real renderer (renderer/dist) in Chromium, with
// window.notebook bound to the real main-process handlers through the same
// dispatch() Electron uses. Files are served by a loopback server (app-server.ts)
// with the app's CSP; every request to any other origin is aborted by a
// Playwright route and recorded, so a test can assert that nothing left the app.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { METHOD_NAMES, type NotebookEvent, type Result } from '../../electron/contract.ts';
import type { Host } from '../../electron/main/host.ts';
import { startAppServer } from './app-server.ts';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium.ts';
import { decodeBytes } from './codec.ts';
import { DialogQueue, type DialogAnswerer } from './dialogs.ts';
import { childBackend, inProcessBackend, type HostBackend, type HostProcess, type HostRecord } from './host-backend.ts';
import { installBridge, type BridgeConfig } from './page-bridge.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_DIST = path.join(ROOT, 'renderer', 'dist');

const BRIDGE: Omit<BridgeConfig, 'origin'> = {
  names: [...METHOD_NAMES],
  invokeBinding: '__notebookInvoke',
  reportBinding: '__notebookReport',
  eventKey: 'research-notebook.event',
  fetchKey: '$fetch',
  fetchPath: '/__bridge/result/',
};
/** Results longer than this (characters of JSON) are fetched by the page rather than returned through the binding. */
const LARGE_RESULT = 256 * 1024;
// tsx/esbuild name functions through a `__name` helper that does not exist in
// the page; give the bridge's source a local one rather than a global.
const bridgeScript = (origin: string) => `(() => { const __name = (target) => target; (${installBridge.toString()})(${JSON.stringify({ ...BRIDGE, origin })}); })();`;

export interface LaunchOptions {
  /** Where notebooks live (the sample is created here on first launch). */
  notebooksDir: string;
  /** Settings (recent files) and the browser's stored state across relaunches. */
  userDataDir: string;
  rendererDir?: string;
  headless?: boolean;
  /** Answers file dialogs; a DialogQueue that tests fill by default. */
  dialogs?: DialogAnswerer;
  viewport?: { width: number; height: number };
  /**
   * Where the main-process handlers run: in the test process (default), or in
   * a child Node process that killHost() can SIGKILL mid-edit.
   */
  hostProcess?: HostProcess;
  /**
   * Called with each new window before it navigates to the app (the bench listens to its console from
   * the start, so it need not evaluate anything in the page while the page is opening).
   */
  beforeNavigate?: (page: Page) => void | Promise<void>;
}

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

export interface HarnessApp<D extends DialogAnswerer = DialogQueue> {
  readonly page: Page;
  readonly notebooksDir: string;
  readonly userDataDir: string;
  readonly dialogs: D;
  /** Requests that tried to leave the app; each was aborted. */
  readonly requests: string[];
  readonly cspViolations: CspViolation[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  /** alert/confirm/prompt/beforeunload dialogs the page opened (all dismissed). */
  readonly pageDialogs: string[];
  /** URLs handed to the system browser by openExternal. */
  readonly externalLinks: string[];
  /** Every call, reply and event between the window and main, in order, across relaunches. */
  readonly hostLog: HostRecord[];
  /** The pid of the process running the handlers (this one, unless hostProcess is 'child'). */
  readonly hostPid: number;
  /**
   * SIGKILLs main (hostProcess 'child' only) with no warning, as a crash or a
   * power cut would; the window goes with it. relaunch() starts both again.
   */
  killHost(): Promise<void>;
  /** Closes the window (saving, as quitting Electron does) and opens the app again on the same folders. */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

interface Running {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  backend: HostBackend;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export async function launchApp(options: LaunchOptions & { dialogs?: undefined }): Promise<HarnessApp>;
export async function launchApp<D extends DialogAnswerer>(options: LaunchOptions & { dialogs: D }): Promise<HarnessApp<D>>;
export async function launchApp(options: LaunchOptions): Promise<HarnessApp<DialogAnswerer>> {
  const rendererDir = options.rendererDir ?? RENDERER_DIST;
  const headless = options.headless ?? true;
  const executablePath = chromiumPath();
  const indexFile = path.join(rendererDir, 'index.html');
  await readFile(indexFile).catch(() => {
    throw new Error(`The renderer is not built (${indexFile} is missing) — run \`npm run build:renderer\` first.`);
  });
  const appVersion = await version();
  // One server for every launch of this app: the origin (and with it the page's storage) survives relaunches.
  const server = await startAppServer(rendererDir, BRIDGE.fetchPath);
  const origin = server.origin;
  const dialogs = options.dialogs ?? new DialogQueue();
  const requests: string[] = [];
  const cspViolations: CspViolation[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const pageDialogs: string[] = [];
  const externalLinks: string[] = [];
  const hostLog: HostRecord[] = [];
  const record = (r: HostRecord) => void hostLog.push({ ...r, at: performance.now() });
  let running: Running | null = null;
  /** The main being started: it opens the notebook before its window exists (killHost may hit it then). */
  let starting: HostBackend | null = null;
  let storageState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;
  let pdfBrowser: Browser | null = null;

  async function printToPdf(html: string): Promise<Uint8Array> {
    // Like Electron's hidden print window: no script runs, nothing loads from outside.
    const browser = headless && running ? running.browser : (pdfBrowser ??= await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS }));
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    } finally {
      await context.close();
    }
  }

  const host: Host = {
    showOpenDialog: (o) => dialogs.answer({ kind: 'open', options: o }),
    showSaveDialog: (o) => dialogs.answer({ kind: 'save', options: o }),
    printToPdf,
    async openExternal(url) {
      externalLinks.push(url);
    },
    send(event: NotebookEvent) {
      record({ type: 'event', event });
      const page = running?.page;
      if (!page || page.isClosed()) return;
      page
        .evaluate(([key, json]) => {
          const deliver = (window as unknown as Record<symbol, ((e: unknown) => void) | undefined>)[Symbol.for(key)];
          deliver?.(JSON.parse(json));
        }, [BRIDGE.eventKey, JSON.stringify(event)] as const)
        .catch(() => undefined /* the page is navigating or closing */);
    },
    documentsDir: path.dirname(options.notebooksDir),
    userDataDir: options.userDataDir,
    version: appVersion,
  };

  const child = options.hostProcess === 'child';
  // With a child host, relaunches are frequent (a crash test relaunches after every kill), so the
  // next main is started ahead (it opens nothing until the window asks) and Chromium is kept; each
  // launch still gets a fresh browser context and page.
  let spare: Promise<HostBackend> | null = null;
  let keptBrowser: Browser | null = null;

  function forkHost(): Promise<HostBackend> {
    return childBackend(host, { notebooksDir: options.notebooksDir, documentsDir: host.documentsDir, userDataDir: host.userDataDir, version: appVersion }, record);
  }

  function startBackend(): Promise<HostBackend> {
    if (!child) return Promise.resolve(inProcessBackend(host, options.notebooksDir, record));
    const next = spare ?? forkHost();
    spare = null;
    return next;
  }

  async function launchBrowser(): Promise<Browser> {
    if (!child) return chromium.launch({ executablePath, headless, args: CHROMIUM_FLAGS });
    if (!keptBrowser?.isConnected()) keptBrowser = await chromium.launch({ executablePath, headless, args: CHROMIUM_FLAGS });
    return keptBrowser;
  }

  async function start(): Promise<Running> {
    // A child host takes a moment to start: let it warm up while Chromium does.
    const [started, launched] = await Promise.allSettled([startBackend(), launchBrowser()]);
    if (started.status === 'rejected' || launched.status === 'rejected') {
      if (started.status === 'fulfilled') await started.value.kill().catch(() => started.value.dispose());
      if (launched.status === 'fulfilled') await launched.value.close();
      throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
    }
    const backend = started.value;
    const browser = launched.value;
    record({ type: 'start', pid: backend.pid });
    if (child) {
      spare = forkHost();
      spare.catch(() => undefined); // reported when it is used
    }
    try {
      return await open(backend, browser);
    } catch (err) {
      // No window came up: don't leave this main holding the notebook.
      if (running?.backend !== backend) await backend.dispose().catch(() => undefined);
      throw err;
    }
  }

  async function open(backend: HostBackend, browser: Browser): Promise<Running> {
    // As Electron's main does: start opening the notebook, then create the window.
    starting = backend;
    backend.launch();
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 860 },
      serviceWorkers: 'block',
      acceptDownloads: false,
      ...(storageState ? { storageState } : {}),
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin) return route.continue();
      requests.push(url.href);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (ws) => {
      requests.push(ws.url());
      void ws.close();
    });
    await context.exposeBinding(BRIDGE.invokeBinding, async (source, name: unknown, args: unknown): Promise<string> => {
      // Only the app's top frame may call main, as in Electron's sender check.
      if (source.frame.parentFrame() || new URL(source.frame.url()).origin !== origin) {
        return JSON.stringify({ ok: false, error: { code: 'invalid-payload', message: 'Only the notebook window may use the notebook.' } } satisfies Result<unknown>);
      }
      // As JSON text: Playwright's serializer walks a 10k-annotation notebook object by object (seconds).
      // A large result (a notebook) is fetched by the page from the loopback server instead: a socket
      // carries it many times faster than a binding's result, about what Electron's IPC costs.
      const result = await backend.call(name, decodeBytes(args));
      const json = JSON.stringify(result);
      if (json.length < LARGE_RESULT) return json;
      return JSON.stringify({ [BRIDGE.fetchKey]: server.park(json) });
    });
    await context.exposeBinding(BRIDGE.reportBinding, async (_source, violation: CspViolation) => {
      cspViolations.push(violation);
    });
    await context.addInitScript({ content: bridgeScript(origin) });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('dialog', (dialog) => {
      pageDialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    running = { browser, context, page, backend };
    await options.beforeNavigate?.(page);
    await page.goto(`${origin}/index.html`);
    return running;
  }

  async function stop(): Promise<void> {
    const current = running;
    if (!current) return;
    // Let the renderer run its unload handlers (a last flush), then save and release the notebook.
    if (!current.page.isClosed()) {
      const closed = current.page.waitForEvent('close', { timeout: 5_000 }).catch(() => undefined);
      await current.page.close({ runBeforeUnload: true }).catch(() => undefined);
      await closed;
    }
    storageState = await current.context.storageState().catch(() => storageState);
    running = null;
    starting = null;
    try {
      await current.backend.dispose();
    } finally {
      if (current.browser === keptBrowser) await current.context.close();
      else await current.browser.close();
    }
  }

  try {
    running = await start();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    get page() {
      if (!running) throw new Error('The app is closed — call relaunch() first.');
      return running.page;
    },
    notebooksDir: options.notebooksDir,
    userDataDir: options.userDataDir,
    dialogs,
    requests,
    cspViolations,
    pageErrors,
    consoleErrors,
    pageDialogs,
    externalLinks,
    hostLog,
    get hostPid() {
      if (!running) throw new Error('The app is closed — call relaunch() first.');
      return running.backend.pid;
    },
    async killHost() {
      const current = running;
      const backend = current?.backend ?? starting;
      if (!backend) throw new Error('The app is closed — call relaunch() first.');
      await backend.kill();
      // Electron's windows die with main; nothing the page does now reaches the notebook.
      await current?.page.close().catch(() => undefined);
    },
    async relaunch() {
      await stop();
      running = await start();
    },
    async close() {
      try {
        await stop();
      } finally {
        const unused = spare;
        spare = null;
        await unused?.then((b) => b.dispose()).catch(() => undefined);
        await keptBrowser?.close();
        keptBrowser = null;
      }
      await pdfBrowser?.close();
      pdfBrowser = null;
      await server.close();
    },
  };
}
