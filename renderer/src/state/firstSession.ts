// The notebook request made by public/boot.js as the page started, taken
// once: a later start (a remount, React's StrictMode) asks main again.
import type { NotebookApi } from '../../../electron/contract.ts';

export const SESSION_REQUESTED = 'notebook:session-requested';
export const SESSION_RECEIVED = 'notebook:session-received';

const KEY = Symbol.for('research-notebook.first-session');

type SessionCall = ReturnType<NotebookApi['session']>;

export function takeFirstSession(): SessionCall | null {
  const early = (globalThis as unknown as Record<symbol, SessionCall | undefined>)[KEY];
  if (!early) return null;
  Reflect.deleteProperty(globalThis, KEY);
  return early;
}
