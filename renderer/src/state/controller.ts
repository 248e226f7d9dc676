// The renderer's copy of the notebook and the link to main. Edits apply here
// first (so typing never waits on IPC), then go to main in order, one call at
// a time, each naming the revision it builds on. If main refuses one, the
// renderer shows why and reloads main's notebook: main's copy is the truth.
// Plain TypeScript with no React, so it is tested with a fake api.
import type { ApiError, NotebookApi, NotebookEvent, ReanchorReport, Result, SaveStatus, Session } from '../../../electron/contract.ts';
import { applyOperation, OperationError } from '../../../notes/model/apply.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Notebook } from '../../../notes/model/schema.ts';
import { describeEdit } from './describeEdit.ts';
import { afterRedo, afterUndo, EMPTY_HISTORY, record, type History } from './history.ts';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
  /** Offer an Undo button (after a delete). */
  undoable?: boolean;
}

export interface ControllerState {
  phase: 'loading' | 'ready' | 'failed';
  session: Session | null;
  notebook: Notebook | null;
  /** Why the notebook could not be opened (phase 'failed'). */
  loadError: ApiError | null;
  saveStatus: SaveStatus;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo and Redo would do, in words ("delete annotation"); '' when nothing. */
  undoLabel: string;
  redoLabel: string;
  notice: Notice | null;
}

export interface ApplyOptions {
  /** Consecutive edits with the same key undo as one step (one typing session in a note). */
  coalesce?: string;
}

type Listener = () => void;
export type FileBytes = { name: string; data: Uint8Array<ArrayBuffer> };
const MAX_OPS_PER_CALL = 1000;

const READ_ONLY_MESSAGE = 'This notebook is open in another window or in the command line, so it is read-only here — close it there to edit.';

export class NotebookController {
  private state: ControllerState = {
    phase: 'loading',
    session: null,
    notebook: null,
    loadError: null,
    saveStatus: { state: 'saved' },
    readOnly: false,
    canUndo: false,
    canRedo: false,
    undoLabel: '',
    redoLabel: '',
    notice: null,
  };
  private history: History = EMPTY_HISTORY;
  /** Main's revision once every edit sent so far is applied. */
  private revision = 0;
  private queue: Operation[] = [];
  private sendScheduled = false;
  private inflight = new Set<Promise<void>>();
  /** Bumped when main's notebook replaces ours, so answers to older calls are ignored. */
  private generation = 0;
  private noticeId = 0;
  private listeners = new Set<Listener>();
  private flushers = new Set<() => void>();
  private eventListeners = new Set<(event: NotebookEvent) => void>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    readonly api: NotebookApi,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  getState = (): ControllerState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Menu commands and other events, for the UI. */
  onEvent(listener: (event: NotebookEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  private set(patch: Partial<ControllerState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Subscribes to main's events and shows its notebook. */
  async start(): Promise<void> {
    this.unsubscribe ??= this.api.onEvent((event) => this.handleEvent(event));
    await this.load(this.api.session());
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private handleEvent(event: NotebookEvent): void {
    if (event.type === 'session') this.adopt(event.session);
    else if (event.type === 'save-status') {
      // A failed save must be seen, not only hovered: say it once, when it starts failing.
      if (event.status.state === 'error' && this.state.saveStatus.state !== 'error') {
        this.notify(`Not saved — ${event.status.message ?? 'the notebook could not be written; check the disk, then edit again to retry.'}`);
      }
      this.set({ saveStatus: event.status });
    }
    else if (event.type === 'error') this.notify(event.error.message);
    for (const listener of this.eventListeners) listener(event);
  }

  /** Shows the notebook a call returns (open, new, restore), or why it failed. */
  async load(call: Promise<Awaited<ReturnType<NotebookApi['session']>>>): Promise<boolean> {
    const result = await call;
    if (result.ok) return this.adopt(result.value);
    if (result.error.code !== 'cancelled') this.cannotShow(result.error);
    return false;
  }

  /** Over the notebook shown, a notice; with none shown yet, the error screen. */
  private cannotShow(error: ApiError): void {
    if (this.state.phase === 'ready') this.notify(error.message);
    else this.set({ phase: 'failed', loadError: error });
  }

  /** Replaces everything by main's notebook: pending edits and history belong to the old one. */
  private adopt(session: Session): boolean {
    const notebook = session.notebook;
    this.generation++;
    this.queue = [];
    this.history = EMPTY_HISTORY;
    this.revision = session.revision;
    this.set({
      phase: 'ready',
      session,
      notebook,
      loadError: null,
      saveStatus: session.save,
      readOnly: session.readOnly,
      canUndo: false,
      canRedo: false,
      undoLabel: '',
      redoLabel: '',
    });
    return true;
  }

  async resync(): Promise<void> {
    const result = await this.api.session();
    if (result.ok) this.adopt(result.value);
    else this.notify(result.error.message);
  }

  notify(message: string, kind: Notice['kind'] = 'error', undoable = false): void {
    this.set({ notice: { id: ++this.noticeId, kind, message, ...(undoable ? { undoable } : {}) } });
  }

  dismissNotice(id?: number): void {
    if (id === undefined || this.state.notice?.id === id) this.set({ notice: null });
  }

  /**
   * Applies an edit now and sends it to main. Several operations made by one
   * action go as one batch, so they undo as one. Returns false (and says why)
   * when the edit cannot apply.
   */
  apply(input: Operation | Operation[], options: ApplyOptions = {}): boolean {
    const op = toOne(input);
    if (!op) return true;
    const applied = this.applyLocally(op);
    if (!applied) return false;
    this.history = record(this.history, op, applied, options.coalesce);
    this.publishHistory();
    return true;
  }

  undo(): void {
    const entry = this.history.undo.at(-1);
    if (!entry) return;
    const inverse = this.applyLocally(entry.undo);
    if (!inverse) return;
    this.history = afterUndo(this.history, inverse);
    this.publishHistory();
  }

  redo(): void {
    const entry = this.history.redo.at(-1);
    if (!entry) return;
    const inverse = this.applyLocally(entry.redo);
    if (!inverse) return;
    this.history = afterRedo(this.history, inverse);
    this.publishHistory();
  }

  private applyLocally(op: Operation): Operation | null {
    const notebook = this.state.notebook;
    if (!notebook) return null;
    if (this.state.readOnly) {
      this.notify(READ_ONLY_MESSAGE);
      return null;
    }
    let result;
    try {
      result = applyOperation(notebook, op, this.clock());
    } catch (error) {
      if (!(error instanceof OperationError)) throw error;
      this.notify(error.message);
      return null;
    }
    this.set({ notebook: result.notebook });
    this.queue.push(op);
    this.scheduleSend();
    return result.inverse;
  }

  private publishHistory(): void {
    this.set({
      canUndo: this.history.undo.length > 0,
      canRedo: this.history.redo.length > 0,
      undoLabel: describeEdit(this.history.undo.at(-1)?.redo),
      redoLabel: describeEdit(this.history.redo.at(-1)?.redo),
    });
  }

  /** Edits made in one task go to main together, in one call. */
  private scheduleSend(): void {
    if (this.sendScheduled) return;
    this.sendScheduled = true;
    queueMicrotask(() => this.sendNow());
  }

  /**
   * Sends every queued edit now. Calls are not awaited one by one: main applies
   * them in the order they arrive and bumps its revision by one per operation,
   * so each call can name the revision the previous ones lead to.
   */
  private sendNow(): void {
    this.sendScheduled = false;
    while (this.queue.length) {
      const ops = this.queue.splice(0, MAX_OPS_PER_CALL);
      const base = this.revision;
      this.revision += ops.length;
      const generation = this.generation;
      const call = this.api.apply(ops, base).then(async (result) => {
        if (generation !== this.generation) return;
        if (result.ok && result.value.revision === base + ops.length) return;
        // Main refused (or is elsewhere): later calls of this generation will fail too; only this one reports.
        this.generation++;
        this.notify(`${result.ok ? 'The notebook changed elsewhere.' : result.error.message} Your last change was not kept; the notebook was reloaded.`);
        await this.resync();
      });
      this.inflight.add(call);
      void call.finally(() => this.inflight.delete(call));
    }
  }

  /** Resolves when main has answered every edit sent so far. */
  async settled(): Promise<void> {
    this.sendNow();
    while (this.inflight.size) await Promise.all([...this.inflight]);
  }

  /** Note editors register here so their unsent typing is applied before a flush. */
  addFlusher(flush: () => void): () => void {
    this.flushers.add(flush);
    return () => this.flushers.delete(flush);
  }

  /** Applies what note editors hold but have not applied yet (before undo, a flush, a view switch). */
  applyDrafts(): void {
    for (const flush of this.flushers) flush();
  }

  /** Everything typed so far goes to main and to disk (the window is closing or hiding). */
  async flush(): Promise<void> {
    this.applyDrafts();
    // Sent synchronously: when the window is closing there may be no later task.
    this.sendNow();
    const status = await this.api.flush();
    if (status.ok) this.set({ saveStatus: status.value });
  }

  /** Imports a source (dropped bytes, or a dialog) and returns its id once the notebook shows it. */
  async importSource(file?: FileBytes): Promise<string | null> {
    return (await this.mainEdit(() => this.api.importSource(file)))?.sourceId ?? null;
  }

  /** Replaces a source's text by a new version (bytes, or a dialog); main re-anchors its annotations. */
  async reviseSource(sourceId: string, file?: FileBytes): Promise<ReanchorReport | null> {
    return this.mainEdit(() => this.api.reviseSource(sourceId, file));
  }

  /** An edit main makes itself (it reads files): our edits go first, then main's notebook is shown. */
  private async mainEdit<T>(call: () => Promise<Result<T>>): Promise<T | null> {
    if (this.state.readOnly) {
      this.notify(READ_ONLY_MESSAGE);
      return null;
    }
    // Main's revision moves on with this edit; ours must be current first.
    await this.settled();
    const result = await call();
    if (!result.ok) {
      if (result.error.code !== 'cancelled') this.notify(result.error.message);
      return null;
    }
    const session = await this.api.session();
    if (!session.ok) {
      this.notify(session.error.message);
      return null;
    }
    // Not an edit the analyst can undo here; the history before it still applies, so keep it.
    const history = this.history;
    this.adopt(session.value);
    this.history = history;
    this.publishHistory();
    return result.value;
  }
}

function toOne(input: Operation | Operation[]): Operation | null {
  if (!Array.isArray(input)) return input;
  if (input.length === 0) return null;
  return input.length === 1 ? input[0]! : { kind: 'batch', ops: input };
}
