// What a claim is made of while the finder builds it, and the small rules the
// readings before and after a cue share.
import { quoteAt, type Quote } from './quotes.ts';
import type { Span } from './span.ts';

/** A claim as the finder builds it, before its speaker is resolved to a name. */
export interface Draft {
  content: Span;
  source: Span | null;
  cue: Span | null;
  /** No cue or colon ties the words to this speaker: taken from a nearby claim or the sentence's subject. */
  guessed?: true;
}

/** A claim needs at least this many words after its cue (an object cue: one). */
export const MIN_CLAUSE_WORDS = 2;
/** Trimmed from a claim's edges. */
export const TRAILING = ',;:.–—- ';
/** Cues whose next words name who was told, not what. */
export const TELL = /^(?:told|tells|tell|telling|warning|urging|assured|assures|reminded|reminds|informed|informs|warned|warns|urged|urges)$/i;
/** Nothing but when, where and how after a cue ends a sentence: "…, officials said on Tuesday." */
export const ONLY_CIRCUMSTANCE = /^(?:\s*,?\s*(?:on|in|at|during|last|this|late|early|earlier|later|yesterday|today|tonight|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|via|through|to|for|with|by)\b(?:\s+(?!that\b)[^\s.;!?"“”,]+){0,6})*\s*[.!?]?["”]?\s*$/i;

/** The span is exactly one quote, marks included. */
export const isQuote = (quotes: readonly Quote[], s: Span) => {
  const q = quoteAt(quotes, s.start);
  return q !== undefined && q.start === s.start && q.end === s.end;
};
