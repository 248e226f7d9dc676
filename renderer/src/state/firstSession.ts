// The marks around the window's one request for its notebook at start: asked
// by the window's bridge as it is installed (electron/first-call.ts), before
// the page's HTML is parsed; received when the app's first session() has it.
import { FIRST_CALL_MARK } from '../../../electron/first-call.ts';

export const SESSION_REQUESTED = FIRST_CALL_MARK;
export const SESSION_RECEIVED = 'notebook:session-received';
