// The window's bridge (the preload; the e2e harness's stand-in) asks for what
// every page load asks first as it is installed, before the page's HTML is
// parsed, so main's answers overlap the page's start: the first screen (small,
// drawn before the app's script arrives) and then the session. The page's
// first call of each takes that answer. Apart from the contract because the
// renderer imports it, and the contract's schemas must stay out of the
// renderer's bundle.
import type { MethodName } from './contract.ts';

export const FIRST_CALLS = ['firstScreen', 'session'] as const satisfies readonly MethodName[];
/** Marked on the page's timeline when the bridge asks (DevTools, the bench). */
export const FIRST_CALL_MARK = 'notebook:session-requested';
