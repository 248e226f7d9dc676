// An edit in the analyst's words, for the Undo and Redo buttons' tooltips:
// "Undo: delete annotation".
import type { Operation } from '../../../notes/model/operation.ts';

const WORDS: Record<Operation['kind'], string> = {
  'notebook.rename': 'rename notebook',
  'notebook.author': 'set your name',
  'source.add': 'import source',
  'source.replace': 'new version of source',
  'source.update': 'edit source details',
  'source.delete': 'remove source',
  'source.move': 'move source',
  'annotation.add': 'add annotation',
  'annotation.update': 'edit annotation',
  'annotation.delete': 'delete annotation',
  'actor.add': 'add actor',
  'actor.update': 'edit actor',
  'actor.delete': 'delete actor',
  'question.add': 'add question',
  'question.update': 'edit question',
  'question.delete': 'delete question',
  'tag.add': 'add tag',
  'tag.update': 'edit tag',
  'tag.delete': 'delete tag',
  'relation.add': 'relate claims',
  'relation.delete': 'remove relation',
  'briefing.update': 'edit briefing',
  'conflicts.set': 'resolve merge conflict',
  'notebook.merge': 'merge a notebook',
  'suggestion.dismiss': 'reject suggested claim',
  batch: 'edit',
};

/** A batch reads as its first meaningful step (a claim tagged is an actor, a question and an annotation added). */
export function describeEdit(op: Operation | undefined): string {
  if (!op) return '';
  if (op.kind === 'batch') return describeEdit(op.ops.find((o) => o.kind.startsWith('annotation.')) ?? op.ops[0]) || WORDS.batch;
  // The revision report's two answers (notes/anchoring/state.ts).
  if (op.kind === 'annotation.update' && op.patch.target) return 're-place annotation';
  if (op.kind === 'annotation.update' && op.patch.anchoring?.confirmed) return 'confirm annotation’s new place';
  return WORDS[op.kind];
}
