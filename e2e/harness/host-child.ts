// The main-process handlers in a process of their own, so a test can SIGKILL
// "main" mid-edit, as a crash or a power cut would, and start it again on the
// same folders. Forked by child-host.ts as `node --import tsx host-child.ts
// <init JSON>`; everything the handlers ask of the world outside (dialogs, PDF
// printing, the system browser, events for the window) goes to the harness
// over the IPC channel.
import { dispatch } from '../../electron/main/dispatch.ts';
import { createHandlers } from '../../electron/main/handlers.ts';
import type { Host } from '../../electron/main/host.ts';
import type { ChildInit, FromChild, HostRequest, ToChild } from './host-protocol.ts';

const init = JSON.parse(process.argv[2] ?? '') as ChildInit;

function post(message: FromChild): void {
  // After the harness has gone, there is nobody to tell.
  if (process.connected) process.send?.(message, undefined, {}, () => undefined);
}

const asked = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
let nextId = 0;

function ask<T>(request: HostRequest): Promise<T> {
  const id = ++nextId;
  return new Promise<T>((resolve, reject) => {
    asked.set(id, { resolve: resolve as (value: unknown) => void, reject });
    post({ type: 'host', id, ...request });
  });
}

const host: Host = {
  showOpenDialog: (options) => ask({ method: 'showOpenDialog', args: [options] }),
  showSaveDialog: (options) => ask({ method: 'showSaveDialog', args: [options] }),
  printToPdf: (html) => ask({ method: 'printToPdf', args: [html] }),
  openExternal: (url) => ask({ method: 'openExternal', args: [url] }),
  send: (event) => post({ type: 'event', event }),
  documentsDir: init.documentsDir,
  userDataDir: init.userDataDir,
  version: init.version,
};

const handlers = createHandlers(host, { notebooksDir: init.notebooksDir });

async function dispose(): Promise<string | undefined> {
  try {
    await handlers.dispose();
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

process.on('message', (message: ToChild) => {
  switch (message.type) {
    case 'call':
      void dispatch(handlers, message.name, message.args).then((result) => post({ type: 'reply', id: message.id, result }));
      break;
    case 'host-reply': {
      const waiting = asked.get(message.id);
      asked.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.message));
      break;
    }
    case 'launch':
      void handlers.openOnLaunch();
      break;
    case 'dispose':
      void dispose().then((error) => post({ type: 'disposed', id: message.id, ...(error === undefined ? {} : { error }) }));
      break;
  }
});

// The harness went away without quitting us (a crashed test run): save, release the lock, leave.
process.on('disconnect', () => {
  void dispose().finally(() => process.exit(0));
});

post({ type: 'ready' });
