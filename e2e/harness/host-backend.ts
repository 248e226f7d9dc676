// Where the harness runs the main-process handlers: in the test's own process
// (the default), or in a child Node process (host-child.ts) that a test can
// SIGKILL mid-edit. Both record every call, reply and event in order, so a
// test can tell which edits main had reported saved before a kill.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { NotebookEvent, Result } from '../../electron/contract.ts';
import { dispatch } from '../../electron/main/dispatch.ts';
import { createHandlers } from '../../electron/main/handlers.ts';
import type { Host } from '../../electron/main/host.ts';
import type { ChildInit, FromChild, ToChild } from './host-protocol.ts';

export type HostProcess = 'in-process' | 'child';

/** One line of the host log, in the order the harness saw it. */
export type HostRecord = HostMessage & {
  /** When the harness saw it (ms, performance.now()). */
  at?: number;
};

type HostMessage =
  | { type: 'start'; pid: number }
  /** Main starts opening the notebook while the window loads (handlers.openOnLaunch, as Electron's main does). */
  | { type: 'launch' }
  | { type: 'call'; id: number; name: string; args: unknown }
  | { type: 'reply'; id: number; result: Result<unknown> }
  | { type: 'event'; event: NotebookEvent }
  /** SIGKILL sent: nothing the host says afterwards is recorded or reaches the window. */
  | { type: 'kill'; pid: number };

export interface HostBackend {
  readonly pid: number;
  /** 'start' is recorded by the harness when it puts a backend to use (a spare child may wait a while). */
  call(name: unknown, args: unknown): Promise<Result<unknown>>;
  /** What Electron's main does as it creates the window: starts opening the notebook the window will ask for. */
  launch(): void;
  /** Saves and releases the notebook (quit); nothing after a kill. */
  dispose(): Promise<void>;
  /** SIGKILLs the host and waits until the process is gone (so its pid is dead). */
  kill(): Promise<void>;
}

const HOST_CHILD = fileURLToPath(new URL('./host-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let calls = 0;
const nameOf = (name: unknown): string => (typeof name === 'string' ? name : String(name));

/** The handlers in this process; `host.send` is expected to record events itself. */
export function inProcessBackend(host: Host, notebooksDir: string, record: (r: HostRecord) => void): HostBackend {
  const handlers = createHandlers(host, { notebooksDir });
  return {
    pid: process.pid,
    async call(name, args) {
      const id = ++calls;
      record({ type: 'call', id, name: nameOf(name), args });
      const result = await dispatch(handlers, name, args);
      record({ type: 'reply', id, result });
      return result;
    },
    launch() {
      record({ type: 'launch' });
      void handlers.openOnLaunch();
    },
    dispose: () => handlers.dispose(),
    async kill() {
      throw new Error('killHost() needs launchApp({ hostProcess: "child" }): the handlers run inside the test process.');
    },
  };
}

const STOPPED: Result<unknown> = {
  ok: false,
  error: { code: 'internal', message: 'The main process has stopped; nothing more reaches the notebook.' },
};

/**
 * Forks host-child.ts. Resolves once the child has built its handlers. Host
 * requests from the child are answered by `host`; its events go to `host.send`.
 */
export async function childBackend(host: Host, init: ChildInit, record: (r: HostRecord) => void): Promise<HostBackend> {
  const child: ChildProcess = fork(HOST_CHILD, [JSON.stringify(init)], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`The host process could not be started (${HOST_CHILD}).`);
  const replies = new Map<number, (result: Result<unknown>) => void>();
  const disposals = new Map<number, { resolve(): void; reject(error: Error): void }>();
  let killed = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let markReady: () => void = () => undefined;
  let failReady: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });

  const post = (message: ToChild): boolean => {
    if (killed || !child.connected) return false;
    child.send(message, undefined, {}, () => undefined);
    return true;
  };

  function endAll(): void {
    for (const reply of replies.values()) reply(STOPPED);
    replies.clear();
    for (const { resolve } of disposals.values()) resolve();
    disposals.clear();
  }

  async function answer(message: Extract<FromChild, { type: 'host' }>): Promise<void> {
    try {
      let value: unknown;
      if (message.method === 'showOpenDialog') value = await host.showOpenDialog(...message.args);
      else if (message.method === 'showSaveDialog') value = await host.showSaveDialog(...message.args);
      else if (message.method === 'printToPdf') value = await host.printToPdf(...message.args);
      else value = await host.openExternal(...message.args);
      post({ type: 'host-reply', id: message.id, ok: true, value });
    } catch (err) {
      post({ type: 'host-reply', id: message.id, ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  }

  child.on('message', (message: FromChild) => {
    if (killed) return;
    switch (message.type) {
      case 'ready':
        markReady();
        break;
      case 'reply':
        record({ type: 'reply', id: message.id, result: message.result });
        replies.get(message.id)?.(message.result);
        replies.delete(message.id);
        break;
      case 'event':
        host.send(message.event);
        break;
      case 'host':
        void answer(message);
        break;
      case 'disposed': {
        const waiting = disposals.get(message.id);
        disposals.delete(message.id);
        if (message.error === undefined) waiting?.resolve();
        else waiting?.reject(new Error(message.error));
        break;
      }
    }
  });
  child.once('exit', (code, signal) => {
    failReady(new Error(`The host process ended before it was ready (${signal ?? `exit code ${code}`}).`));
    endAll();
  });

  await ready;

  return {
    pid,
    async call(name, args) {
      const id = ++calls;
      record({ type: 'call', id, name: nameOf(name), args });
      return new Promise<Result<unknown>>((resolve) => {
        replies.set(id, resolve);
        if (!post({ type: 'call', id, name, args })) {
          replies.delete(id);
          resolve(STOPPED);
        }
      });
    },
    launch() {
      record({ type: 'launch' });
      post({ type: 'launch' });
    },
    async dispose() {
      if (killed || child.exitCode !== null || child.signalCode !== null) return;
      const id = ++calls;
      try {
        await new Promise<void>((resolve, reject) => {
          disposals.set(id, { resolve, reject });
          if (!post({ type: 'dispose', id })) resolve();
        });
      } finally {
        // Told to go, the child leaves once the channel closes.
        if (child.connected) child.disconnect();
        await exited;
      }
    },
    async kill() {
      if (killed) return;
      killed = true;
      record({ type: 'kill', pid });
      child.kill('SIGKILL');
      await exited;
      endAll();
    },
  };
}
