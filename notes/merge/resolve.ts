// Settling one merge conflict as the analyst chooses — ours, theirs, or both
// (for text: ours, then theirs) — as one Operation, so it is applied and
// undone like any edit: the record's change and the conflict's removal
// together.
import type { Operation } from '../model/ops.ts';
import type { MergeConflict, Notebook } from '../model/schema.ts';
import { withField } from './fields.ts';
import { DELETED_FIELD } from './merge.ts';

export type Choice = 'ours' | 'theirs' | 'both';

/** Both can be kept when the two values are texts (joined), or when one side deleted the record (it stays). */
export function canKeepBoth(c: MergeConflict): boolean {
  return c.field === DELETED_FIELD || (typeof c.ours === 'string' && typeof c.theirs === 'string');
}

export class ResolveError extends Error {
  override name = 'ResolveError';
}

function deleteOp(c: MergeConflict): Operation {
  switch (c.kind) {
    case 'source':
    case 'annotation':
    case 'actor':
    case 'question':
    case 'tag':
    case 'relation':
      return { kind: `${c.kind}.delete`, id: c.recordId };
    case 'keyJudgment':
    case 'briefing':
      throw new ResolveError('the briefing itself cannot be deleted');
  }
}

/** The edit that sets `field` of the conflict's record to `value` (null: the field is cleared). */
function setOp(nb: Notebook, c: MergeConflict, value: unknown, now: string): Operation {
  const { field, recordId: id } = c;
  const missing = () => new ResolveError(`the ${c.kind} "${id}" is no longer in the notebook`);
  switch (c.kind) {
    case 'annotation': {
      if (!nb.annotations.some((a) => a.id === id)) throw missing();
      return { kind: 'annotation.update', id, patch: { [field]: value ?? (field === 'claim' ? null : undefined) }, at: now };
    }
    case 'source': {
      const source = nb.sources.find((s) => s.id === id);
      if (!source) throw missing();
      return { kind: 'source.replace', source: withField({ ...source, updatedAt: now }, field, value), annotations: [] };
    }
    case 'actor':
    case 'question':
    case 'tag':
      return { kind: `${c.kind}.update`, id, patch: { [field]: value } } as Operation;
    case 'relation': {
      const relation = nb.relations.find((r) => r.id === id);
      if (!relation) throw missing();
      return { kind: 'batch', ops: [{ kind: 'relation.delete', id }, { kind: 'relation.add', relation: { ...relation, [field]: value, updatedAt: now } }] };
    }
    case 'keyJudgment': {
      if (!nb.briefing.keyJudgments.some((k) => k.id === id)) throw missing();
      const keyJudgments = nb.briefing.keyJudgments.map((k) => {
        if (k.id !== id) return k;
        return withField({ ...k, updatedAt: now }, field, value);
      });
      return { kind: 'briefing.update', patch: { keyJudgments } };
    }
    case 'briefing': {
      const [group, question] = field.split('.') as ['title' | 'bluf' | 'excerptIds' | 'questionNotes' | 'columns', string | undefined];
      if (question === undefined) return { kind: 'briefing.update', patch: { [group]: value } };
      return { kind: 'briefing.update', patch: { [group]: withField(nb.briefing[group as 'questionNotes' | 'columns'], question, value) } };
    }
  }
}

/**
 * The operation that settles conflict `conflictId` by `choice`: apply it with
 * applyOperation, undo it with the inverse that returns. Throws ResolveError
 * when the conflict or its record is gone, or "both" does not apply.
 */
export function resolveConflict(nb: Notebook, conflictId: string, choice: Choice, now: string): Operation {
  const conflicts = nb.conflicts ?? [];
  const c = conflicts.find((x) => x.id === conflictId);
  if (!c) throw new ResolveError(`there is no conflict "${conflictId}" in this notebook`);
  if (choice === 'both' && !canKeepBoth(c)) throw new ResolveError(`both values of ${c.field} cannot be kept together — choose ours or theirs`);
  const settled: Operation = { kind: 'conflicts.set', conflicts: conflicts.filter((x) => x !== c) };
  let edit: Operation | undefined;
  if (c.field === DELETED_FIELD) {
    // The record was kept; choosing the side that deleted it deletes it now.
    const deletedBy = c.ours === undefined ? 'ours' : 'theirs';
    if (choice === deletedBy) edit = deleteOp(c);
  } else if (choice === 'theirs') edit = setOp(nb, c, c.theirs, now);
  else if (choice === 'both') edit = setOp(nb, c, `${c.ours as string}\n\n${c.theirs as string}`, now);
  return edit ? { kind: 'batch', ops: [edit, settled] } : settled;
}
