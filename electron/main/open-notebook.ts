// The open notebook's verbs: which notebook is open (session, new, open,
// restore, launch, quit), and edits to it (apply, flush). It holds the one open
// notebook, its revision and save status; everything the renderer sends has
// already been validated by dispatch(). Anything the system or the analyst can
// cause comes back as a typed error with one line to show; a file that fails
// to load is never written to. The file commands (file-commands.ts) work on
// the notebook this holds.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Handlers, SaveStatus, Session } from '../contract.ts';
import { applyOperation } from '../../notes/model/apply.ts';
import { type Operation } from '../../notes/model/ops.ts';
import { emptyNotebook, nowIso } from '../../notes/model/factory.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import {
  createNotebookFile,
  openNotebook as openStore,
  restoreBackup as restoreStoreBackup,
  StoreError,
  type NotebookStore,
} from '../../notes/store/index.ts';
import { sampleNotebook } from '../../notes/samples/sample.ts';
import { ApiFailure, cancelled } from './errors.ts';
import { NOTEBOOK_FILTERS, NOTEBOOK_SUFFIX, notebookFileFor, titleFromNotebookFile } from './files.ts';
import type { Host } from './host.ts';
import { loadSettings, saveSettings, withAuthor, withOpened, type Settings } from './settings.ts';

export const NOTEBOOKS_FOLDER = 'Research Notebook';
export const SAMPLE_FILE_NAME = `Coalition talks${NOTEBOOK_SUFFIX}`;

export interface HandlerOptions {
  /** Where new notebooks and the sample go; `<documentsDir>/Research Notebook` by default. */
  notebooksDir?: string;
  /** The clock, for stamping edits and imports. */
  now?: () => string;
  log?: (line: string) => void;
}

/** The contract's methods about which notebook is open and its edits. */
type SessionMethods = 'session' | 'apply' | 'flush' | 'newNotebook' | 'openNotebook' | 'restoreBackup';

/** Those, plus what only main itself may do (command line, menu, quit). */
export interface SessionVerbs extends Pick<Handlers, SessionMethods> {
  /** Opens a file main was given (command line, second launch, Open Recent); no allow-list. */
  openFile(file: string): Promise<Session>;
  /**
   * Starts opening what the window will ask for (the file given, else the last notebook, else the
   * sample) while the window is still loading; its session() waits for this. Never rejects: a
   * failure is the window's to hear when it asks.
   */
  openOnLaunch(file?: string): Promise<void>;
  /** The session the window shows, if a notebook is open. */
  current(): Session | null;
  recent(): string[];
  /** Saves and releases the notebook (quit). Throws, keeping it open, when the last save fails. */
  dispose(): Promise<void>;
}

export interface OpenNotebook {
  file: string;
  store: NotebookStore;
  notebook: Notebook;
  readOnly: boolean;
  /** Read-only: who holds the lock, when the lock file says. */
  heldBy: string | undefined;
  revision: number;
  unsubscribe: () => void;
}

/** What the file commands need of the open notebook. */
export interface OpenNotebookAccess {
  notebooksDir: string;
  now(): string;
  /** The open notebook, or a typed error saying to open one (or that it is read-only). */
  requireOpen(): OpenNotebook;
  requireWritable(): OpenNotebook;
  /** Applies edits all together, or not at all; returns the new revision. */
  applyAll(o: OpenNotebook, ops: readonly Operation[]): number;
  /** After a wait (a dialog, the disk): fails if another notebook was opened meanwhile. */
  stillOpen(o: OpenNotebook): void;
  /** Where dialogs start: the open notebook's folder. */
  folderForSaving(): string;
  /** The open notebook, if any. */
  opened(): OpenNotebook | null;
}

export function openNotebookVerbs(host: Host, options: HandlerOptions = {}): { verbs: SessionVerbs; access: OpenNotebookAccess } {
  const notebooksDir = options.notebooksDir ?? path.join(host.documentsDir, NOTEBOOKS_FOLDER);
  const now = options.now ?? nowIso;
  const log = options.log ?? ((line: string) => console.error(line));

  let open: OpenNotebook | null = null;
  let save: SaveStatus = { state: 'saved' };
  let settings: Settings | null = null;
  // Files that failed to load in this run: the renderer may ask to restore their backup.
  const failed = new Set<string>();
  // Opening, switching and closing notebooks run one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function getSettings(): Promise<Settings> {
    settings ??= await loadSettings(host.userDataDir);
    return settings;
  }

  /** Why opening at launch failed, until the window asks for its session. */
  let launchFailure: unknown = null;

  /** The settings file's writes, one after another; dispose() waits for them. */
  let settingsWritten: Promise<void> = Promise.resolve();

  async function remember(file: string): Promise<void> {
    await rememberSettings(withOpened(await getSettings(), file));
  }

  async function rememberSettings(next: Settings): Promise<void> {
    settings = next;
    // In the background: the window need not wait for a durable write of the recent list to show the
    // notebook. Losing the list is not worth failing an open for.
    settingsWritten = settingsWritten
      .then(() => saveSettings(host.userDataDir, next))
      .catch((err: unknown) => log(`[notebook] could not save settings: ${String(err)}`));
  }

  function snapshot(o: OpenNotebook): Session {
    return {
      file: o.file,
      notebook: o.notebook,
      revision: o.revision,
      readOnly: o.readOnly,
      ...(o.heldBy ? { heldBy: o.heldBy } : {}),
      recent: settings?.recent ?? [],
      save,
    };
  }

  function requireOpen(): OpenNotebook {
    if (!open) throw new ApiFailure('not-found', 'No notebook is open — open or create one first.');
    return open;
  }

  function requireWritable(): OpenNotebook {
    const o = requireOpen();
    if (o.readOnly) {
      throw new ApiFailure('locked', `${path.basename(o.file)} is open read-only because ${o.heldBy ?? 'another window or the notebook CLI'} is editing it — close that, then reopen the notebook to edit.`, {
        file: o.file,
      });
    }
    return o;
  }

  /** Opens a store; a notebook locked by another process opens read-only instead. */
  async function load(file: string): Promise<{ store: NotebookStore; readOnly: boolean; heldBy: string | undefined }> {
    try {
      try {
        return { store: await openStore(file), readOnly: false, heldBy: undefined };
      } catch (err) {
        if (!(err instanceof StoreError) || err.code !== 'locked') throw err;
        // The refusal already names the holder, from the lock file it read.
        return { store: await openStore(file, { readOnly: true }), readOnly: true, heldBy: err.heldBy };
      }
    } catch (err) {
      failed.add(file);
      // Through a link, the error names the file it points to: that is the one Restore backup gets.
      if (err instanceof StoreError) failed.add(err.file);
      throw err;
    }
  }

  /** Makes `file` the open notebook. The previous one is saved first; if that fails, nothing changes. */
  async function switchTo(file: string): Promise<Session> {
    const resolved = path.resolve(file);
    if (open?.file === resolved) return snapshot(open);
    await open?.store.flush();
    const { store, readOnly, heldBy } = await load(resolved);
    const previous = open;
    const next: OpenNotebook = { file: resolved, store, notebook: store.notebook, readOnly, heldBy, revision: 0, unsubscribe: () => undefined };
    next.unsubscribe = store.onStatus((status) => {
      if (open !== next) return;
      save = status;
      host.send({ type: 'save-status', status });
    });
    open = next;
    save = { state: 'saved' };
    failed.delete(resolved);
    // The name set once in Preferences goes to every notebook of this analyst's that has none, so a
    // colleague who merges it sees whom its annotations came from.
    const { author } = await getSettings();
    if (author && !readOnly && !next.notebook.author) applyAll(next, [{ kind: 'notebook.author', author }]);
    if (previous) {
      previous.unsubscribe();
      await previous.store.close().catch((err: unknown) => log(`[notebook] closing ${previous.file}: ${String(err)}`));
    }
    await remember(resolved);
    return snapshot(next);
  }

  /** First launch: the sample notebook, created once in the notebooks folder. */
  async function openSample(): Promise<Session> {
    const file = path.join(notebooksDir, SAMPLE_FILE_NAME);
    if (!existsSync(file)) {
      await mkdir(notebooksDir, { recursive: true });
      await createNotebookFile(file, sampleNotebook(now()));
    }
    return switchTo(file);
  }

  /** Applies edits to the open notebook all together, or not at all. */
  function applyAll(o: OpenNotebook, ops: readonly Operation[]): number {
    const stamp = now();
    let notebook = o.notebook;
    for (const op of ops) notebook = applyOperation(notebook, op, stamp).notebook;
    o.notebook = notebook;
    o.revision += ops.length;
    o.store.set(notebook);
    return o.revision;
  }

  /** Paths from the renderer are only honoured when main already knows them. */
  async function knownFile(file: string): Promise<string> {
    const resolved = path.resolve(file);
    const known = new Set([...(await getSettings()).recent, ...failed, ...(open ? [open.file] : [])]);
    if (!path.isAbsolute(file) || resolved !== path.normalize(file) || !known.has(resolved)) {
      throw new ApiFailure('invalid-payload', 'That file is not one of your recent notebooks — use File ▸ Open… to choose it.');
    }
    return resolved;
  }

  const folderForSaving = (): string => (open ? path.dirname(open.file) : notebooksDir);

  /** After a wait (dialog, disk), the notebook may have been switched under us. */
  function stillOpen(o: OpenNotebook): void {
    if (open !== o) throw new ApiFailure('cancelled', 'Another notebook was opened in the meantime, so nothing was changed — try again.');
  }


  const verbs: SessionVerbs = {
    session: () => {
      // The window's first ask after a failed launch open hears that failure, without reading the file again.
      const failed = launchFailure;
      launchFailure = null;
      if (failed !== null && !open) return Promise.reject(failed);
      return serial(async () => {
        if (open) return snapshot(open);
        const { lastNotebook } = await getSettings();
        return lastNotebook ? switchTo(lastNotebook) : openSample();
      });
    },

    async apply(ops, baseRevision) {
      const o = requireWritable();
      if (baseRevision !== o.revision) {
        // The window is behind (another window's edit, a reload): send it the notebook as it is.
        host.send({ type: 'session', session: snapshot(o) });
        throw new ApiFailure('operation', 'The window was showing an older version of the notebook, so that edit was not applied — the current version is now shown; make the edit again.');
      }
      const revision = applyAll(o, ops);
      const named = ops.findLast((op) => op.kind === 'notebook.author');
      if (named?.kind === 'notebook.author') await rememberSettings(withAuthor(await getSettings(), named.author));
      return { revision };
    },

    async flush() {
      if (open) await open.store.flush();
      return save;
    },

    newNotebook: () =>
      serial(async () => {
        await mkdir(notebooksDir, { recursive: true }).catch(() => undefined);
        const chosen = await host.showSaveDialog({
          title: 'New notebook',
          defaultPath: path.join(notebooksDir, `Untitled notebook${NOTEBOOK_SUFFIX}`),
          filters: NOTEBOOK_FILTERS,
        });
        if (!chosen) throw cancelled('Creating a notebook');
        const file = notebookFileFor(chosen);
        if (existsSync(file)) {
          throw new ApiFailure('io', `“${path.basename(file)}” already exists, and a new notebook never replaces a file — choose another name.`, { file });
        }
        await createNotebookFile(file, emptyNotebook(titleFromNotebookFile(file), now()));
        return switchTo(file);
      }),

    openNotebook: (file) =>
      serial(async () => {
        if (file !== undefined) return switchTo(await knownFile(file));
        const chosen = await host.showOpenDialog({ title: 'Open notebook', defaultPath: folderForSaving(), filters: NOTEBOOK_FILTERS });
        if (!chosen) throw cancelled('Opening a notebook');
        return switchTo(chosen);
      }),

    restoreBackup: (file) =>
      serial(async () => {
        const target = await knownFile(file);
        if (open?.file === target) throw new ApiFailure('invalid-payload', 'That notebook is open and fine — there is nothing to restore.');
        await restoreStoreBackup(target);
        return switchTo(target);
      }),

    openFile: (file) => serial(() => switchTo(file)),
    async openOnLaunch(file) {
      // A file given that fails to open is logged; the window's session() then falls back to the last notebook.
      if (file) await verbs.openFile(file).catch((err: unknown) => log(`[notebook] could not open ${file}: ${String(err)}`));
      // Failing here is not the end: the window is told why when it asks.
      await verbs.session().catch((err: unknown) => {
        launchFailure = err;
      });
    },
    current: () => (open ? snapshot(open) : null),
    recent: () => settings?.recent ?? [],

    dispose: () =>
      serial(async () => {
        await settingsWritten;
        const o = open;
        if (!o) return;
        // close() saves what is pending; if that fails it throws and the notebook stays open,
        // so the caller can still offer Save a copy….
        await o.store.close();
        o.unsubscribe();
        open = null;
      }),
  };
  return { verbs, access: { notebooksDir, now, requireOpen, requireWritable, applyAll, stillOpen, folderForSaving, opened: () => open } };
}
