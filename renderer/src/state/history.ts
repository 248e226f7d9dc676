// Undo and redo as two stacks of operations. Each entry holds the operation
// that undoes an edit and the one that redoes it; applying either gives the
// next entry for the other stack, so the stacks never need the notebook.
import type { Operation } from '../../../notes/model/ops.ts';

export interface HistoryEntry {
  undo: Operation;
  redo: Operation;
  /** Consecutive entries with the same key (one typing session in a note) undo as one. */
  key?: string;
}

export interface History {
  undo: readonly HistoryEntry[];
  redo: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: History = { undo: [], redo: [] };
const LIMIT = 500;

/** `second` applied after `first`, as one operation. */
export function compose(first: Operation, second: Operation): Operation {
  // Two updates of one annotation: every patch key is set outright, so the later one wins key by key.
  if (first.kind === 'annotation.update' && second.kind === 'annotation.update' && first.id === second.id) {
    return { kind: 'annotation.update', id: second.id, patch: { ...first.patch, ...second.patch }, at: second.at };
  }
  const ops = [...(first.kind === 'batch' ? first.ops : [first]), ...(second.kind === 'batch' ? second.ops : [second])];
  return { kind: 'batch', ops };
}

/** Records an edit the analyst just made: it clears what could be redone. */
export function record(history: History, redo: Operation, undo: Operation, key?: string): History {
  const top = history.undo.at(-1);
  if (key !== undefined && top?.key === key) {
    const merged: HistoryEntry = { key, redo: compose(top.redo, redo), undo: compose(undo, top.undo) };
    return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
  }
  const entry: HistoryEntry = key === undefined ? { undo, redo } : { undo, redo, key };
  return { undo: [...history.undo, entry].slice(-LIMIT), redo: [] };
}

/** Moves the top undo entry to the redo stack; `applied` is the inverse the undo produced. */
export function afterUndo(history: History, applied: Operation): History {
  const top = history.undo.at(-1);
  if (!top) return history;
  return { undo: history.undo.slice(0, -1), redo: [...history.redo, { undo: top.undo, redo: applied }] };
}

export function afterRedo(history: History, applied: Operation): History {
  const top = history.redo.at(-1);
  if (!top) return history;
  return { undo: [...history.undo, { undo: applied, redo: top.redo }], redo: history.redo.slice(0, -1) };
}
