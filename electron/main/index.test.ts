// The Electron entry's wiring, with a stand-in for the electron module (no
// Electron binary here): what the window is allowed, what main refuses, and
// that IPC goes through dispatch with the sender check.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES, type Result, type Session } from '../contract.ts';
import { CSP } from './csp.ts';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const on = (map: Map<string, Listener[]>) => (name: string, listener: Listener) => {
    map.set(name, [...(map.get(name) ?? []), listener]);
  };
  const appEvents = new Map<string, Listener[]>();
  const ipc = new Map<string, Listener>();
  const windows: { options: Record<string, unknown>; loaded: string[]; webContents: Record<string, unknown> }[] = [];
  const state = {
    appEvents,
    ipc,
    windows,
    schemes: [] as unknown[],
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
    beforeRequest: null as null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    external: [] as string[],
    quit: 0,
    paths: {} as Record<string, string>,
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    loaded: string[] = [];
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      this.webContents = { send: () => undefined, on: () => undefined, setWindowOpenHandler: () => undefined, printToPDF: async () => Buffer.from('%PDF') };
      windows.push(this);
    }
    static getAllWindows = () => windows;
    loadURL = async (url: string) => {
      this.loaded.push(url);
    };
    once = () => undefined;
    on = () => undefined;
    show = () => undefined;
    isDestroyed = () => false;
    isMinimized = () => false;
    destroy = () => undefined;
  }
  const electron = {
    app: {
      isPackaged: true,
      on: on(appEvents),
      whenReady: () => Promise.resolve(),
      requestSingleInstanceLock: () => true,
      getPath: (name: string) => state.paths[name] ?? `/nonexistent/${name}`,
      setPath: (name: string, value: string) => {
        state.paths[name] = value;
      },
      getVersion: () => '1.2.3',
      getName: () => 'Research Notebook',
      quit: () => {
        state.quit++;
      },
    },
    BrowserWindow,
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }), showMessageBox: async () => ({}) },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        ipc.set(channel, listener);
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.protocolHandler = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => {
          state.permissionRequest = h;
        },
        setPermissionCheckHandler: (h: Listener) => {
          state.permissionCheck = h;
        },
        webRequest: {
          onBeforeRequest: (h: typeof state.beforeRequest) => {
            state.beforeRequest = h;
          },
        },
      },
    },
    shell: {
      openExternal: async (url: string) => {
        state.external.push(url);
      },
      openPath: async () => '',
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

let root: string;
const { state } = fake;
const mainWindow = () => state.windows[0]!;

function ipcEvent(url: string, parent: unknown = null, sender: unknown = mainWindow().webContents) {
  return { sender, senderFrame: { url, parent } };
}

async function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<Result<unknown>> {
  return (await state.ipc.get(channel)!(event, ...args)) as Result<unknown>;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'notebook-main-'));
  process.env.RESEARCH_NOTEBOOK_USER_DATA = path.join(root, 'user-data');
  process.env.RESEARCH_NOTEBOOK_DIR = path.join(root, 'Research Notebook');
  await import('./index.ts');
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
});

afterAll(async () => {
  for (const listener of state.appEvents.get('before-quit') ?? []) listener({ preventDefault: () => undefined });
  await vi.waitFor(() => expect(state.quit).toBeGreaterThan(0));
  delete process.env.RESEARCH_NOTEBOOK_USER_DATA;
  delete process.env.RESEARCH_NOTEBOOK_DIR;
  await rm(root, { recursive: true, force: true });
});

describe('the window', () => {
  it('is sandboxed and isolated, and loads the app origin', () => {
    const prefs = mainWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, devTools: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(mainWindow().loaded).toEqual(['app://notebook/index.html']);
    expect(state.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }]);
  });

  it('refuses every permission request and check', () => {
    const answers: boolean[] = [];
    state.permissionRequest!({}, 'media', (allowed: boolean) => answers.push(allowed));
    state.permissionRequest!({}, 'notifications', (allowed: boolean) => answers.push(allowed));
    expect(answers).toEqual([false, false]);
    expect(state.permissionCheck!({}, 'clipboard-read')).toBe(false);
  });

  it('lets only app:// requests through', () => {
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      state.beforeRequest!({ url }, (r) => {
        cancel = r.cancel;
      });
      return cancel;
    };
    expect(verdict('app://notebook/assets/index.js')).toBe(false);
    expect(verdict('https://www.rudaw.net/')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
  });

  it('serves app files with the CSP header and nothing outside the renderer folder', async () => {
    const traversal = await state.protocolHandler!(new Request('app://notebook/..%2f..%2fpackage.json'));
    expect(traversal.status).toBe(404);
    const missing = await state.protocolHandler!(new Request('app://notebook/no-such-file.js'));
    expect(missing.status).toBe(404);
    const print = await state.protocolHandler!(new Request('app://print/unknown-token.html'));
    expect(print.status).toBe(404);
    expect(CSP).toContain("frame-ancestors 'none'");
  });

  it('denies navigation and pop-ups, sending web links to the system browser after the check', async () => {
    const handlers = new Map<string, Listener>();
    let openHandler: Listener | null = null;
    const contents = { on: (name: string, l: Listener) => handlers.set(name, l), setWindowOpenHandler: (h: Listener) => (openHandler = h) };
    for (const listener of state.appEvents.get('web-contents-created') ?? []) listener({}, contents);
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    handlers.get('will-navigate')!(event, 'https://example.org/article');
    handlers.get('will-navigate')!(event, 'file:///etc/passwd');
    handlers.get('will-attach-webview')!(event);
    expect(prevented).toBe(3);
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://example.org/other' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(state.external).toEqual(['https://example.org/article', 'https://example.org/other']));
  });
});

describe('IPC', () => {
  it('has one handler per contract method', () => {
    expect([...state.ipc.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('answers the app frame through dispatch', async () => {
    const result = await invoke(channelOf('session'), ipcEvent('app://notebook/index.html'));
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as Session).file).toBe(path.join(root, 'Research Notebook', 'Coalition talks.notebook.json'));
    const bad = await invoke(channelOf('apply'), ipcEvent('app://notebook/index.html'), 'not operations', 0);
    expect(!bad.ok && bad.error.code).toBe('invalid-payload');
  });

  it('refuses other frames: subframes, other origins, other web contents', async () => {
    const refusals = [
      ipcEvent('app://notebook/index.html', { url: 'app://notebook/index.html' }),
      ipcEvent('https://evil.example/'),
      ipcEvent('app://print/x.html'),
      ipcEvent('app://notebook/index.html', null, {}),
    ];
    for (const event of refusals) {
      const result = await invoke(channelOf('about'), event);
      expect(!result.ok && result.error.code).toBe('invalid-payload');
    }
  });
});
