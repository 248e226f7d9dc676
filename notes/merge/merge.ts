// Merging a colleague's notebook into ours, record by record and field by
// field, with no server: a three-way merge when there is a base (a notebook
// both started from, or what ours remembers of theirs from the last merge),
// a union by the same rules when there is none.
//
// For each field of a record both notebooks hold:
//   same value on both sides            → that value
//   changed on one side since the base   → that side's value
//   changed on both (or no base), a set  → both: the union (tags, aliases, positions, excerpts)
//   no base, one side empty              → the other side's value (nothing was written there)
//   changed on both (or no base), else   → ours kept, theirs recorded as a conflict
// A record only one side holds is new there (kept), or — when the base had
// it — deleted on the other side: dropped if unchanged since, otherwise kept
// and flagged. Records the other side made apart and that match ours by text
// or name (align.ts) keep ours' fields quietly and gain theirs' sets.
import type { Annotation, MergeConflict, Notebook, RecordKind } from '../model/schema.ts';
import { reanchorSource } from '../anchoring/reanchor.ts';
import { align } from './align.ts';
import { fieldHash, FIELDS, nameKey, withField, type FieldRule } from './fields.ts';
import { HASH_WIDTH, sameValue, shortHash } from './hash.ts';
import { Base, BRIEFING_KEY, briefingFields, encodeBriefing, encodeRecord, listsOf, remember, type RecordKindOfList } from './memory.ts';

type Rec = Record<string, unknown>;

/** What happened to one record, for the summary. */
export interface RecordChange {
  kind: RecordKind;
  id: string;
  how: 'added' | 'changed' | 'removed';
}

export interface MergeResult {
  notebook: Notebook;
  /** The conflicts this merge raised (the notebook's `conflicts` also keeps earlier unresolved ones). */
  conflicts: MergeConflict[];
  changes: RecordChange[];
  /** Who theirs is: its author, else its title. */
  from: string;
  /** Whether there was a base: a base notebook, or the memory of an earlier merge of theirs. */
  hadBase: boolean;
  /** Theirs holds sources and none of them is in ours: another article entirely, merged as extra sources. */
  otherArticle: boolean;
}

export const DELETED_FIELD = '(deleted)';

/** Stable across merges, so merging again replaces a conflict rather than repeating it. */
export const conflictId = (kind: RecordKind, recordId: string, field: string): string => `c${shortHash(`${kind}\u0000${recordId}\u0000${field}`)}`;

type Json = Exclude<MergeConflict['ours'], undefined>;
const json = (value: unknown): Json => (value === undefined ? null : (value as Json));

function union(rule: FieldRule, ours: unknown, theirs: unknown): unknown[] {
  const list = Array.isArray(ours) ? [...(ours as unknown[])] : [];
  const seen = new Set(list.map(rule.set!));
  for (const item of Array.isArray(theirs) ? (theirs as unknown[]) : []) {
    const key = rule.set!(item);
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(item);
  }
  return list;
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

const later = (a: unknown, b: unknown): string | undefined =>
  typeof a === 'string' && typeof b === 'string' ? (a > b ? a : b) : ((a ?? b) as string | undefined);

class Merger {
  readonly conflicts: MergeConflict[] = [];
  readonly changes: RecordChange[] = [];
  /** Theirs' records as hashes, made as they are compared: what ours will remember of theirs. */
  readonly memory: Record<string, string> = {};
  constructor(
    private readonly base: Base | undefined,
    private readonly matchedByName: Set<string>,
    private readonly from: string,
    private readonly now: string,
  ) {}

  private conflict(kind: RecordKind, recordId: string, field: string, ours: unknown, theirs: unknown): void {
    const c: MergeConflict = { id: conflictId(kind, recordId, field), kind, recordId, field, from: this.from, at: this.now };
    if (field !== DELETED_FIELD || ours !== undefined) c.ours = json(ours);
    if (field !== DELETED_FIELD || theirs !== undefined) c.theirs = json(theirs);
    this.conflicts.push(c);
  }

  /**
   * One field by the rules above: the value to keep, or `undefined` for ours as it is.
   * `hb` is the base's hash of the field (undefined: no base for it).
   */
  private field(kind: RecordKind, id: string, rule: FieldRule, o: unknown, t: unknown, ho: string, ht: string, hb: string | undefined): { take: 'ours' | 'theirs' | 'union' } {
    if (ho === ht) return { take: 'ours' };
    if (hb !== undefined && !this.matchedByName.has(id)) {
      if (ht === hb) return { take: 'ours' };
      if (ho === hb) return { take: 'theirs' };
    }
    if (rule.set) return { take: 'union' };
    // Without a base, a value left empty on one side was not written there: the other side's is taken.
    if (hb === undefined && isEmpty(t)) return { take: 'ours' };
    if (hb === undefined && isEmpty(o)) return { take: 'theirs' };
    if (!this.matchedByName.has(id)) this.conflict(kind, id, rule.name, o, t);
    return { take: 'ours' };
  }

  /** `encoded`: theirs' field hashes (encodeRecord). */
  private record(kind: RecordKindOfList, o: Rec, t: Rec, encoded: string): Rec {
    const id = o.id as string;
    let next: Rec | undefined;
    FIELDS[kind].forEach((rule, i) => {
      // Most fields agree: compared as values first, hashed only when they differ.
      if (rule.hashOf ? sameValue(rule.hashOf(o), rule.hashOf(t)) : sameValue(o[rule.name], t[rule.name])) return;
      const ho = fieldHash(rule, o);
      const ht = encoded.slice(i * HASH_WIDTH, (i + 1) * HASH_WIDTH);
      if (ho === ht) return;
      const { take } = this.field(kind, id, rule, o[rule.name], t[rule.name], ho, ht, this.base?.field(id, i));
      if (take === 'ours') return;
      next ??= { ...o };
      if (take === 'union') {
        next[rule.name] = union(rule, o[rule.name], t[rule.name]);
        return;
      }
      for (const key of [rule.name, ...(rule.with ?? [])]) next = withField(next, key, t[key]);
    });
    // An actor made apart under another name: that name becomes one of ours' aliases.
    if (kind === 'actor' && this.matchedByName.has(id) && nameKey(t.name as string) !== nameKey(o.name as string)) {
      const aliases = (next?.aliases ?? o.aliases) as string[];
      if (!aliases.some((a) => nameKey(a) === nameKey(t.name as string))) (next ??= { ...o }).aliases = [...aliases, t.name];
    }
    if (!next || JSON.stringify(next) === JSON.stringify(o)) return o;
    if (next.updatedAt !== undefined || t.updatedAt !== undefined) next.updatedAt = later(o.updatedAt, t.updatedAt);
    this.changes.push({ kind, id, how: 'changed' });
    return next;
  }

  /** Whether a record differs from the base in any field. */
  private changedSinceBase(kind: RecordKindOfList, r: Rec, encoded = encodeRecord(kind, r)): boolean {
    return FIELDS[kind].some((_, i) => {
      const hb = this.base!.field(r.id as string, i);
      return hb !== undefined && hb !== encoded.slice(i * HASH_WIDTH, (i + 1) * HASH_WIDTH);
    });
  }

  list(kind: RecordKindOfList, ours: readonly Rec[], theirs: readonly Rec[]): Rec[] {
    const theirsById = new Map<string, Rec>();
    for (const t of theirs) {
      theirsById.set(t.id as string, t);
      this.memory[t.id as string] = encodeRecord(kind, t);
    }
    const oursIds = new Set<string>();
    const out: Rec[] = [];
    for (const o of ours) {
      const id = o.id as string;
      oursIds.add(id);
      const t = theirsById.get(id);
      if (t) out.push(this.record(kind, o, t, this.memory[id]!));
      else if (!this.base?.has(id)) out.push(o);
      else if (this.changedSinceBase(kind, o)) {
        this.conflict(kind, id, DELETED_FIELD, o, undefined);
        out.push(o);
      } else this.changes.push({ kind, id, how: 'removed' });
    }
    for (const t of theirs) {
      const id = t.id as string;
      if (oursIds.has(id)) continue;
      if (this.base?.has(id)) {
        if (!this.changedSinceBase(kind, t, this.memory[id])) continue;
        this.conflict(kind, id, DELETED_FIELD, undefined, t);
      }
      out.push(kind === 'annotation' && t.by === undefined ? { ...t, by: this.from } : t);
      this.changes.push({ kind, id, how: 'added' });
    }
    return out;
  }

  briefing(ours: Notebook, theirs: Notebook): Notebook['briefing'] {
    const o = briefingFields(ours);
    const t = briefingFields(theirs);
    const merged = new Map(o);
    let changed = false;
    for (const name of new Set([...o.keys(), ...t.keys()])) {
      const ov = o.get(name);
      const tv = t.get(name);
      const rule: FieldRule = { name, ...(name === 'excerptIds' || name.startsWith('columns.') ? { set: String } : {}) };
      const { take } = this.field('briefing', BRIEFING_KEY, rule, ov, tv, shortHash(ov), shortHash(tv), this.base?.briefingField(name));
      if (take === 'ours') continue;
      changed = true;
      merged.set(name, take === 'union' ? union(rule, ov, tv) : tv);
    }
    if (!changed) return ours.briefing;
    this.changes.push({ kind: 'briefing', id: BRIEFING_KEY, how: 'changed' });
    const questionNotes: Record<string, string> = {};
    const columns: Record<string, string[]> = {};
    for (const [name, value] of merged) {
      if (value === undefined) continue;
      if (name.startsWith('questionNotes.')) questionNotes[name.slice('questionNotes.'.length)] = value as string;
      if (name.startsWith('columns.')) columns[name.slice('columns.'.length)] = value as string[];
    }
    return {
      ...ours.briefing,
      title: merged.get('title') as string,
      bluf: merged.get('bluf') as string,
      excerptIds: merged.get('excerptIds') as string[],
      questionNotes,
      columns,
    };
  }
}

/**
 * Whatever the merge dropped that something kept still points at comes back
 * (a source, actor, question or tag a kept annotation uses); what points at
 * something gone goes (a relation or excerpt of a deleted annotation).
 */
function keepReferencesWhole(nb: Notebook, ours: Notebook, theirs: Notebook): Notebook {
  const back = <T extends { id: string }>(list: T[], needed: Iterable<string>, ...from: T[][]): T[] => {
    const have = new Set(list.map((r) => r.id));
    const out = [...list];
    for (const id of needed) {
      if (have.has(id)) continue;
      const found = from.map((l) => l.find((r) => r.id === id)).find(Boolean);
      if (!found) continue;
      out.push(found);
      have.add(id);
    }
    return out;
  };
  const claims = nb.annotations.flatMap((a) => (a.claim ? [a.claim] : []));
  const sources = back(nb.sources, nb.annotations.map((a) => a.sourceId), ours.sources, theirs.sources);
  const actors = back(nb.actors, claims.map((c) => c.actorId), ours.actors, theirs.actors);
  const questions = back(nb.questions, claims.map((c) => c.questionId), ours.questions, theirs.questions);
  const tags = back(nb.tags, nb.annotations.flatMap((a) => a.tags), ours.tags, theirs.tags);
  const annotationIds = new Set(nb.annotations.map((a) => a.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const questionIds = new Set(questions.map((q) => q.id));
  const columns = Object.fromEntries(
    Object.entries(nb.briefing.columns)
      .filter(([q]) => questionIds.has(q))
      .map(([q, ids]) => [q, ids.filter((id) => actorIds.has(id))]),
  );
  return {
    ...nb,
    sources,
    actors,
    questions,
    tags,
    relations: nb.relations.filter((r) => annotationIds.has(r.from) && annotationIds.has(r.to) && r.from !== r.to),
    briefing: { ...nb.briefing, excerptIds: nb.briefing.excerptIds.filter((id) => annotationIds.has(id)), columns },
  };
}

/**
 * A source whose revised text came from theirs: ours' annotations on it were
 * made on the old text, so they are re-anchored on the new one (theirs' own
 * already point into it). Orphans are kept as they are, as a revise does.
 */
function reanchorRevised(nb: Notebook, ours: Notebook, theirs: Notebook): Notebook {
  const oursSha = new Map(ours.sources.map((s) => [s.id, s.sha256]));
  const revised = nb.sources.filter((s) => oursSha.has(s.id) && oursSha.get(s.id) !== s.sha256);
  if (!revised.length) return nb;
  const theirsTargets = new Map(theirs.annotations.map((a) => [a.id, a.target]));
  const moved = new Map<string, Annotation>();
  for (const source of revised) {
    const stale = nb.annotations.filter((a) => a.sourceId === source.id && !sameValue(theirsTargets.get(a.id), a.target));
    for (const a of reanchorSource(source.text, stale).annotations) moved.set(a.id, a);
  }
  return moved.size ? { ...nb, annotations: nb.annotations.map((a) => moved.get(a.id) ?? a) } : nb;
}

export interface MergeOptions {
  /** The time of the merge: stamps the conflicts, the memory of theirs and the notebook. */
  now: string;
}

/**
 * Merges `theirs` into `ours`. `base` is a notebook both started from; without
 * it, what `ours` remembers of `theirs` from an earlier merge is the base, and
 * without that the merge is a union. Pure: no notebook passed in is changed.
 */
export function merge(base: Notebook | undefined, ours: Notebook, theirs: Notebook, { now }: MergeOptions): MergeResult {
  const aligned = align(ours, theirs);
  const t = aligned.notebook;
  const remembered = ours.shared?.[theirs.id];
  const baseRecords = base ? remember(align(ours, base).notebook) : remembered?.records;
  const from = theirs.author ?? theirs.title;
  const m = new Merger(baseRecords ? new Base(baseRecords) : undefined, aligned.matchedByName, from, now);

  const lists = new Map(listsOf(t));
  const merged = Object.fromEntries(listsOf(ours).map(([kind, list]) => [kind, m.list(kind, list, lists.get(kind)!)])) as Record<RecordKindOfList, Rec[]>;
  let notebook: Notebook = {
    ...ours,
    sources: merged.source as Notebook['sources'],
    annotations: merged.annotation as Annotation[],
    actors: merged.actor as Notebook['actors'],
    questions: merged.question as Notebook['questions'],
    tags: merged.tag as Notebook['tags'],
    relations: merged.relation as Notebook['relations'],
    briefing: { ...m.briefing(ours, t), keyJudgments: merged.keyJudgment as Notebook['briefing']['keyJudgments'] },
  };
  notebook = keepReferencesWhole(notebook, ours, t);
  notebook = reanchorRevised(notebook, ours, t);

  // A record dropped as deleted but brought back because something kept uses it was not removed after all.
  const present = new Set(listsOf(notebook).flatMap(([, list]) => list.map((r) => r.id as string)));
  present.add(BRIEFING_KEY);
  const changes = m.changes.filter((c) => c.how !== 'removed' || !present.has(c.id));
  // Earlier conflicts stay until resolved, ours' and theirs' alike (theirs' losing values are not lost either);
  // one raised again replaces its older self; one whose record is gone has nothing left to resolve.
  const raised = new Set(m.conflicts.map((c) => c.id));
  const earlier = new Map<string, MergeConflict>();
  for (const c of [...(ours.conflicts ?? []), ...(t.conflicts ?? [])]) if (!raised.has(c.id) && !earlier.has(c.id)) earlier.set(c.id, c);
  const conflicts = [...earlier.values()].filter((c) => present.has(c.recordId)).concat(m.conflicts);
  const sameConflicts = JSON.stringify(conflicts) === JSON.stringify(ours.conflicts ?? []);
  const records = { ...m.memory, [BRIEFING_KEY]: encodeBriefing(t) };
  const sameMemory = remembered !== undefined && JSON.stringify(remembered.records) === JSON.stringify(records);
  const unchanged = m.changes.length === 0 && sameConflicts && sameMemory;
  const result: MergeResult = {
    notebook: unchanged ? ours : { ...notebook, updatedAt: now, shared: { ...ours.shared, [theirs.id]: { title: theirs.title, at: now, records } } },
    conflicts: m.conflicts,
    changes,
    from,
    hadBase: baseRecords !== undefined,
    otherArticle: theirs.sources.length > 0 && ours.sources.length > 0 && aligned.sharedSources === 0,
  };
  if (!unchanged) {
    if (conflicts.length) result.notebook.conflicts = conflicts;
    else delete result.notebook.conflicts;
  }
  return result;
}
