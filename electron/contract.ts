// The one list of what the renderer may ask of the main process. Main,
// preload and the test harness all derive from `contract`; the renderer sees
// its type as `window.notebook`. Add a method here and nowhere else.
import { z } from 'zod';
import { Id } from '../notes/model/schema.ts';
import { Operation } from '../notes/model/ops.ts';
import type { Notebook } from '../notes/model/schema.ts';

export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx', 'w3c', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ApiErrorCode =
  | 'invalid-payload' // the renderer sent something the contract does not allow
  | 'not-found'
  | 'locked' // another window or the CLI is writing this notebook
  | 'damaged' // the file does not parse or validate; it is left untouched
  | 'newer-version'
  | 'io' // disk full, permission denied, …
  | 'bad-source' // an import that is not readable text
  | 'operation' // an edit that does not fit the notebook
  | 'cancelled' // the user closed a dialog
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** One line for the analyst: what is wrong and what to do. */
  message: string;
  /** The file the error is about, when there is one. */
  file?: string;
  /** True when a backup of that file exists and `restoreBackup` can bring it back. */
  backupAvailable?: boolean;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface SaveStatus {
  state: 'saved' | 'saving' | 'error';
  /** When the notebook last reached the disk. */
  savedAt?: string;
  message?: string;
}

export interface Session {
  /** The notebook file being edited. */
  file: string;
  notebook: Notebook;
  /** Bumped by every applied operation; `apply` names the revision it builds on. */
  revision: number;
  /** True when another process holds the lock: browse, compare and export still work. */
  readOnly: boolean;
  /** Read-only: who holds the lock, e.g. `another Research Notebook window (pid 4242) since 2026-11-25 10:32`. */
  heldBy?: string;
  recent: string[];
  save: SaveStatus;
}

export interface ReanchorReport {
  sourceId: string;
  results: { annotationId: string; state: 'exact' | 'moved' | 'fuzzy' | 'orphaned'; errors?: number }[];
}

export interface AboutInfo {
  version: string;
  notebooksFolder: string;
  file: string | null;
  backup: string | null;
}

/** Commands the application menu sends to the window; each is also in the command palette (renderer/src/shell/commands.ts). */
export const MENU_COMMANDS = ['undo', 'redo', 'find', 'import', 'view-reader', 'view-compare', 'view-briefing', 'palette'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What main pushes to the renderer. */
export type NotebookEvent =
  | { type: 'session'; session: Session } // another notebook was opened (menu, second launch)
  | { type: 'save-status'; status: SaveStatus }
  | { type: 'menu'; command: MenuCommand }
  | { type: 'error'; error: ApiError };

const FileBytes = z.object({
  name: z.string().min(1).max(255),
  data: z.instanceof(Uint8Array),
});

/** Declares one method: the zod schema of its argument list and (phantom) result type. */
function method<R>() {
  return <A extends z.ZodTuple>(args: A) => ({ args, result: undefined as unknown as R });
}

export const contract = {
  /** The notebook this window shows: the last one, or the sample on first launch. */
  session: method<Session>()(z.tuple([])),
  /** Applies edits made in the renderer; saved shortly after (coalesced). */
  apply: method<{ revision: number }>()(z.tuple([z.array(Operation).min(1).max(1000), z.number().int().nonnegative()])),
  /** Writes any pending save now (the window is closing). */
  flush: method<SaveStatus>()(z.tuple([])),
  newNotebook: method<Session>()(z.tuple([])),
  /** Opens a notebook: the path from Open Recent, or a dialog when none is given. */
  openNotebook: method<Session>()(z.tuple([z.string().min(1).max(4096).optional()])),
  /** Imports a .txt/.md as a new source: dropped bytes, or a dialog when none are given. */
  importSource: method<{ sourceId: string; revision: number }>()(z.tuple([FileBytes.optional()])),
  /** Replaces a source's text by a new version and re-anchors its annotations. */
  reviseSource: method<ReanchorReport & { revision: number }>()(z.tuple([Id, FileBytes.optional()])),
  /** Replaces a damaged notebook file by its backup (the damaged one is kept aside). */
  restoreBackup: method<Session>()(z.tuple([z.string().min(1).max(4096)])),
  saveCopy: method<{ file: string }>()(z.tuple([])),
  exportNotebook: method<{ file: string }>()(z.tuple([z.enum(EXPORT_FORMATS)])),
  /** http(s) links from notes open in the system browser, never in the app. */
  openExternal: method<null>()(z.tuple([z.string().max(4096)])),
  about: method<AboutInfo>()(z.tuple([])),
} as const;

export type MethodName = keyof typeof contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const channelOf = (name: MethodName): string => `notebook:${name}`;
export const EVENT_CHANNEL = 'notebook:event';

type Args<K extends MethodName> = z.input<(typeof contract)[K]['args']>;
type Returns<K extends MethodName> = (typeof contract)[K]['result'];

export type NotebookApi = { [K in MethodName]: (...args: Args<K>) => Promise<Result<Returns<K>>> } & {
  /** Subscribes to main's events; returns the unsubscribe function. */
  onEvent(listener: (event: NotebookEvent) => void): () => void;
};

/** Main-side implementation of every method, with already-validated arguments. */
export type Handlers = { [K in MethodName]: (...args: z.output<(typeof contract)[K]['args']>) => Promise<Returns<K>> };
