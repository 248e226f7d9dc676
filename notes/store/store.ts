// A notebook open for editing (or reading): lowdb's Low over our durable
// adapter, plus the lock, the backup rotation and the save status.
import path from 'node:path';
import { Low } from 'lowdb';
import type { Notebook } from '../model/schema.ts';
import { validateNotebook } from '../model/validate.ts';
import { NotebookFileAdapter } from './adapter.ts';
import { createFileAtomic, removeStaleTemps, writeChunksAtomic } from './atomic.ts';
import { backupFromBytes } from './backup.ts';
import { StoreError, errnoOf, ioError } from './errors.ts';
import { nodeFs, type StoreFs } from './fs-seam.ts';
import { hasBackup } from './load.ts';
import { acquireLock, type Holder, type NotebookLock } from './lock.ts';
import { notebookJson, serializeInSlices } from './serialize.ts';

/** Same shape as SaveStatus in electron/contract.ts. */
export interface SaveStatus {
  state: 'saved' | 'saving' | 'error';
  /** When the notebook last reached the disk (in this session). */
  savedAt?: string;
  message?: string;
}

export interface OpenOptions {
  /** Browse, compare, export: no lock, no backup, no saves. Works while another writer has the notebook. */
  readOnly?: boolean;
  /** Named in the 'locked' message another writer sees. */
  holder?: Holder;
  /** For tests: the file-system calls to use. */
  fs?: StoreFs;
}

export class NotebookStore {
  readonly file: string;
  readonly readOnly: boolean;
  /** The schema version the file was in when it was older than this app's (it is saved in the new one). */
  readonly migratedFrom: number | undefined;
  private readonly db: Low<Notebook>;
  private readonly adapter: NotebookFileAdapter;
  private readonly lock: NotebookLock | undefined;
  private readonly fs: StoreFs;
  private listeners = new Set<(status: SaveStatus) => void>();
  private current: SaveStatus;
  private closed = false;
  /** The backup made on open, written while the analyst starts working; settles, never rejects. */
  private readonly backingUp: Promise<void>;

  /** Use openNotebook(). */
  constructor(
    file: string,
    db: Low<Notebook>,
    adapter: NotebookFileAdapter,
    lock: NotebookLock | undefined,
    fs: StoreFs,
    migratedFrom: number | undefined,
    backingUp: Promise<void> = Promise.resolve(),
  ) {
    this.file = file;
    this.backingUp = backingUp;
    this.db = db;
    this.adapter = adapter;
    this.lock = lock;
    this.fs = fs;
    this.readOnly = lock === undefined;
    this.migratedFrom = migratedFrom;
    this.current = { state: 'saved' };
  }

  get notebook(): Notebook {
    return this.db.data;
  }

  get status(): SaveStatus {
    return this.current;
  }

  /** Reports 'saving' / 'saved' / 'error'; returns the unsubscribe function. */
  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** @internal the adapter reports through this. */
  report(status: SaveStatus): void {
    this.current = status;
    for (const listener of this.listeners) {
      // A failing listener must not stall the save loop that reports through here.
      try {
        listener(status);
      } catch {
        // ignored: the status is still recorded in `status`
      }
    }
  }

  /**
   * Makes `notebook` the current state and saves it soon (coalesced). The
   * store keeps the object: never mutate it, or any object in it, afterwards
   * — edits return new objects for what they change (notes/model/ops.ts).
   * Saves reuse the JSON of objects they saw before, by identity, so a change
   * made in place would not reach the disk. A failed save keeps the state
   * and is retried on the next set() or flush(); the status says 'error'
   * meanwhile.
   */
  set(notebook: Notebook): void {
    this.assertWritable();
    this.db.data = notebook;
    this.db.write().catch(() => undefined /* reported through onStatus */);
  }

  /** Resolves once the backup made on open has been written (or has failed, leaving the previous one). */
  backedUp(): Promise<void> {
    return this.backingUp;
  }

  /** Resolves when the latest state (and the backup made on open) is on disk; rejects with the StoreError if it cannot get there. */
  async flush(): Promise<void> {
    if (this.readOnly || this.closed) return;
    await this.backingUp;
    await this.adapter.flush();
  }

  /**
   * Saves what is pending and releases the lock. The backup is left as it
   * was made on open: the version before this session's edits. If the
   * final save fails, the store stays open (state and lock kept) and the
   * error is thrown, so the app can offer Save a copy…; after that, or when
   * the analyst chose to discard, `discardUnsaved` closes it without trying
   * to save again.
   */
  async close(options: { discardUnsaved?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    if (this.lock) {
      // The backup of the bytes read is finished before the lock goes.
      await this.backingUp;
      // Discarding, no save is tried again: one that went through now would change a file the
      // analyst was told was left as it was.
      if (!options.discardUnsaved) await this.adapter.flush();
      await this.lock.release();
    }
    this.closed = true;
    this.listeners.clear();
  }

  private assertWritable(): void {
    const name = path.basename(this.file);
    if (this.closed) throw new StoreError('io', this.file, `${name} was closed — open it again to keep editing`);
    if (this.readOnly) throw new StoreError('io', this.file, `${name} is open read-only — choose Save a copy… to keep your changes in another file`);
  }
}

/** Refuses writable opens of a file its owner marked read-only (root ignores the bit, so check it). */
async function assertFileWritable(file: string, fs: StoreFs): Promise<void> {
  let mode: number;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    mode = stat.mode;
  } catch (err) {
    throw ioError(err, file, 'open', { backupAvailable: await hasBackup(file, fs) });
  }
  if ((mode & 0o222) === 0) {
    throw new StoreError('io', file, `${path.basename(file)} is a read-only file — to edit it, make it writable (clear its Read-only or Locked setting) and try again`);
  }
}

/** Why `file` has no real path; a link whose target is gone says so, since the analyst can see the link. */
async function unresolvable(err: unknown, file: string, fs: StoreFs): Promise<StoreError> {
  const backupAvailable = await hasBackup(file, fs);
  const target = errnoOf(err) === 'ENOENT' ? await fs.readlink(file).catch(() => undefined) : undefined;
  if (target === undefined) return ioError(err, file, 'open', { backupAvailable });
  return new StoreError(
    'not-found',
    file,
    `${path.basename(file)} is a link to ${target}, which was not found — it may have been moved, renamed or deleted; choose Open… to find it`,
    { backupAvailable, cause: err },
  );
}

/**
 * Opens a notebook file. Writable opens take the lock (StoreError 'locked'
 * if another window or the CLI has it), load and validate the file, then
 * refresh the backup from the bytes just read — in the background: open
 * returns without waiting for that write (7 MB at 10k annotations), and
 * every save waits for it, so the file is never replaced before the backup
 * holds what was read; flush() and close() wait for it too. Errors:
 * 'not-found', 'damaged', 'newer-version', 'locked', 'io' — the file is
 * never changed.
 */
export async function openNotebook(file: string, options: OpenOptions = {}): Promise<NotebookStore> {
  const fs = options.fs ?? nodeFs;
  // The lock and the saves belong to the real file; renaming over a symlink would replace the link.
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch (err) {
    throw await unresolvable(err, file, fs);
  }
  let store: NotebookStore | undefined;
  let lock: NotebookLock | undefined;
  let backingUp: Promise<void> = Promise.resolve();
  const adapter = new NotebookFileAdapter(real, {
    fs,
    // No save writes before the backup of the bytes read is on disk.
    beforeSave: () => backingUp,
    // The lock is checked while the save's temp file is written, and must still be ours before it replaces the file.
    beforeReplace: async () => lock?.verify(),
    events: {
      saving: () => store?.report({ state: 'saving', ...savedAt(store.status) }),
      saved: (at) => store?.report({ state: 'saved', savedAt: at.toISOString() }),
      failed: (error) => store?.report({ state: 'error', message: error.message, ...savedAt(store.status) }),
    },
  });
  if (!options.readOnly) {
    await assertFileWritable(real, fs);
    lock = await acquireLock(real, options.holder ?? 'app', fs);
  }
  try {
    const notebook = await adapter.read();
    const loaded = adapter.loaded!;
    // lowdb's default data is the notebook just read: our read() throws rather than return null,
    // so Low never falls back to defaults.
    const db = new Low<Notebook>(adapter, notebook);
    if (lock) backingUp = refreshBackup(real, loaded.bytes, fs);
    store = new NotebookStore(real, db, adapter, lock, fs, loaded.migratedFrom, backingUp);
    adapter.loaded = undefined; // the backup holds on to the bytes until written; they can be large
    return store;
  } catch (err) {
    await lock?.release();
    throw err;
  }
}

/**
 * Clears what killed writers left, then writes the backup from the bytes
 * read. A failed backup leaves the previous one intact and is not worth
 * failing the open (or the saves waiting for it) over.
 */
async function refreshBackup(file: string, bytes: Uint8Array, fs: StoreFs): Promise<void> {
  try {
    await removeStaleTemps(file, { fs });
    await backupFromBytes(file, bytes, fs);
  } catch {
    // the previous backup, if any, is still in place
  }
}

const savedAt = (status: SaveStatus): { savedAt?: string } => (status.savedAt ? { savedAt: status.savedAt } : {});

/**
 * Writes a new notebook file, refusing to replace an existing one (StoreError
 * 'io'). The notebook must validate. Open it with openNotebook afterwards.
 */
export async function createNotebookFile(file: string, notebook: Notebook, options: { fs?: StoreFs } = {}): Promise<void> {
  const checked = validateNotebook(notebook);
  if (!checked.ok) throw new StoreError('damaged', file, `The new notebook ${path.basename(file)} was not written: ${checked.problem}`);
  const result = await createFileAtomic(file, notebookJson(notebook), { fs: options.fs ?? nodeFs, action: 'write' });
  if (result === 'exists') {
    throw new StoreError('io', file, `${path.basename(file)} already exists — choose another name, or open it instead`);
  }
}

/**
 * Writes `notebook` to `file` (Save a copy…), replacing it if it exists, with
 * the same durable path and sliced serialization as a save, so a 100 MB
 * notebook does not freeze the app. Not for a file another writer has open.
 */
export async function saveNotebookCopy(file: string, notebook: Notebook, options: { fs?: StoreFs } = {}): Promise<void> {
  await writeChunksAtomic(file, serializeInSlices(notebook), { fs: options.fs ?? nodeFs, action: 'write' });
}
