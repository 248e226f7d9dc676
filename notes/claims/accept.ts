// What a UI (or `notebook suggest --accept`) does with the finder's output:
// which suggestions are still worth offering, and the ordinary operations
// that turn an accepted one into an annotation with a claim.
import { defaultReliability } from './source-grade.ts';
import { describe as describeQuote } from '../anchoring/index.ts';
import { applyOperation } from '../model/apply.ts';
import type { Operation } from '../model/ops.ts';
import type { Annotation, Notebook } from '../model/schema.ts';
import { resolveClaim, type ResolveOptions } from './resolve.ts';
import type { Suggestion } from './find.ts';
import { isQuoteMark } from './quotes.ts';
import { overlaps, type Span } from './span.ts';

/** Position given to an accepted suggestion until the analyst reads it: it says what is left to do. */
export const POSITION_TO_REVIEW = '(to review)';
/** An actor for a suggestion whose speaker the finder could not name. */
export const UNKNOWN_SPEAKER = 'Unattributed';

/**
 * What an accepted claim quotes: a direct quote's words inside its quotation marks, without the comma the
 * cue left before the closing mark ("“We will stay,” he said" → "We will stay"), so the reader highlights
 * the words and the briefing, which adds its own marks, does not print two pairs. A quote split by its cue
 * or a partly quoted claim is kept whole.
 */
export function quotedWords(text: string, content: Span): Span {
  if (content.end - content.start < 3 || !isQuoteMark(text[content.start]) || !isQuoteMark(text[content.end - 1])) return content;
  for (let i = content.start + 1; i < content.end - 1; i++) if (isQuoteMark(text[i])) return content;
  let start = content.start + 1;
  let end = content.end - 1;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : content;
}

/** Suggestions not dismissed before and not on text already annotated. */
export function openSuggestions(nb: Notebook, sourceId: string, text: string, found: readonly Suggestion[]): Suggestion[] {
  const dismissed = new Set((nb.dismissedSuggestions ?? []).filter((d) => d.sourceId === sourceId).map((d) => d.exact));
  const annotated = nb.annotations.filter((a) => a.sourceId === sourceId).map((a) => a.target.position);
  return found.filter((s) => !dismissed.has(text.slice(s.content.start, s.content.end)) && !annotated.some((p) => overlaps(p, s.content)));
}

/** The paragraphs of `next` whose text `previous` does not have: where a revised source needs the finder again. */
export function changedParagraphs(previous: string, next: string): { start: number; end: number }[] {
  const old = new Set(previous.split(/\n/).map((p) => p.trim()).filter(Boolean));
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of next.split('\n')) {
    if (line.trim() && !old.has(line.trim())) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

export interface AcceptOptions {
  questionId: string;
  position?: string;
  now: string;
  reliability?: Annotation['claim'] extends infer C ? (C extends { reliability: infer R } ? R : never) : never;
  makeId: (prefix: string) => string;
  resolve?: ResolveOptions;
}

/**
 * The operations (actor and position created as needed, then the annotation
 * with its claim) for each accepted suggestion, planned one after another so
 * two suggestions by a new actor create it once.
 */
export function acceptSuggestions(nb: Notebook, sourceId: string, suggestions: readonly Suggestion[], o: AcceptOptions): { ops: Operation[]; annotations: Annotation[] } {
  const source = nb.sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`no source ${sourceId}`);
  const question = nb.questions.find((q) => q.id === o.questionId);
  if (!question) throw new Error(`no question ${o.questionId}`);
  const reliability = o.reliability ?? defaultReliability(nb, sourceId);
  let current = nb;
  const ops: Operation[] = [];
  const annotations: Annotation[] = [];
  for (const s of suggestions) {
    const words = quotedWords(source.text, s.content);
    const resolved = resolveClaim(current, { actor: s.actorId ?? s.actor ?? UNKNOWN_SPEAKER, question: question.text, position: o.position ?? POSITION_TO_REVIEW }, { byId: true, makeId: o.makeId, ...o.resolve });
    const annotation: Annotation = {
      id: o.makeId('an-'),
      sourceId,
      target: describeQuote(source.text, words.start, words.end),
      note: '',
      tags: [],
      claim: {
        actorId: resolved.actorId,
        questionId: resolved.questionId,
        position: resolved.position,
        cue: s.cue ? source.text.slice(s.cue.start, s.cue.end).replace(/\s+/g, ' ').slice(0, 60) : '',
        reliability,
        credibility: '6',
      },
      createdAt: o.now,
      updatedAt: o.now,
    };
    const step: Operation[] = [...resolved.ops, { kind: 'annotation.add', annotation }];
    current = applyOperation(current, { kind: 'batch', ops: step }, o.now).notebook;
    ops.push(...step);
    annotations.push(annotation);
  }
  return { ops, annotations };
}
