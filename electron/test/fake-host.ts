// A Host for unit tests: real folders, dialogs answered from queues, events and
// opened links recorded, PDF "printed" as a marker plus the HTML it was given.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NotebookEvent } from '../contract.ts';
import type { Host, OpenDialogOptions, SaveDialogOptions } from '../main/host.ts';

export interface FakeHost extends Host {
  root: string;
  opens: (string | null)[];
  saves: (string | null)[];
  asked: (OpenDialogOptions | SaveDialogOptions)[];
  events: NotebookEvent[];
  external: string[];
  printed: string[];
  cleanup(): Promise<void>;
}

export async function fakeHost(): Promise<FakeHost> {
  const root = await mkdtemp(path.join(tmpdir(), 'notebook-handlers-'));
  const host: FakeHost = {
    root,
    opens: [],
    saves: [],
    asked: [],
    events: [],
    external: [],
    printed: [],
    documentsDir: path.join(root, 'Documents'),
    userDataDir: path.join(root, 'userData'),
    version: '9.9.9-test',
    async showOpenDialog(options) {
      host.asked.push(options);
      return host.opens.shift() ?? null;
    },
    async showSaveDialog(options) {
      host.asked.push(options);
      return host.saves.shift() ?? null;
    },
    async printToPdf(html) {
      host.printed.push(html);
      return new TextEncoder().encode(`%PDF-1.7 fake, ${html.length} characters of HTML`);
    },
    async openExternal(url) {
      host.external.push(url);
    },
    send(event) {
      host.events.push(event);
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
  return host;
}
