// One scale for every candidate, exact or fuzzy: how many characters of the
// saved quote and its context agree with the text at the candidate.
import type { TextQuoteSelector } from '../model/schema.ts';
import { contextAgreement } from './context.ts';

export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the quote and text.slice(start, end). */
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  /** Characters of the saved prefix / suffix that agree with the text beside the candidate. */
  prefixAgreement: number;
  suffixAgreement: number;
  /** Share of prefix + suffix characters that agree (1 when there is no context). */
  context: number;
  /** Share of quote + context characters that agree. */
  similarity: number;
  /** Distance from where we expected the quote; breaks ties only. */
  distance: number;
}

export function scoreCandidate(text: string, quote: TextQuoteSelector, candidate: Candidate, hint: number): ScoredCandidate {
  const contextLength = quote.prefix.length + quote.suffix.length;
  const prefixAgreement = contextAgreement(text, candidate.start, quote.prefix, 'before');
  const suffixAgreement = contextAgreement(text, candidate.end, quote.suffix, 'after');
  const agreeing = prefixAgreement + suffixAgreement;
  const quoteAgreeing = Math.max(0, quote.exact.length - candidate.errors);
  return {
    ...candidate,
    prefixAgreement,
    suffixAgreement,
    context: contextLength === 0 ? 1 : agreeing / contextLength,
    similarity: (quoteAgreeing + agreeing) / (quote.exact.length + contextLength),
    distance: Math.abs(candidate.start - hint),
  };
}

/** Edits between the saved quote + context and the text at the candidate (unlike similarity, not capped per part). */
export function edits(quote: TextQuoteSelector, c: ScoredCandidate): number {
  return c.errors + quote.prefix.length - c.prefixAgreement + quote.suffix.length - c.suffixAgreement;
}

/** Agreement first, closeness to the expected place second. */
export function better(a: ScoredCandidate, b: ScoredCandidate): boolean {
  return a.similarity > b.similarity || (a.similarity === b.similarity && a.distance < b.distance);
}

export function best(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  let top: ScoredCandidate | undefined;
  for (const c of candidates) if (!top || better(c, top)) top = c;
  return top;
}
