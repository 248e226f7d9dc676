// Each rule of the merge on the sample notebook: two analysts start from the
// same file, edit their copies, and one merges the other's in.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../model/apply.ts';
import type { Operation } from '../model/ops.ts';
import type { Annotation, Notebook } from '../model/schema.ts';
import { validateNotebook } from '../model/validate.ts';
import { SAMPLE_IDS as ids, sampleNotebook } from '../samples/sample.ts';
import { DELETED_FIELD, planMerge, resolveConflict } from './index.ts';

const T0 = '2024-06-01T10:00:00.000Z';
const T1 = '2024-06-02T10:00:00.000Z';
const T2 = '2024-06-03T10:00:00.000Z';
const NOW = '2024-06-04T10:00:00.000Z';

const base = () => sampleNotebook(T0);
const edit = (nb: Notebook, ...ops: Operation[]): Notebook => ops.reduce((n, op) => applyOperation(n, op, T1).notebook, nb);
const note = (id: string, text: string): Operation => ({ kind: 'annotation.update', id, patch: { note: text }, at: T1 });
const annotationIn = (nb: Notebook, id: string) => nb.annotations.find((a) => a.id === id);

function newAnnotation(nb: Notebook, id: string, text: string, start: number): Annotation {
  const source = nb.sources[0]!;
  return {
    id,
    sourceId: source.id,
    target: {
      quote: { type: 'TextQuoteSelector', exact: source.text.slice(start, start + 20), prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + 20 },
    },
    note: text,
    tags: [],
    createdAt: T1,
    updatedAt: T1,
  };
}

function valid(nb: Notebook): Notebook {
  const v = validateNotebook(JSON.parse(JSON.stringify(nb)));
  if (!v.ok) throw new Error(v.problem);
  return nb;
}

describe('merge, with the notebook both started from as base', () => {
  it('takes a change made on one side only', () => {
    const ours = edit(base(), note(ids.baghdadClaim, 'ours changed this'));
    const theirs = edit(base(), note(ids.washingtonClaim, 'theirs changed that'));
    const plan = planMerge(ours, theirs, { base: base(), now: NOW });
    expect(annotationIn(plan.notebook, ids.baghdadClaim)!.note).toBe('ours changed this');
    expect(annotationIn(plan.notebook, ids.washingtonClaim)!.note).toBe('theirs changed that');
    expect(plan.conflicts).toEqual([]);
    expect(plan.summary.annotations).toMatchObject({ added: 0, changed: 1, conflicts: 0 });
    valid(plan.notebook);
  });

  it('takes both changes when the two sides changed different fields of one annotation', () => {
    const ours = edit(base(), note(ids.baghdadClaim, 'ours note'));
    const theirs = edit(base(), { kind: 'annotation.update', id: ids.baghdadClaim, patch: { tags: [] }, at: T1 });
    const merged = planMerge(ours, theirs, { base: base(), now: NOW }).notebook;
    expect(annotationIn(merged, ids.baghdadClaim)).toMatchObject({ note: 'ours note', tags: [] });
  });

  it('keeps ours and records theirs as a conflict when both changed the same field', () => {
    const ours = edit(base(), note(ids.baghdadClaim, 'ours reading'));
    const theirs = { ...edit(base(), note(ids.baghdadClaim, 'theirs reading')), author: 'Sam' };
    const plan = planMerge(ours, theirs, { base: base(), now: NOW });
    expect(annotationIn(plan.notebook, ids.baghdadClaim)!.note).toBe('ours reading');
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ kind: 'annotation', recordId: ids.baghdadClaim, field: 'note', ours: 'ours reading', theirs: 'theirs reading', from: 'Sam', at: NOW }),
    ]);
    expect(plan.notebook.conflicts).toEqual(plan.conflicts);
    expect(plan.summary.byActor.find((a) => a.actorId === ids.baghdad)).toMatchObject({ conflicts: 1 });
    valid(plan.notebook);
  });

  it('drops a record deleted on one side and untouched on the other', () => {
    const theirs = edit(base(), { kind: 'relation.delete', id: ids.relation }, { kind: 'annotation.delete', id: ids.washingtonClaim });
    const plan = planMerge(base(), theirs, { base: base(), now: NOW });
    expect(annotationIn(plan.notebook, ids.washingtonClaim)).toBeUndefined();
    expect(plan.notebook.relations).toEqual([]);
    expect(plan.summary.annotations.removed).toBe(1);
    valid(plan.notebook);
  });

  it('keeps and flags a record deleted on one side and edited on the other', () => {
    const ours = edit(base(), note(ids.washingtonClaim, 'still matters'));
    const theirs = edit(base(), { kind: 'relation.delete', id: ids.relation }, { kind: 'annotation.delete', id: ids.washingtonClaim });
    const plan = planMerge(ours, theirs, { base: base(), now: NOW });
    expect(annotationIn(plan.notebook, ids.washingtonClaim)!.note).toBe('still matters');
    expect(plan.conflicts).toEqual([expect.objectContaining({ recordId: ids.washingtonClaim, field: DELETED_FIELD })]);
    expect(plan.conflicts[0]!.theirs).toBeUndefined();
    valid(plan.notebook);
  });
});

describe('merge without a base (two notebooks never merged)', () => {
  it('is a union: annotations from both, theirs marked with who they came from', () => {
    const ours = edit(base(), { kind: 'annotation.add', annotation: newAnnotation(base(), 'ann-ours', 'mine', 10) });
    const theirs = { ...edit(base(), { kind: 'annotation.add', annotation: newAnnotation(base(), 'ann-theirs', 'yours', 40) }), author: 'Sam' };
    const plan = planMerge(ours, theirs, { now: NOW });
    expect(plan.notebook.annotations.map((a) => a.id).sort()).toEqual([...base().annotations.map((a) => a.id), 'ann-ours', 'ann-theirs'].sort());
    expect(annotationIn(plan.notebook, 'ann-theirs')!.by).toBe('Sam');
    expect(annotationIn(plan.notebook, 'ann-ours')!.by).toBeUndefined();
    expect(plan.summary).toMatchObject({ from: 'Sam', hadBase: false, otherArticle: false, annotations: { added: 1, changed: 0 } });
    expect(plan.summary.bySource).toEqual([expect.objectContaining({ sourceId: ids.source, added: 1 })]);
    valid(plan.notebook);
  });

  it('holds the same source once when both imported the same article under different ids', () => {
    const theirs = base();
    const moved = { ...theirs, sources: theirs.sources.map((s) => ({ ...s, id: 'src-their-import', title: 'Same text, other title' })), annotations: theirs.annotations.map((a) => ({ ...a, sourceId: 'src-their-import' })) };
    const withNew = edit(moved, { kind: 'annotation.add', annotation: { ...newAnnotation(moved, 'ann-theirs', 'x', 5) } });
    const merged = valid(planMerge(base(), withNew, { now: NOW }).notebook);
    expect(merged.sources.map((s) => s.id)).toEqual([ids.source]);
    expect(annotationIn(merged, 'ann-theirs')!.sourceId).toBe(ids.source);
  });

  it('makes two actors of the same name one, and their claims follow', () => {
    const theirs = base();
    const renamed = {
      ...theirs,
      actors: theirs.actors.map((a) => (a.id === ids.baghdad ? { ...a, id: 'their-baghdad', name: 'baghdad', aliases: ['Iraq'], color: '#123456' } : a)),
      annotations: theirs.annotations.map((a) => (a.claim?.actorId === ids.baghdad ? { ...a, claim: { ...a.claim, actorId: 'their-baghdad' } } : a)),
      briefing: { ...theirs.briefing, columns: { [ids.question]: ['their-baghdad', ids.washington] } },
    };
    const claim = { ...newAnnotation(renamed, 'ann-theirs', 'x', 5), claim: { ...renamed.annotations[0]!.claim! } };
    const plan = planMerge(base(), edit(renamed, { kind: 'annotation.add', annotation: claim }), { now: NOW });
    const merged = valid(plan.notebook);
    expect(merged.actors.map((a) => a.id)).toEqual(base().actors.map((a) => a.id));
    expect(merged.actors[0]!.aliases).toContain('Iraq');
    expect(merged.actors[0]!.color).toBe(base().actors[0]!.color);
    expect(annotationIn(merged, 'ann-theirs')!.claim!.actorId).toBe(ids.baghdad);
    expect(plan.conflicts).toEqual([]);
  });

  it('holds one annotation for the same words claimed apart by the same actor, their differences as conflicts', () => {
    const claimOn = (nb: Notebook, id: string, position: string) => ({ ...newAnnotation(nb, id, '', 60), claim: { ...nb.annotations[0]!.claim!, position } });
    const ours = edit(base(), { kind: 'annotation.add', annotation: claimOn(base(), 'ann-ali', 'End of the mission') });
    const theirs = { ...edit(base(), { kind: 'annotation.add', annotation: claimOn(base(), 'ann-sam', 'Transition') }), author: 'Sam' };
    const plan = planMerge(ours, theirs, { now: NOW });
    const merged = valid(plan.notebook);
    expect(merged.annotations.filter((a) => a.target.position.start === 60).map((a) => a.id)).toEqual(['ann-ali']);
    expect(plan.conflicts).toMatchObject([{ kind: 'annotation', recordId: 'ann-ali', field: 'claim' }]);
    expect(plan.summary.annotations).toMatchObject({ added: 0 });
    // A plain note on the same words, or another actor's claim there, is an annotation of its own.
    const other = { ...claimOn(base(), 'ann-sam-2', 'Transition'), claim: { ...base().annotations[0]!.claim!, actorId: ids.washington } };
    const plain = newAnnotation(base(), 'ann-sam-3', 'a note', 60);
    const both = planMerge(ours, { ...edit(base(), { kind: 'annotation.add', annotation: other }, { kind: 'annotation.add', annotation: plain }), author: 'Sam' }, { now: NOW });
    expect(both.notebook.annotations.filter((a) => a.target.position.start === 60).map((a) => a.id).sort()).toEqual(['ann-ali', 'ann-sam-2', 'ann-sam-3']);
  });

  it('merges a notebook of another article entirely as extra sources, and says so', () => {
    const text = 'A different article about something else.';
    const other: Notebook = {
      ...base(),
      id: 'nb-other',
      sources: [{ ...base().sources[0]!, id: 'src-other', text, sha256: createHash('sha256').update(text).digest('hex') }],
      annotations: [],
      relations: [],
      briefing: { ...base().briefing, excerptIds: [] },
    };
    const plan = planMerge(base(), other, { now: NOW });
    expect(plan.summary.otherArticle).toBe(true);
    expect(plan.summary.newSources).toEqual([{ id: 'src-other', title: base().sources[0]!.title }]);
    valid(plan.notebook);
  });
});

describe('a source revised on one side', () => {
  it('takes the new text, and re-anchors the annotations the other side made on the old one', () => {
    const old = base().sources[0]!;
    const text = `Updated on Wednesday.\n\n${old.text}`;
    const sha256 = createHash('sha256').update(text).digest('hex');
    const theirs = edit(base(), { kind: 'source.replace', source: { ...old, text, sha256 }, annotations: base().annotations.map((a) => ({ ...a, target: { ...a.target, position: { ...a.target.position, start: a.target.position.start + 23, end: a.target.position.end + 23 } } })) });
    const ours = edit(base(), { kind: 'annotation.add', annotation: newAnnotation(base(), 'ann-ours', 'on the old text', 100) });
    const merged = valid(planMerge(ours, theirs, { base: base(), now: NOW }).notebook);
    expect(merged.sources[0]!.text).toBe(text);
    const mine = annotationIn(merged, 'ann-ours')!;
    expect(text.slice(mine.target.position.start, mine.target.position.end)).toBe(mine.target.quote.exact);
    expect(mine.target.position.start).toBe(123);
  });
});

describe('the memory of the last merge', () => {
  it('survives a save and load, and makes the next merge repeat nothing', () => {
    const ours = edit(base(), note(ids.baghdadClaim, 'ours reading'));
    const theirs = edit(base(), note(ids.baghdadClaim, 'theirs reading'));
    const first = planMerge(ours, theirs, { now: NOW });
    expect(first.conflicts).toHaveLength(1);
    const saved = valid(JSON.parse(JSON.stringify(first.notebook)) as Notebook);
    expect(saved.shared?.[theirs.id]?.records[ids.baghdadClaim]).toMatch(/^[0-9a-z]+$/);
    // The same file again: nothing new.
    const again = planMerge(saved, theirs, { now: T2 });
    expect(again.conflicts).toEqual([]);
    expect(again.notebook).toBe(saved);
    // They keep working: their new edit comes in as a one-sided change, not a conflict.
    const later = edit(theirs, note(ids.washingtonClaim, 'theirs, later'));
    const next = planMerge(saved, later, { now: T2 });
    expect(next.conflicts).toEqual([]);
    expect(annotationIn(next.notebook, ids.washingtonClaim)!.note).toBe('theirs, later');
    expect(annotationIn(next.notebook, ids.baghdadClaim)!.note).toBe('ours reading');
    expect(next.notebook.conflicts).toHaveLength(1);
  });
});

describe('the memory of the last merge, when ours deletes what came in', () => {
  it('does not bring back an annotation ours deleted after the merge, unless theirs edits it again', () => {
    const theirs = edit(base(), { kind: 'annotation.add', annotation: newAnnotation(base(), 'ann-theirs', 'from Sam', 40) });
    const first = planMerge(base(), theirs, { now: NOW }).notebook;
    expect(annotationIn(first, 'ann-theirs')).toBeDefined();
    const deleted = edit(first, { kind: 'annotation.delete', id: 'ann-theirs' });
    const again = planMerge(deleted, theirs, { now: T2 });
    expect(annotationIn(again.notebook, 'ann-theirs')).toBeUndefined();
    expect(again.summary.annotations.added).toBe(0);
    // Sam edits it: it comes back, flagged, so the edit is not lost.
    const edited = edit(theirs, note('ann-theirs', 'from Sam, revised'));
    const back = planMerge(deleted, edited, { now: T2 });
    expect(annotationIn(back.notebook, 'ann-theirs')!.note).toBe('from Sam, revised');
    expect(back.conflicts).toEqual([expect.objectContaining({ recordId: 'ann-theirs', field: DELETED_FIELD })]);
    expect(back.conflicts[0]!.ours).toBeUndefined();
  });
});

describe('resolving a conflict', () => {
  const conflicted = () => {
    const ours = edit(base(), note(ids.baghdadClaim, 'ours reading'));
    const theirs = edit(base(), note(ids.baghdadClaim, 'theirs reading'));
    return planMerge(ours, theirs, { base: base(), now: NOW }).notebook;
  };
  for (const [choice, expected] of [
    ['ours', 'ours reading'],
    ['theirs', 'theirs reading'],
    ['both', 'ours reading\n\ntheirs reading'],
  ] as const) {
    it(`${choice}: sets the field, clears the conflict, and undoes as one step`, () => {
      const nb = conflicted();
      const op = resolveConflict(nb, nb.conflicts![0]!.id, choice, T2);
      const applied = applyOperation(nb, op, T2);
      expect(annotationIn(applied.notebook, ids.baghdadClaim)!.note).toBe(expected);
      expect(applied.notebook.conflicts).toBeUndefined();
      valid(applied.notebook);
      const undone = applyOperation(applied.notebook, applied.inverse, T2).notebook;
      expect({ ...undone, updatedAt: nb.updatedAt }).toEqual(nb);
    });
  }

  it('a record deleted by theirs: choosing theirs deletes it', () => {
    const ours = edit(base(), note(ids.baghdadClaim, 'kept by us'));
    const theirs = edit(base(), { kind: 'relation.delete', id: ids.relation }, { kind: 'annotation.delete', id: ids.baghdadClaim });
    const nb = planMerge(ours, theirs, { base: base(), now: NOW }).notebook;
    const applied = applyOperation(nb, resolveConflict(nb, nb.conflicts![0]!.id, 'theirs', T2), T2).notebook;
    expect(annotationIn(applied, ids.baghdadClaim)).toBeUndefined();
    valid(applied);
  });
});
