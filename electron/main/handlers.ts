// The main-process side of every window.notebook method, on top of the
// durable store. It holds the one open notebook, its revision and save
// status; everything the renderer sends has already been validated by
// dispatch(). Anything the system or the analyst can cause comes back as a
// typed error with one line to show; a file that fails to load is never
// written to.
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AboutInfo, ExportFormat, Handlers, ReanchorReport, SaveStatus, Session } from '../contract.ts';
import { applyOperation } from '../../notes/model/apply.ts';
import { type Operation } from '../../notes/model/ops.ts';
import { emptyNotebook, nowIso } from '../../notes/model/factory.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import {
  backupPathOf,
  createNotebookFile,
  openNotebook as openStore,
  restoreBackup as restoreStoreBackup,
  StoreError,
  writeFileAtomic,
  type NotebookStore,
} from '../../notes/store/index.ts';
import { reanchorSource } from '../../notes/anchoring/index.ts';
import { decodeSourceFile, formatSize, makeSource, MAX_SOURCE_BYTES } from '../../notes/sources/index.ts';
import { sampleNotebook } from '../../notes/samples/sample.ts';
import { ApiFailure, cancelled } from './errors.ts';
import { renderExport } from './exports.ts';
import {
  EXPORT_SPECS,
  exportFileName,
  isNotebookFileName,
  NOTEBOOK_FILTERS,
  NOTEBOOK_SUFFIX,
  notebookFileFor,
  reasonOf,
  SOURCE_FILTERS,
  titleFromNotebookFile,
  withExtension,
} from './files.ts';
import type { Host } from './host.ts';
import { loadSettings, saveSettings, withOpened, type Settings } from './settings.ts';

export const NOTEBOOKS_FOLDER = 'Research Notebook';
export const SAMPLE_FILE_NAME = `Coalition talks${NOTEBOOK_SUFFIX}`;

export interface HandlerOptions {
  /** Where new notebooks and the sample go; `<documentsDir>/Research Notebook` by default. */
  notebooksDir?: string;
  /** The clock, for stamping edits and imports. */
  now?: () => string;
  log?: (line: string) => void;
}

/** Handlers plus what only main itself may do (command line, menu, quit). */
export interface NotebookHandlers extends Handlers {
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

interface OpenNotebook {
  file: string;
  store: NotebookStore;
  notebook: Notebook;
  readOnly: boolean;
  /** Read-only: who holds the lock, when the lock file says. */
  heldBy: string | undefined;
  revision: number;
  unsubscribe: () => void;
}

interface FileBytes {
  name: string;
  data: Uint8Array;
}

export function createHandlers(host: Host, options: HandlerOptions = {}): NotebookHandlers {
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
    const next = withOpened(await getSettings(), file);
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

  async function pickTextFile(title: string): Promise<FileBytes> {
    const file = await host.showOpenDialog({ title, defaultPath: host.documentsDir, filters: SOURCE_FILTERS });
    if (!file) throw cancelled('The import');
    const name = path.basename(file);
    try {
      const info = await stat(file);
      if (info.size > MAX_SOURCE_BYTES) {
        throw new ApiFailure('bad-source', `“${name}” is ${formatSize(info.size)}; sources can be at most ${formatSize(MAX_SOURCE_BYTES)} — split it into smaller files and import those.`);
      }
      return { name, data: new Uint8Array(await readFile(file)) };
    } catch (err) {
      if (err instanceof ApiFailure) throw err;
      throw new ApiFailure('io', `“${name}” could not be read (${reasonOf(err)}) — check the file and import it again.`, { file });
    }
  }

  function decode(file: FileBytes) {
    const decoded = decodeSourceFile(file.name, file.data);
    if (!decoded.ok) throw new ApiFailure('bad-source', decoded.problem);
    return decoded;
  }

  /** After a wait (dialog, disk), the notebook may have been switched under us. */
  function stillOpen(o: OpenNotebook): void {
    if (open !== o) throw new ApiFailure('cancelled', 'Another notebook was opened in the meantime, so nothing was changed — try again.');
  }

  /** Writes an export or copy whole, or not at all. */
  async function writeOut(file: string, bytes: Uint8Array | string, what: string): Promise<void> {
    try {
      await writeFileAtomic(file, bytes);
    } catch (err) {
      throw new ApiFailure('io', `${what} could not be written to “${path.basename(file)}” (${reasonOf(err)}) — choose another folder and try again; nothing was written.`, { file });
    }
  }

  const folderForSaving = (): string => (open ? path.dirname(open.file) : notebooksDir);

  const handlers: NotebookHandlers = {
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
      return { revision: applyAll(o, ops) };
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

    async importSource(file) {
      const o = requireWritable();
      const decoded = decode(file ?? (await pickTextFile('Import source')));
      const source = await makeSource(decoded, { now: now() });
      stillOpen(o);
      return { sourceId: source.id, revision: applyAll(o, [{ kind: 'source.add', source }]) };
    },

    async reviseSource(sourceId, file): Promise<ReanchorReport & { revision: number }> {
      const o = requireWritable();
      const old = o.notebook.sources.find((s) => s.id === sourceId);
      if (!old) throw new ApiFailure('not-found', 'That source is no longer in the notebook — it may have been deleted.');
      const decoded = decode(file ?? (await pickTextFile(`New version of “${old.title}”`)));
      const fresh = await makeSource(decoded, { id: old.id, now: now(), publisher: old.publisher });
      stillOpen(o);
      // Keep what the analyst set about the source (title, publisher, url, date); only the text is new.
      const source = { ...old, text: fresh.text, format: fresh.format, sha256: fresh.sha256, importedAt: fresh.importedAt };
      const moved = reanchorSource(source.text, o.notebook.annotations.filter((a) => a.sourceId === sourceId));
      const revision = applyAll(o, [{ kind: 'source.replace', source, annotations: moved.annotations }]);
      return { sourceId, results: moved.results, revision };
    },

    restoreBackup: (file) =>
      serial(async () => {
        const target = await knownFile(file);
        if (open?.file === target) throw new ApiFailure('invalid-payload', 'That notebook is open and fine — there is nothing to restore.');
        await restoreStoreBackup(target);
        return switchTo(target);
      }),

    async saveCopy() {
      const o = requireOpen();
      const notebook = o.notebook;
      const chosen = await host.showSaveDialog({
        title: 'Save a copy',
        defaultPath: path.join(path.dirname(o.file), `${titleFromNotebookFile(o.file)} copy${NOTEBOOK_SUFFIX}`),
        filters: NOTEBOOK_FILTERS,
      });
      if (!chosen) throw cancelled('Saving a copy');
      const file = path.resolve(notebookFileFor(chosen));
      if (file === o.file) throw new ApiFailure('io', 'That is the notebook you are editing — choose another name for the copy.', { file });
      await writeOut(file, JSON.stringify(notebook), 'The copy');
      return { file };
    },

    async exportNotebook(format: ExportFormat) {
      const o = requireOpen();
      const notebook = o.notebook;
      const spec = EXPORT_SPECS[format];
      const chosen = await host.showSaveDialog({
        title: `Export ${spec.filter.name}`,
        // Named after the notebook file, which the analyst chose: “Coalition talks — briefing.md”.
        defaultPath: path.join(path.dirname(o.file), exportFileName(titleFromNotebookFile(o.file), format)),
        filters: [spec.filter],
      });
      if (!chosen) throw cancelled('The export');
      const file = withExtension(chosen, spec.filter.extensions);
      // A JSON export named like a notebook would replace that notebook (or leave a file that will not open as one).
      if (isNotebookFileName(file)) {
        throw new ApiFailure('io', `“${path.basename(file)}” is a notebook's file name; an export never replaces a notebook — choose another name (e.g. ending in .${spec.filter.extensions[0]}).`, { file });
      }
      // Rendered in full before anything touches the disk.
      const bytes = await renderExport(notebook, format, host);
      await writeOut(file, bytes, 'The export');
      return { file };
    },

    async openExternal(raw) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new ApiFailure('invalid-payload', 'That link is not a web address, so it was not opened.');
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ApiFailure('invalid-payload', `Only web links (http and https) open from a notebook; a “${url.protocol}” link was refused.`);
      }
      await host.openExternal(url.href);
      return null;
    },

    async about(): Promise<AboutInfo> {
      // The backup taken on open is written in the background; name it only once it is there.
      await open?.store.backedUp();
      const backup = open ? backupPathOf(open.file) : null;
      return {
        version: host.version,
        notebooksFolder: notebooksDir,
        file: open?.file ?? null,
        backup: backup && existsSync(backup) ? backup : null,
      };
    },

    openFile: (file) => serial(() => switchTo(file)),
    async openOnLaunch(file) {
      // A file given that fails to open is logged; the window's session() then falls back to the last notebook.
      if (file) await handlers.openFile(file).catch((err: unknown) => log(`[notebook] could not open ${file}: ${String(err)}`));
      // Failing here is not the end: the window is told why when it asks.
      await handlers.session().catch((err: unknown) => {
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
  return handlers;
}
