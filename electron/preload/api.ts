// Builds the window.notebook object from the contract's method names, given a
// way to invoke a method and to listen for events. The preload (over
// ipcRenderer) and the e2e harness (over a Playwright binding) both use the
// same method list, so a method added to the contract shows up in both.
import type { MethodName, NotebookApi, NotebookEvent, Result } from '../contract.ts';
import { FIRST_CALL_MARK, FIRST_CALLS } from '../first-call.ts';

export interface Transport {
  invoke(name: MethodName, args: unknown[]): Promise<Result<unknown>>;
  subscribe(listener: (event: NotebookEvent) => void): () => void;
}

export function buildApi(names: readonly MethodName[], transport: Transport): NotebookApi {
  const api: Record<string, unknown> = {};
  // Asked now, as the bridge is installed (first-call.ts); the page's first call of each takes its answer.
  performance.mark(FIRST_CALL_MARK);
  const early = new Map<MethodName, Promise<Result<unknown>>>();
  for (const name of FIRST_CALLS) {
    const answer = transport.invoke(name, []);
    answer.catch(() => undefined); // a page that never asks must not leave an unhandled rejection behind
    early.set(name, answer);
  }
  for (const name of names) {
    api[name] = (...args: unknown[]) => {
      const answer = args.length === 0 ? early.get(name) : undefined;
      if (answer) {
        early.delete(name);
        // Main refuses a call from a frame it does not know as the app's yet (should the early ask reach it
        // before the navigation's commit does): the page's own first call then asks again.
        return answer.then((r) => (!r.ok && r.error.code === 'invalid-payload' ? transport.invoke(name, args) : r));
      }
      return transport.invoke(name, args);
    };
  }
  api.onEvent = (listener: (event: NotebookEvent) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    return transport.subscribe(listener);
  };
  return Object.freeze(api) as unknown as NotebookApi;
}
