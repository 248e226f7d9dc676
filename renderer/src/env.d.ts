/// <reference types="vite/client" />
import type { NotebookApi } from '../../electron/contract.ts';

declare global {
  interface Window {
    /** Exposed by the preload script (or the e2e harness): the only way to reach the main process. */
    notebook: NotebookApi;
  }
}

export {};
