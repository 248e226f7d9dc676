// The claim finder off the window's thread: a long source is read part by
// part, and each part done is reported, so the window stays responsive and
// shows how far it has got.
import { findInPart, partsOf } from '../../../notes/claims/findInParts.ts';
import type { Suggestion } from '../../../notes/claims/find.ts';
import { namedPeople } from '../../../notes/claims/speakers.ts';
import type { FinderMessage, FindRequest } from './protocol.ts';

const post = (message: FinderMessage) => (self as unknown as { postMessage(m: FinderMessage): void }).postMessage(message);

self.onmessage = (event: MessageEvent<FindRequest>) => {
  const { text, within, actors } = event.data;
  try {
    const parts = partsOf(text, within);
    // Read apart, a part still knows the full names given anywhere before it.
    const people = parts.some((p) => p.from > 0) ? namedPeople(text) : [];
    const found: Suggestion[] = [];
    post({ type: 'progress', done: 0, total: parts.length, found: 0 });
    parts.forEach((part, i) => {
      found.push(...findInPart(text, part, { actors }, people));
      post({ type: 'progress', done: i + 1, total: parts.length, found: found.length });
    });
    post({ type: 'done', suggestions: found });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
