import type { Span } from './span.ts';

/** A claim as the finder builds it, before its speaker is resolved to a name. */
export interface Draft {
  content: Span;
  source: Span | null;
  cue: Span | null;
}
