import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../../notes/model/apply.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import { claimAction, highlightAction, noteAction, type ReaderActionContext } from './actions.ts';

const NOW = '2024-08-14T10:00:00.000Z';

function context(refuse = false) {
  let notebook = sampleNotebook(NOW);
  const source = notebook.sources[0]!;
  const start = source.text.indexOf('transition');
  const editing: string[] = [];
  const ctx: ReaderActionContext = {
    source,
    selected: { start, end: start + 'transition'.length },
    apply(op: Operation | Operation[]) {
      if (refuse) return false;
      for (const o of Array.isArray(op) ? op : [op]) notebook = applyOperation(notebook, o, NOW).notebook;
      return true;
    },
    editNote: (id) => editing.push(id),
    now: () => NOW,
  };
  return { ctx, editing, notebook: () => notebook };
}

describe('reader actions', () => {
  it('highlight adds an annotation quoting exactly the selected words', () => {
    const { ctx, notebook } = context();
    const made = highlightAction.perform(ctx)!;
    expect(notebook().annotations.find((a) => a.id === made.id)?.target.quote.exact).toBe('transition');
  });

  it('note adds the annotation and opens its note editor', () => {
    const { ctx, editing } = context();
    const made = noteAction.perform(ctx)!;
    expect(editing).toEqual([made.id]);
  });

  it('claim tags the words with the claim, after the operations that make its actor', () => {
    const { ctx, notebook } = context();
    const claim = { actorId: SAMPLE_IDS.washington, questionId: SAMPLE_IDS.question, position: 'Transition', cue: 'said', reliability: 'B' as const, credibility: '2' as const };
    const made = claimAction.perform(ctx, { ops: [], claim })!;
    expect(notebook().annotations.find((a) => a.id === made.id)?.claim).toEqual(claim);
  });

  it('makes nothing, and opens no editor, when the notebook refuses the edit', () => {
    const { ctx, editing } = context(true);
    expect(noteAction.perform(ctx)).toBeNull();
    expect(editing).toEqual([]);
  });

  it('each action has its own key', () => {
    expect(new Set([highlightAction.key, noteAction.key, claimAction.key]).size).toBe(3);
  });
});
