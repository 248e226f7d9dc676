// The lowdb adapter for a notebook file. lowdb's own JSONFile adapter writes
// through steno (temp file + rename) but never fsyncs, and two writers on one
// file corrupt it; this one writes through writeChunksAtomic and coalesces:
// one save at a time, and however many writes arrive during a save, at most
// one more follows it, carrying the latest state.
//
// read() never returns null: lowdb would then fall back to its default data
// and a save would overwrite the analyst's file with it. A file that cannot be
// used throws a StoreError instead.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Adapter } from 'lowdb';
import type { Notebook } from '../model/schema.ts';
import { writeChunksAtomic } from './atomic.ts';
import { StoreError, ioError } from './errors.ts';
import { nodeFs, type StoreFs } from './fs-seam.ts';
import { loadNotebookFile, type LoadedNotebook } from './load.ts';
import { serializeInSlices } from './serialize.ts';

export interface AdapterEvents {
  saving(): void;
  saved(at: Date): void;
  failed(error: StoreError): void;
}

interface Waiter {
  generation: number;
  resolve(): void;
  reject(error: StoreError): void;
}

export class NotebookFileAdapter implements Adapter<Notebook> {
  /** The last read, with the bytes the backup is made from. */
  loaded: LoadedNotebook | undefined;
  private latest: Notebook | undefined;
  /** Bumped by every write(); `savedGeneration` is the one on disk. */
  private generation = 0;
  private savedGeneration = 0;
  private saving = false;
  private waiters: Waiter[] = [];
  readonly file: string;
  private readonly fs: StoreFs;
  private readonly beforeSave: () => Promise<void>;
  private readonly beforeReplace: () => Promise<void>;
  private readonly events: Partial<AdapterEvents>;

  /**
   * `beforeSave` is awaited before a save writes anything; `beforeReplace`
   * runs while the temp file is written and must pass before it replaces the
   * file (a failure of either fails the save).
   */
  constructor(
    file: string,
    options: { fs?: StoreFs; beforeSave?: () => Promise<void>; beforeReplace?: () => Promise<void>; events?: Partial<AdapterEvents> } = {},
  ) {
    this.file = file;
    this.fs = options.fs ?? nodeFs;
    this.beforeSave = options.beforeSave ?? (async () => undefined);
    this.beforeReplace = options.beforeReplace ?? (async () => undefined);
    this.events = options.events ?? {};
  }

  async read(): Promise<Notebook> {
    this.loaded = await loadNotebookFile(this.file, this.fs);
    return this.loaded.notebook;
  }

  /** Resolves once `data` (or a later state) is on disk; rejects if that save fails. */
  write(data: Notebook): Promise<void> {
    this.latest = data;
    this.generation += 1;
    return this.waitFor(this.generation);
  }

  /** Resolves once the latest state is on disk, retrying a failed save. */
  flush(): Promise<void> {
    return this.waitFor(this.generation);
  }

  get dirty(): boolean {
    return this.savedGeneration < this.generation;
  }

  private waitFor(generation: number): Promise<void> {
    if (generation <= this.savedGeneration) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ generation, resolve, reject }));
    if (!this.saving) {
      this.saving = true;
      void this.drain();
    }
    return done;
  }

  private async drain(): Promise<void> {
    // Let a burst of synchronous writes land before the first save starts.
    await nextTurn();
    this.events.saving?.();
    while (this.savedGeneration < this.generation) {
      const generation = this.generation;
      const data = this.latest!;
      try {
        await this.beforeSave();
        await writeChunksAtomic(this.file, serializeInSlices(data), { fs: this.fs, action: 'save', beforeReplace: this.beforeReplace() });
      } catch (err) {
        const error = ioError(err, this.file, 'save');
        // The state stays in memory; the next write() or flush() tries again.
        this.saving = false;
        const failed = this.waiters;
        this.waiters = [];
        this.events.failed?.(error);
        for (const w of failed) w.reject(error);
        return;
      }
      this.savedGeneration = generation;
      this.waiters = this.waiters.filter((w) => {
        if (w.generation > generation) return true;
        w.resolve();
        return false;
      });
    }
    // No await between the loop test and this line, so a write() arriving now starts a new drain.
    this.saving = false;
    this.events.saved?.(new Date());
  }
}
