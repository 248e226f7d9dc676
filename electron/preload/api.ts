// Builds the window.notebook object from the contract's method names, given a
// way to invoke a method and to listen for events. The preload (over
// ipcRenderer) and the e2e harness (over a Playwright binding) both use the
// same method list, so a method added to the contract shows up in both.
import type { MethodName, NotebookApi, NotebookEvent, Result } from '../contract.ts';

export interface Transport {
  invoke(name: MethodName, args: unknown[]): Promise<Result<unknown>>;
  subscribe(listener: (event: NotebookEvent) => void): () => void;
}

export function buildApi(names: readonly MethodName[], transport: Transport): NotebookApi {
  const api: Record<string, unknown> = {};
  for (const name of names) api[name] = (...args: unknown[]) => transport.invoke(name, args);
  api.onEvent = (listener: (event: NotebookEvent) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    return transport.subscribe(listener);
  };
  return Object.freeze(api) as unknown as NotebookApi;
}
