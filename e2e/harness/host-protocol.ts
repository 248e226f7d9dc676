// The messages between the harness and a main-process host running in a
// child Node process (launchApp({ hostProcess: 'child' })). The channel is
// Node's IPC with `serialization: 'advanced'`, so bytes (imports, PDFs) and
// sessions cross as structured clones, as they do over Electron's IPC.
import type { NotebookEvent, Result } from '../../electron/contract.ts';
import type { OpenDialogOptions, SaveDialogOptions } from '../../electron/main/host.ts';

/** What the child needs to build the handlers; passed as its one argument (JSON). */
export interface ChildInit {
  notebooksDir: string;
  documentsDir: string;
  userDataDir: string;
  version: string;
}

/** The Host methods that need the harness (dialogs, the PDF page, the system browser). */
export type HostRequest =
  | { method: 'showOpenDialog'; args: [OpenDialogOptions] }
  | { method: 'showSaveDialog'; args: [SaveDialogOptions] }
  | { method: 'printToPdf'; args: [string] }
  | { method: 'openExternal'; args: [string] };

export type ToChild =
  | { type: 'call'; id: number; name: unknown; args: unknown }
  | { type: 'host-reply'; id: number; ok: true; value: unknown }
  | { type: 'host-reply'; id: number; ok: false; message: string }
  | { type: 'launch' }
  | { type: 'dispose'; id: number };

export type FromChild =
  | { type: 'ready' }
  | { type: 'reply'; id: number; result: Result<unknown> }
  | ({ type: 'host'; id: number } & HostRequest)
  | { type: 'event'; event: NotebookEvent }
  | { type: 'disposed'; id: number; error?: string };
