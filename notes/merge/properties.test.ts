// The merge's promises, over generated edit histories: two analysts start
// from one notebook and each adds, edits, tags, claims and deletes; then one
// merges the other's file in (with the base, without it, and again).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, OperationError } from '../model/apply.ts';
import type { Operation } from '../model/ops.ts';
import type { Annotation, Notebook } from '../model/schema.ts';
import { validateNotebook } from '../model/validate.ts';
import { sampleNotebook } from '../samples/sample.ts';
import { nameKey } from './fields.ts';
import { Operation as OperationSchema } from '../model/ops.ts';
import { mergeOperation, planMerge } from './index.ts';

const RUNS = { numRuns: 150, seed: Number(process.env.FC_SEED ?? 20261204) };
const T0 = '2024-06-01T10:00:00.000Z';
const T1 = '2024-06-02T10:00:00.000Z';
const NOW = '2024-06-04T10:00:00.000Z';
const NAMES = ['Baghdad', 'baghdad ', 'Tehran', 'Ankara', 'Pentagon'];
const NOTES = ['', 'Check this.', 'Contradicts Ryder.', 'Rudaw, not an official.', 'Ψ — ünïcode'];

type Edit =
  | { type: 'add'; start: number; note: string }
  | { type: 'note'; pick: number; note: string }
  | { type: 'tag'; pick: number; label: string }
  | { type: 'claim'; pick: number; actor: string }
  | { type: 'delete'; pick: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), start: fc.nat(3000), note: fc.constantFrom(...NOTES) }),
  fc.record({ type: fc.constant('note' as const), pick: fc.nat(), note: fc.oneof(fc.constantFrom(...NOTES), fc.string({ maxLength: 12 })) }),
  fc.record({ type: fc.constant('tag' as const), pick: fc.nat(), label: fc.constantFrom('Coalition future', 'timeline', 'Timeline') }),
  fc.record({ type: fc.constant('claim' as const), pick: fc.nat(), actor: fc.constantFrom(...NAMES) }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
);

/** One analyst's history applied to their copy; ids are theirs alone (`side`), as random ids would be. */
function play(start: Notebook, side: string, edits: Edit[]): Notebook {
  let nb = start;
  let n = 0;
  const source = start.sources[0]!;
  const apply = (op: Operation) => {
    try {
      nb = applyOperation(nb, op, T1).notebook;
    } catch (err) {
      if (!(err instanceof OperationError)) throw err;
    }
  };
  for (const e of edits) {
    const target = nb.annotations.length ? nb.annotations[('pick' in e ? e.pick : 0) % nb.annotations.length]! : undefined;
    switch (e.type) {
      case 'add': {
        const annotation: Annotation = {
          id: `${side}-ann-${n++}`,
          sourceId: source.id,
          target: {
            quote: { type: 'TextQuoteSelector', exact: source.text.slice(e.start, e.start + 12), prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: e.start, end: e.start + 12 },
          },
          note: e.note,
          tags: [],
          createdAt: T1,
          updatedAt: T1,
        };
        apply({ kind: 'annotation.add', annotation });
        break;
      }
      case 'note':
        if (target) apply({ kind: 'annotation.update', id: target.id, patch: { note: e.note }, at: T1 });
        break;
      case 'tag': {
        if (!target) break;
        let tag = nb.tags.find((t) => t.label === e.label);
        if (!tag) {
          tag = { id: `${side}-tag-${n++}`, label: e.label, color: '#1f77b4' };
          apply({ kind: 'tag.add', tag });
        }
        if (!target.tags.includes(tag.id)) apply({ kind: 'annotation.update', id: target.id, patch: { tags: [...target.tags, tag.id] }, at: T1 });
        break;
      }
      case 'claim': {
        if (!target) break;
        let actor = nb.actors.find((a) => nameKey(a.name) === nameKey(e.actor));
        if (!actor) {
          actor = { id: `${side}-actor-${n++}`, name: e.actor.trim(), aliases: [], color: '#2ca02c' };
          apply({ kind: 'actor.add', actor });
        }
        const question = nb.questions[0]!;
        const claim = { actorId: actor.id, questionId: question.id, position: question.positions[0]!.label, cue: 'said', reliability: 'C' as const, credibility: '3' as const };
        apply({ kind: 'annotation.update', id: target.id, patch: { claim }, at: T1 });
        break;
      }
      case 'delete':
        if (target) apply({ kind: 'annotation.delete', id: target.id });
        break;
    }
  }
  return nb;
}

const historyArb = fc.array(editArb, { maxLength: 12 });

function valid(nb: Notebook): Notebook {
  const v = validateNotebook(JSON.parse(JSON.stringify(nb)));
  if (!v.ok) throw new Error(v.problem);
  return v.notebook;
}

/** Per annotation: the note texts found in the result or in its conflicts. */
function notesHeld(nb: Notebook): Map<string, Set<string>> {
  const held = new Map<string, Set<string>>(nb.annotations.map((a) => [a.id, new Set([a.note])]));
  for (const c of nb.conflicts ?? []) {
    if (c.kind !== 'annotation' || c.field !== 'note') continue;
    const set = held.get(c.recordId) ?? new Set();
    for (const v of [c.ours, c.theirs]) if (typeof v === 'string') set.add(v);
    held.set(c.recordId, set);
  }
  return held;
}

/** Per annotation: its claims (kept or in conflict), by the actor's name, so ids chosen by either side do not matter. */
function claimsHeld(nb: Notebook): Map<string, Set<string>> {
  const actor = new Map(nb.actors.map((a) => [a.id, nameKey(a.name)]));
  const view = (c: unknown) => {
    const claim = c as Annotation['claim'];
    return claim ? `${actor.get(claim.actorId) ?? '?'}|${claim.position}` : 'none';
  };
  const held = new Map<string, Set<string>>(nb.annotations.map((a) => [a.id, new Set([view(a.claim)])]));
  for (const c of nb.conflicts ?? []) {
    if (c.kind !== 'annotation' || c.field !== 'claim') continue;
    const set = held.get(c.recordId) ?? new Set();
    set.add(view(c.ours)).add(view(c.theirs));
    held.set(c.recordId, set);
  }
  return held;
}

const sorted = <T>(m: Map<string, Set<T>>) => [...m].map(([k, v]) => [k, [...v].sort()] as const).sort(([a], [b]) => a.localeCompare(b));

describe('merge properties over generated edit histories', () => {
  const start = sampleNotebook(T0);

  it('without a base: nothing from either side is lost, and the result validates', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (a, b) => {
        const ours = play(start, 'o', a);
        const theirs = play(start, 't', b);
        const merged = valid(planMerge(ours, theirs, { now: NOW }).notebook);
        const held = notesHeld(merged);
        const claims = claimsHeld(merged);
        const actorName = (nb: Notebook, id: string) => nameKey(nb.actors.find((x) => x.id === id)!.name);
        for (const side of [ours, theirs]) {
          for (const ann of side.annotations) {
            // An empty note holds no text to lose (without a base, the one written wins over it).
            if (ann.note) expect(held.get(ann.id), ann.id).toContain(ann.note);
            if (ann.claim) expect(claims.get(ann.id), ann.id).toContain(`${actorName(side, ann.claim.actorId)}|${ann.claim.position}`);
          }
        }
      }),
      RUNS,
    );
  });

  it('with the base: every note written on either side since the base is in the result or a conflict', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (a, b) => {
        const ours = play(start, 'o', a);
        const theirs = play(start, 't', b);
        const merged = valid(planMerge(ours, theirs, { base: start, now: NOW }).notebook);
        const held = notesHeld(merged);
        const before = new Map(start.annotations.map((x) => [x.id, x.note]));
        for (const side of [ours, theirs]) {
          for (const ann of side.annotations) {
            if (before.get(ann.id) === ann.note) continue;
            expect(held.get(ann.id), ann.id).toContain(ann.note);
          }
        }
      }),
      RUNS,
    );
  });

  it('merge(ours, theirs) and merge(theirs, ours) hold the same records', () => {
    fc.assert(
      fc.property(historyArb, historyArb, fc.boolean(), (a, b, withBase) => {
        const ours = play(start, 'o', a);
        const theirs = play(start, 't', b);
        const base = withBase ? start : undefined;
        const one = planMerge(ours, theirs, { base, now: NOW }).notebook;
        const other = planMerge(theirs, ours, { base, now: NOW }).notebook;
        expect(one.annotations.map((x) => x.id).sort()).toEqual(other.annotations.map((x) => x.id).sort());
        expect(one.relations.map((x) => x.id).sort()).toEqual(other.relations.map((x) => x.id).sort());
        expect(one.sources.map((x) => x.sha256).sort()).toEqual(other.sources.map((x) => x.sha256).sort());
        expect(new Set(one.actors.map((x) => nameKey(x.name)))).toEqual(new Set(other.actors.map((x) => nameKey(x.name))));
        expect(new Set(one.tags.map((x) => nameKey(x.label)))).toEqual(new Set(other.tags.map((x) => nameKey(x.label))));
        expect(sorted(notesHeld(one))).toEqual(sorted(notesHeld(other)));
        expect(sorted(claimsHeld(one))).toEqual(sorted(claimsHeld(other)));
      }),
      RUNS,
    );
  });

  it('merging the same file twice changes nothing', () => {
    fc.assert(
      fc.property(historyArb, historyArb, fc.boolean(), (a, b, withBase) => {
        const ours = play(start, 'o', a);
        const theirs = play(start, 't', b);
        const once = planMerge(ours, theirs, { base: withBase ? start : undefined, now: NOW });
        const twice = planMerge(once.notebook, theirs, { now: '2024-06-05T10:00:00.000Z' });
        expect(twice.notebook).toBe(once.notebook);
        expect(twice.summary).toMatchObject({ annotations: { added: 0, changed: 0, removed: 0 }, conflicts: 0 });
      }),
      RUNS,
    );
  });

  it('as one operation: applied, it gives the planned notebook; main accepts it; undone, ours exactly as it was', () => {
    const withoutTime = ({ updatedAt: _t, ...rest }: Notebook) => rest;
    fc.assert(
      fc.property(historyArb, historyArb, fc.boolean(), (a, b, withBase) => {
        const ours = play(start, 'o', a);
        const theirs = { ...play(start, 't', b), id: 'nb-colleague', author: 'Sam' };
        const plan = planMerge(ours, theirs, { base: withBase ? start : undefined, now: NOW });
        const op = mergeOperation(ours, plan, theirs.id);
        if (!op) return expect(plan.notebook).toBe(ours);
        expect(OperationSchema.safeParse(JSON.parse(JSON.stringify(op))).success).toBe(true);
        const merged = applyOperation(ours, op, NOW);
        expect(withoutTime(merged.notebook)).toEqual(withoutTime(plan.notebook));
        const undone = applyOperation(merged.notebook, JSON.parse(JSON.stringify(merged.inverse)) as Operation, NOW).notebook;
        expect(withoutTime(undone)).toEqual(withoutTime(ours));
      }),
      RUNS,
    );
  });
});
