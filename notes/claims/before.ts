// The readings that find a claim before its cue (or round it): "…," X said,
// "…," said X, "…, officials said", "…, X said, …", and "according to X".
import { quoteAt, quoteEndingBefore, wordCount, type Quote } from './quotes.ts';
import type { Sentence } from './sentences.ts';
import { speakerAfter, speakerBefore } from './speakers.ts';
import { trimSpan, type Span } from './span.ts';
import { isQuote, MIN_CLAUSE_WORDS, ONLY_CIRCUMSTANCE, TELL, TRAILING, type Draft } from './draft.ts';

/** A sentence's end inside a would-be speaker: a word of four letters or more, then a stop ("Trump. He"), not "Gov. Kasich". */
const SENTENCE_END = /\p{Ll}{4}[.!?]\s+\p{Lu}|\p{Ll}[!?]\s+\p{Lu}/u;

/** "According to X, …" / "…, according to X": the speaker after the cue, the claim round it. */
export function accordingTo(text: string, sentence: Span, cue: Span, quotes: readonly Quote[]): Draft | null {
  const source = accordingSource(text, cue.end, sentence.end);
  if (!source) return null;
  const before = trimSpan(text, { start: sentence.start, end: cue.start }, TRAILING);
  if (before.end > before.start) {
    // "At the same time, the tax has not …: London was …, according to one index": the claim starts after a colon.
    const colon = before.start + text.slice(before.start, before.end).lastIndexOf(':');
    if (colon > before.start && !quoteAt(quotes, colon)) before.start = trimSpan(text, { start: colon + 1, end: before.end }).start;
    const content = quoteEndingAt(text, quotes, before.end) ?? before;
    // "At the heart of the trouble, according to X, was a decision …": the sentence goes on round the cue.
    const rest = text.slice(source.end, sentence.end);
    if (/^\s*[,–—-]\s*\p{Ll}/u.test(rest) && !ONLY_CIRCUMSTANCE.test(rest) && !ASIDE_AFTER.test(rest.replace(/^\s*[,–—-]\s*/, ''))) {
      const end = trimSpan(text, { start: source.end, end: sentence.end }, TRAILING).end;
      return { content: { start: content.start, end: text[end - 1] === '.' ? end - 1 : end }, source, cue };
    }
    return wordCount(text.slice(content.start, content.end)) >= MIN_CLAUSE_WORDS ? { content, source, cue } : null;
  }
  const after = trimSpan(text, { start: source.end, end: sentence.end }, TRAILING);
  return wordCount(text.slice(after.start, after.end)) >= MIN_CLAUSE_WORDS ? { content: after, source, cue } : null;
}

/** Longest source after "according to", in words: "early results of exit polls conducted by Edison Research for …". */
const MAX_ACCORDING_WORDS = 40;

/** Who "according to" names: everything up to the next comma or the sentence's end. */
function accordingSource(text: string, from: number, end: number): Span | null {
  const rest = text.slice(from, end);
  const stop = /[,;:.!?()\u2014\u2013\n]|\s-\s/.exec(rest.replace(/\b(?:[A-Z]\.)+/g, (m) => 'x'.repeat(m.length)));
  const span = trimSpan(text, { start: from, end: from + (stop ? stop.index : rest.length) });
  const words = wordCount(text.slice(span.start, span.end));
  return words > 0 && words <= MAX_ACCORDING_WORDS ? span : null;
}

/** The quote whose closing mark (or the comma just inside it) is at `end`. */
function quoteEndingAt(text: string, quotes: readonly Quote[], end: number): Quote | undefined {
  const q = quoteAt(quotes, end - 1);
  return q && q.end === end ? q : undefined;
}

/** "…," X said / "…," said X / …, officials said: the claim comes first. */
export function claimBefore(text: string, sentence: Sentence, cue: Span, word: string, quotes: readonly Quote[]): Draft | null {
  const paragraphStart = sentence.paragraph;
  const from = Math.max(paragraphStart, Math.min(sentence.start, cue.start));
  const gapBefore = text.slice(from, cue.start);
  // Inverted: "…,” said Lloyd Austin" / "…, said a spokesman." (who follows "told" is told, not telling).
  if (/[,"“”]\s*$/.test(gapBefore) && !TELL.test(word)) {
    const source = speakerAfter(text, cue.end, sentence.end);
    const content = contentEndingAt(text, from, cue.start, quotes);
    // "Pat Ryder, Pentagon spokesman, said the talks…" names its speaker before the cue: not inverted.
    const first = speakerBefore(text, from, cue.start);
    const speakerFirst = first?.start === sentenceOpening(text, from) && !FINITE_VERB.test(text.slice(first.start, first.end));
    if (source && content && (isQuote(quotes, content) || (!speakerFirst && !clauseFollows(text, cue.end, sentence.end)))) return { content, source, cue };
  }
  const lastQuote = quoteEndingBefore(quotes, cue.start);
  if (lastQuote && lastQuote.end >= paragraphStart && cue.start - lastQuote.end < 150) {
    const source = speakerBefore(text, lastQuote.end, cue.start);
    // "…,” he said": a quote ending in a full stop was a sentence of its own, and "He added" looks ahead.
    const handsOver = !/\.\s*["”]$/.test(text.slice(lastQuote.start, lastQuote.end)) || ONLY_CIRCUMSTANCE.test(text.slice(cue.end, sentence.end));
    // The speaker stands between the quote and the cue, within one sentence ("“…,” he said", not "“…” for Y. He said").
    const oneSentence = source && !SENTENCE_END.test(text.slice(source.start, source.end));
    if (source && oneSentence && handsOver && /^[\s,]*$/.test(text.slice(lastQuote.end, source.start))) return { content: lastQuote, source, cue };
  }
  const source = speakerBefore(text, from, cue.start);
  if (!source) return null;
  const lead = text.slice(from, source.start);
  if (!/,\s*$/.test(lead)) return null;
  const after = text.slice(cue.end, sentence.end);
  // "…, most families want to return": "to" and a verb is what they want, not where they said it.
  if (TO_VERB.test(after)) return null;
  if (ONLY_CIRCUMSTANCE.test(after)) {
    const content = contentEndingAt(text, from, source.start, quotes);
    return content ? { content, source, cue } : null;
  }
  // "…, Sanders said, a policy that …" / "…, Cruz explained, recalling …": an aside after the cue; the claim is before it.
  // "The argument would be aided, Devine said, by the calendar": the claim goes on after the cue, round it.
  const aside = INTERJECTED.exec(after);
  if (!aside || quoteAt(quotes, cue.end + aside[0].length)) return null;
  const content = contentEndingAt(text, from, source.start, quotes);
  if (!content) return null;
  const rest = after.slice(aside[0].length);
  if (ASIDE_AFTER.test(rest) || isQuote(quotes, content)) return { content, source, cue };
  const end = trimSpan(text, { start: cue.end, end: sentence.end }, TRAILING).end;
  return { content: { start: content.start, end: text[end - 1] === '.' ? end - 1 : end }, source, cue };
}

/** "to" before a verb rather than a noun: "want to return", not "said to reporters". */
const TO_VERB = /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|reporters|journalists|supporters|voters)\b|[\p{Lu}\d])[\p{Ll}]/u;

/** "…, X said, …": the cue with its when and where, then a comma. */
const INTERJECTED = /^(?:\s+(?:on|in|at|during|last|this|late|early|earlier|later|yesterday|today|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+[^\s.;!?"“”,]+){0,4})?\s*,\s+(?=\S)/i;
/** What follows such a comma when it is an aside, not more of the claim: "a policy that …", "recalling …", "who …". */
const ASIDE_AFTER = /^(?:an?\s|[\p{Ll}]+ing\b|who\b|which\b|but\b|and\b|while\b|[\p{Lu}])/u;

function contentEndingAt(text: string, from: number, end: number, quotes: readonly Quote[]): Span | null {
  const before = trimSpan(text, { start: from, end }, TRAILING);
  const quote = quoteEndingAt(text, quotes, before.end);
  if (quote) return quote;
  const plain = trimSpan(text, { start: sentenceOpening(text, from), end: before.end }, TRAILING);
  return wordCount(text.slice(plain.start, plain.end)) >= 3 ? plain : null;
}

/** The start of the claim in "…, officials said": past any quote mark opening the sentence. */
function sentenceOpening(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/** A finite verb before the next comma: "said the turmoil was all part of it" goes on with a clause, "said a spokesman" does not. */
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|isn’t|wasn’t|won’t|[\p{Ll}]+ed)\b/u;
function clauseFollows(text: string, from: number, end: number): boolean {
  const rest = text.slice(from, end);
  const comma = rest.search(/[,;:]/);
  return FINITE_VERB.test(comma < 0 ? rest : rest.slice(0, comma));
}
