// Applying a `notebook.merge` operation: a colleague's notebook merged in, as
// the records it puts in place or removes per list, the briefing fields it
// sets, the conflicts left and what is remembered of the colleague. One pass
// per list (by id), so merging ten thousand records is not ten thousand
// copies of a list. The inverse puts the old records back at their old places,
// so undo gives back the lists exactly as they were, order included.
import type { MergePatch, Operation, RecordsPatch } from './operation.ts';
import type { Notebook, SharedState } from './schema.ts';
import { OperationError } from './apply.ts';

type Entity = { id: string };
type ListKey = keyof MergePatch['lists'];
const LIST_KEYS: readonly ListKey[] = ['sources', 'annotations', 'actors', 'questions', 'tags', 'relations'];

function patchList<T extends Entity>(list: readonly T[], patch: RecordsPatch<T>, what: string): { list: T[]; undo: RecordsPatch<T> } {
  const removing = new Set(patch.remove);
  const putById = new Map(patch.put.map((p) => [p.record.id, p]));
  const undo: RecordsPatch<T> = { remove: [], put: [] };
  const kept: T[] = [];
  list.forEach((item, index) => {
    if (removing.has(item.id)) {
      removing.delete(item.id);
      undo.put.push({ record: item, at: index });
      return;
    }
    const put = putById.get(item.id);
    if (!put) return void kept.push(item);
    putById.delete(item.id);
    undo.put.push({ record: item });
    kept.push(put.record);
  });
  const [missing] = removing;
  if (missing !== undefined) throw new OperationError(`There is no ${what} with id "${missing}" in this notebook — it changed since the merge was prepared; merge again.`);
  // What is left is new to the list: in place by `at`, in increasing order, then at the end.
  const fresh = [...putById.values()];
  const placed = fresh.filter((p) => p.at !== undefined).sort((a, b) => a.at! - b.at!);
  const out: T[] = [];
  let next = 0;
  for (const p of placed) {
    while (out.length < p.at! && next < kept.length) out.push(kept[next++]!);
    out.push(p.record);
  }
  while (next < kept.length) out.push(kept[next++]!);
  for (const p of fresh) if (p.at === undefined) out.push(p.record);
  undo.remove = fresh.map((p) => p.record.id);
  // Undo removes before it puts back; the old records go back by their index, in increasing order.
  undo.put.sort((a, b) => (a.at ?? -1) - (b.at ?? -1));
  return { list: out, undo };
}

const WHAT: Record<ListKey, string> = { sources: 'source', annotations: 'annotation', actors: 'actor', questions: 'question', tags: 'tag', relations: 'relation' };

export function applyMerge(nb: Notebook, op: Extract<Operation, { kind: 'notebook.merge' }>): { notebook: Notebook; inverse: Operation } {
  let notebook: Notebook = { ...nb };
  const lists: MergePatch['lists'] = {};
  for (const key of LIST_KEYS) {
    const patch = op.lists[key];
    if (!patch) continue;
    const done = patchList<Entity>(nb[key], patch as RecordsPatch<Entity>, WHAT[key]);
    notebook = { ...notebook, [key]: done.list };
    (lists as Record<string, RecordsPatch<Entity>>)[key] = done.undo;
  }
  let briefingUndo: MergePatch['briefing'];
  if (op.briefing) {
    briefingUndo = {};
    for (const key of Object.keys(op.briefing) as (keyof typeof op.briefing)[]) (briefingUndo as Record<string, unknown>)[key] = nb.briefing[key];
    notebook.briefing = { ...nb.briefing, ...op.briefing };
  }
  const { conflicts: _c, shared: _s, ...rest } = notebook;
  const shared: Record<string, SharedState> = Object.fromEntries(Object.entries(nb.shared ?? {}).filter(([id]) => id !== op.shared.notebookId));
  if (op.shared.state) shared[op.shared.notebookId] = op.shared.state;
  notebook = { ...rest, ...(op.conflicts.length ? { conflicts: op.conflicts } : {}), ...(Object.keys(shared).length ? { shared } : {}) };
  const inverse: Operation = {
    kind: 'notebook.merge',
    lists,
    ...(briefingUndo ? { briefing: briefingUndo } : {}),
    conflicts: nb.conflicts ?? [],
    shared: { notebookId: op.shared.notebookId, state: nb.shared?.[op.shared.notebookId] ?? null },
  };
  return { notebook, inverse };
}
