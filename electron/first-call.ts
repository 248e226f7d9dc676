// The window's bridge (the preload; the e2e harness's stand-in) asks for the
// session as it is installed, before the page's HTML is parsed, so opening the
// notebook overlaps the page's start; the page's first `session()` takes that
// answer. Apart from the contract because the renderer imports it, and the
// contract's schemas must stay out of the renderer's bundle.
import type { MethodName } from './contract.ts';

export const FIRST_CALL = 'session' satisfies MethodName;
/** Marked on the page's timeline when the bridge asks (DevTools, the bench). */
export const FIRST_CALL_MARK = 'notebook:session-requested';
