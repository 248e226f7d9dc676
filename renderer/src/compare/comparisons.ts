// Comparisons depend on a few parts of the notebook only. Typing a BLUF or a
// question note makes a new notebook but leaves those parts untouched; reusing
// the last comparison then keeps every claim object (and so every memoized
// card) as it was, and skips re-indexing the notebook — which matters with
// hundreds of claims and long sources.
import { compareQuestion, conflictingQuestions, type Comparison } from '../../../notes/compare/index.ts';
import type { Notebook } from '../../../notes/model/schema.ts';

/** What compareQuestion reads. */
function inputsOf(nb: Notebook): unknown[] {
  return [nb.annotations, nb.sources, nb.actors, nb.questions, nb.relations, nb.briefing.columns];
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

let lastComparison: { inputs: unknown[]; questionId: string; result: Comparison } | null = null;

export function cachedComparison(nb: Notebook, questionId: string): Comparison {
  const inputs = inputsOf(nb);
  if (lastComparison && lastComparison.questionId === questionId && sameInputs(lastComparison.inputs, inputs)) return lastComparison.result;
  const result = compareQuestion(nb, questionId);
  lastComparison = { inputs, questionId, result };
  return result;
}

let lastTables: { inputs: unknown[]; result: Comparison[] } | null = null;

/** One comparison per question with a conflict, as the briefing's tables show them. */
export function cachedConflictTables(nb: Notebook): Comparison[] {
  const inputs = inputsOf(nb);
  if (lastTables && sameInputs(lastTables.inputs, inputs)) return lastTables.result;
  const result = conflictingQuestions(nb).map(({ question }) => compareQuestion(nb, question.id));
  lastTables = { inputs, result };
  return result;
}
