// The store's contract: a notebook handed to `set`, and every object in it,
// is never changed afterwards — edits make new objects for what they change.
// The serializer caches each element's JSON by object identity on the
// strength of it, so a mutation would be saved stale. Here every operation
// kind (and its undo) runs on a deep-frozen notebook: a mutation would throw.
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../model/apply.ts';
import { Operation } from '../model/ops.ts';
import type { Notebook } from '../model/schema.ts';
import { sampleNotebook, SAMPLE_IDS as ids } from '../samples/sample.ts';
import { notebookJson, serializeInSlices } from './serialize.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

async function saved(nb: Notebook): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of serializeInSlices(nb)) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

const at = '2024-06-01T10:00:00.000Z';

function edits(nb: Notebook): Operation[] {
  const source = nb.sources[0]!;
  const first = nb.annotations[0]!;
  const added = { ...first, id: 'ann-new', note: 'added', claim: undefined, tags: [] };
  delete added.claim;
  return [
    { kind: 'notebook.rename', title: 'Coalition talks, reviewed' },
    { kind: 'notebook.author', author: 'Ali' },
    { kind: 'source.add', source: { ...source, id: 'src-2', title: 'Second' } },
    { kind: 'source.update', id: 'src-2', patch: { title: 'Second source', url: null } },
    { kind: 'source.move', id: 'src-2', to: 0 },
    { kind: 'source.replace', source: { ...source, text: `${source.text}\nAppended.` }, annotations: [{ ...first, note: 'moved' }] },
    { kind: 'source.delete', id: 'src-2' },
    { kind: 'annotation.add', annotation: added },
    { kind: 'annotation.update', id: 'ann-new', at, patch: { note: 'changed', tags: [ids.tag], claim: { ...first.claim!, cue: 'said' } } },
    { kind: 'annotation.update', id: 'ann-new', at, patch: { claim: null, tags: [] } },
    { kind: 'actor.add', actor: { id: 'actor-3', name: 'Ankara', aliases: [], color: '#2ca02c' } },
    { kind: 'actor.update', id: 'actor-3', patch: { aliases: ['Turkey'] } },
    { kind: 'actor.delete', id: 'actor-3' },
    { kind: 'question.add', question: { id: 'q-2', text: 'Who trains the army?', positions: [] } },
    { kind: 'question.update', id: 'q-2', patch: { positions: [{ label: 'NATO', color: '#1f77b4' }] } },
    { kind: 'question.delete', id: 'q-2' },
    { kind: 'tag.add', tag: { id: 'tag-2', label: 'later', color: '#9467bd' } },
    { kind: 'tag.update', id: 'tag-2', patch: { label: 'much later' } },
    { kind: 'tag.delete', id: 'tag-2' },
    { kind: 'relation.add', relation: { id: 'rel-2', from: 'ann-new', to: ids.baghdadClaim, kind: 'supports', note: '' } },
    { kind: 'relation.delete', id: 'rel-2' },
    { kind: 'relation.add', relation: { id: 'rel-3', from: 'ann-new', to: ids.washingtonClaim, kind: 'qualifies', note: '' } },
    { kind: 'briefing.update', patch: { excerptIds: [...nb.briefing.excerptIds, 'ann-new'], bluf: 'Changed.' } },
    { kind: 'suggestion.dismiss', sourceId: source.id, exact: 'the step only as a “transition”', dismissed: true },
    { kind: 'annotation.delete', id: 'ann-new' },
    { kind: 'conflicts.set', conflicts: [{ id: 'c-1', kind: 'annotation', recordId: ids.baghdadClaim, field: 'note', ours: 'a', theirs: 'b', from: 'Sam', at }] },
    { kind: 'batch', ops: [{ kind: 'notebook.rename', title: 'Batch' }, { kind: 'tag.add', tag: { id: 'tag-3', label: 'b', color: '#8c564b' } }] },
    {
      kind: 'notebook.merge',
      lists: { tags: { remove: ['tag-3'], put: [{ record: { id: 'tag-m', label: 'merged', color: '#17becf' }, at: 0 }] } },
      conflicts: [],
      shared: { notebookId: 'nb-sam', state: { title: 'Sam', at, records: { 'tag-m': 'abc' } } },
    },
  ];
}

describe('operations on a frozen notebook (the store keeps what it was given)', () => {
  it('cover every operation kind', () => {
    const all = Operation.options.map((o) => o.shape.kind.value);
    expect(new Set(edits(sampleNotebook(at)).map((op) => op.kind))).toEqual(new Set(all));
  });

  it('never change it, and every state saves as its own JSON, undo included', async () => {
    let nb = deepFreeze(sampleNotebook(at));
    const original = JSON.stringify(nb);
    const states: Notebook[] = [nb];
    const inverses: Operation[] = [];
    await saved(nb);
    for (const op of edits(nb)) {
      const applied = applyOperation(nb, deepFreeze(op), at);
      nb = deepFreeze(applied.notebook);
      inverses.unshift(deepFreeze(applied.inverse));
      states.push(nb);
      expect(await saved(nb)).toBe(notebookJson(nb));
    }
    for (const inverse of inverses) {
      nb = deepFreeze(applyOperation(nb, inverse, at).notebook);
      expect(await saved(nb)).toBe(notebookJson(nb));
    }
    expect(JSON.stringify({ ...nb, updatedAt: at })).toBe(original);
    // Every earlier state is still intact, and still saves as itself.
    for (const state of states) expect(await saved(state)).toBe(notebookJson(state));
  });
});
