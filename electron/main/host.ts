// What the handlers need from the world outside the notebook: dialogs, PDF
// printing, the system browser, a way to push events to the window, and the
// folders to use. Electron implements it in index.ts; the e2e harness
// implements it over Playwright, so both run the very same handlers.
import type { NotebookEvent } from '../contract.ts';

export interface FileFilter {
  name: string;
  /** Without the dot: ['txt', 'md']. */
  extensions: string[];
}

export interface OpenDialogOptions {
  title: string;
  defaultPath?: string;
  filters?: FileFilter[];
}

export interface SaveDialogOptions {
  title: string;
  /** A suggested full path: folder and file name. */
  defaultPath: string;
  filters?: FileFilter[];
}

export interface Host {
  /** The chosen file, or null when the analyst cancelled. */
  showOpenDialog(options: OpenDialogOptions): Promise<string | null>;
  /** The chosen file, or null when the analyst cancelled. */
  showSaveDialog(options: SaveDialogOptions): Promise<string | null>;
  /** Renders standalone HTML (no scripts run) to PDF bytes. */
  printToPdf(html: string): Promise<Uint8Array>;
  /** Opens an http(s) URL in the system browser; the handlers have already checked it. */
  openExternal(url: string): Promise<void>;
  send(event: NotebookEvent): void;
  readonly documentsDir: string;
  readonly userDataDir: string;
  readonly version: string;
}
