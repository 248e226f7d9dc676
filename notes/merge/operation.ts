// A planned merge as one undoable edit: the difference between ours and the
// merged notebook, record by record, as a `notebook.merge` operation (applied
// by model/mergeOp.ts). The app previews the plan, then applies this; undo
// gives back ours as it was, and forgets what the merge remembered of theirs.
import type { MergePatch, Operation, RecordsPatch } from '../model/operation.ts';
import type { Notebook } from '../model/schema.ts';
import type { MergePlan } from './index.ts';

type Entity = { id: string };

function diffList<T extends Entity>(ours: readonly T[], merged: readonly T[]): RecordsPatch<T> | undefined {
  const before = new Map(ours.map((r) => [r.id, r]));
  const after = new Set(merged.map((r) => r.id));
  const put: RecordsPatch<T>['put'] = [];
  merged.forEach((record, at) => {
    const old = before.get(record.id);
    if (!old) put.push({ record, at });
    // The merge keeps a record it did not change as the very same object.
    else if (old !== record && JSON.stringify(old) !== JSON.stringify(record)) put.push({ record });
  });
  const remove = ours.filter((r) => !after.has(r.id)).map((r) => r.id);
  return put.length || remove.length ? { remove, put } : undefined;
}

const BRIEFING_FIELDS = ['title', 'bluf', 'excerptIds', 'questionNotes', 'columns', 'keyJudgments'] as const;

/** The edit that turns `ours` into `plan.notebook`; null when the merge changes nothing. */
export function mergeOperation(ours: Notebook, plan: MergePlan, theirsId: string): Operation | null {
  const merged = plan.notebook;
  if (merged === ours) return null;
  const lists: MergePatch['lists'] = {};
  const set = <K extends keyof MergePatch['lists']>(key: K, patch: MergePatch['lists'][K] | undefined) => {
    if (patch) lists[key] = patch;
  };
  set('sources', diffList(ours.sources, merged.sources));
  set('annotations', diffList(ours.annotations, merged.annotations));
  set('actors', diffList(ours.actors, merged.actors));
  set('questions', diffList(ours.questions, merged.questions));
  set('tags', diffList(ours.tags, merged.tags));
  set('relations', diffList(ours.relations, merged.relations));
  const briefing: Record<string, unknown> = {};
  for (const key of BRIEFING_FIELDS) {
    if (merged.briefing[key] !== ours.briefing[key] && JSON.stringify(merged.briefing[key]) !== JSON.stringify(ours.briefing[key])) briefing[key] = merged.briefing[key];
  }
  return {
    kind: 'notebook.merge',
    lists,
    ...(Object.keys(briefing).length ? { briefing } : {}),
    conflicts: merged.conflicts ?? [],
    shared: { notebookId: theirsId, state: merged.shared?.[theirsId] ?? null },
  };
}
