// What accepting suggestions does to the notebook, as one list of operations
// (applied as one batch, so one Ctrl+Z undoes it): the question when the
// notebook has none by that name, the actors the finder names that the
// notebook lacks, then each annotation with its claim.
import { acceptSuggestions, UNKNOWN_SPEAKER } from '../../../notes/claims/accept.ts';
import type { Suggestion } from '../../../notes/claims/find.ts';
import { findQuestion } from '../../../notes/claims/resolve.ts';
import { applyOperation } from '../../../notes/model/apply.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Notebook } from '../../../notes/model/schema.ts';

export interface AcceptContext {
  sourceId: string;
  /** The question the claims answer, by its text: made when the notebook has none by that name. */
  question: string;
  now: string;
  makeId(prefix: string): string;
}

export function planAccept(nb: Notebook, suggestions: readonly Suggestion[], c: AcceptContext): Operation[] {
  const ops: Operation[] = [];
  let current = nb;
  let question = findQuestion(nb, c.question);
  if (!question) {
    question = { id: c.makeId('q-'), text: c.question.trim().replace(/\s+/g, ' '), positions: [] };
    const add: Operation = { kind: 'question.add', question };
    current = applyOperation(current, add, c.now).notebook;
    ops.push(add);
  }
  const planned = acceptSuggestions(current, c.sourceId, suggestions, { questionId: question.id, now: c.now, makeId: c.makeId });
  return [...ops, ...planned.ops];
}

/** Who a suggestion is by, as the queue groups them ("Accept all from …"). */
export const speakerOf = (s: Pick<Suggestion, 'actor'>): string => s.actor ?? UNKNOWN_SPEAKER;

/** A question to file claims under when the notebook has none yet. */
export function defaultQuestion(nb: Notebook, sourceTitle: string): string {
  const last = nb.annotations.findLast((a) => a.claim)?.claim?.questionId;
  const known = nb.questions.find((q) => q.id === last) ?? (nb.questions.length === 1 ? nb.questions[0] : undefined);
  return known?.text ?? `Who says what in “${sourceTitle.trim().slice(0, 120)}”?`;
}

/** A stable key for a suggestion: where its content is. */
export const keyOf = (s: Pick<Suggestion, 'content'>): string => `${s.content.start}-${s.content.end}`;
