// Before two notebooks can be merged record by record, the other notebook is
// rewritten in this one's ids: a source with the same text is the same source
// whatever its id (the article imported twice); an actor, question or tag not
// known by id is the one with the same name (two "Baghdad" actors made apart);
// an annotation made apart on the same words (by the same actor, for a claim)
// is the same annotation; the claims, tags and relations that point at them
// follow. An id this notebook already uses for something else is given a new one.
import type { Actor, Annotation, Notebook, Question, Source, Tag } from '../model/schema.ts';
import { nameKey } from './fields.ts';
import { shortHash } from './hash.ts';
import { listsOf } from './memory.ts';

export interface Aligned {
  /** The other notebook, in this one's ids. */
  notebook: Notebook;
  /** Ids (in this notebook) of records the other made apart and that were matched by text or name, not id. */
  matchedByName: Set<string>;
  /** How many of the other's sources this notebook already has. */
  sharedSources: number;
}

type Named = { id: string };

function everyId(nb: Notebook): Map<string, string> {
  const kinds = new Map<string, string>();
  const lists = listsOf(nb);
  for (const [kind, list] of lists) for (const r of list) kinds.set(String(r.id), kind);
  return kinds;
}

const actorNames = (a: Actor): string[] => [a.name, ...a.aliases].map(nameKey);

/**
 * Maps each of `theirs` ids to one in `ours`. Records of a kind match by id
 * first; the rest by `keysOf` (each of ours taken once); the rest keep their id
 * unless ours uses it for another record, then get a derived one.
 */
function mapIds<T extends Named>(
  kind: string,
  ours: readonly T[],
  theirs: readonly T[],
  keysOf: ((r: T) => string[]) | undefined,
  oursKinds: Map<string, string>,
  map: Map<string, string>,
  matched: Set<string>,
): void {
  const oursIds = new Set(ours.map((r) => r.id));
  const claimed = new Set(theirs.filter((t) => oursIds.has(t.id)).map((t) => t.id));
  const byKey = new Map<string, T>();
  if (keysOf) for (const o of ours) if (!claimed.has(o.id)) for (const k of keysOf(o)) if (!byKey.has(k)) byKey.set(k, o);
  for (const t of theirs) {
    if (oursIds.has(t.id)) continue;
    const same = keysOf?.(t).map((k) => byKey.get(k)).find((o) => o !== undefined && !claimed.has(o.id));
    if (same) {
      claimed.add(same.id);
      matched.add(same.id);
      map.set(t.id, same.id);
    } else if (oursKinds.has(t.id) && oursKinds.get(t.id) !== kind) {
      map.set(t.id, `${t.id.slice(0, 60)}-${shortHash(`${kind}:${t.id}`)}`);
    }
  }
}

/** `theirs` in `ours`' ids (see the file's comment). Pure: neither notebook is changed. */
export function align(ours: Notebook, theirs: Notebook): Aligned {
  const oursKinds = everyId(ours);
  const map = new Map<string, string>();
  const matchedByName = new Set<string>();
  mapIds('source', ours.sources, theirs.sources, (s: Source) => [s.sha256], oursKinds, map, matchedByName);
  const sharedSources = theirs.sources.filter((s) => ours.sources.some((o) => o.id === (map.get(s.id) ?? s.id) && o.sha256 === s.sha256)).length;
  mapIds('actor', ours.actors, theirs.actors, actorNames, oursKinds, map, matchedByName);
  mapIds('question', ours.questions, theirs.questions, (q: Question) => [nameKey(q.text)], oursKinds, map, matchedByName);
  mapIds('tag', ours.tags, theirs.tags, (t: Tag) => [nameKey(t.label)], oursKinds, map, matchedByName);
  // The same words annotated apart (both accepted the finder's suggestion): one annotation, whose differing
  // fields are conflicts to resolve, not two copies. A claim matches only a claim by the same actor.
  const oursAnnotations = new Set(ours.annotations);
  const sameWords = (a: Annotation): string[] => {
    const mine = oursAnnotations.has(a);
    const by = a.claim ? `claim:${mine ? a.claim.actorId : (map.get(a.claim.actorId) ?? a.claim.actorId)}` : 'note';
    return [`${mine ? a.sourceId : (map.get(a.sourceId) ?? a.sourceId)}|${a.target.position.start}|${a.target.position.end}|${by}|${a.target.quote.exact}`];
  };
  mapIds('annotation', ours.annotations, theirs.annotations, sameWords, oursKinds, map, new Set());
  mapIds('relation', ours.relations, theirs.relations, undefined, oursKinds, map, matchedByName);
  mapIds('keyJudgment', ours.briefing.keyJudgments, theirs.briefing.keyJudgments, undefined, oursKinds, map, matchedByName);
  if (map.size === 0) return { notebook: theirs, matchedByName, sharedSources };

  const to = (id: string): string => map.get(id) ?? id;
  const renamed = <T extends Named>(r: T): T => (map.has(r.id) ? { ...r, id: to(r.id) } : r);
  // A claim names its position by label: take ours' spelling of the same label.
  const oursQuestions = new Map(ours.questions.map((q) => [q.id, q]));
  const positionIn = (questionId: string, label: string): string =>
    oursQuestions.get(questionId)?.positions.find((p) => nameKey(p.label) === nameKey(label))?.label ?? label;
  const annotations = theirs.annotations.map((a) => {
    const claim = a.claim && { ...a.claim, actorId: to(a.claim.actorId), questionId: to(a.claim.questionId) };
    if (claim) claim.position = positionIn(claim.questionId, claim.position);
    const moved = { ...a, id: to(a.id), sourceId: to(a.sourceId), tags: a.tags.map(to) };
    return claim ? { ...moved, claim } : moved;
  });
  const rekey = <V>(record: Record<string, V>, value: (v: V) => V = (v) => v): Record<string, V> =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [to(k), value(v)]));
  const notebook: Notebook = {
    ...theirs,
    sources: theirs.sources.map(renamed),
    annotations,
    actors: theirs.actors.map(renamed),
    questions: theirs.questions.map(renamed),
    tags: theirs.tags.map(renamed),
    relations: theirs.relations.map((r) => ({ ...renamed(r), from: to(r.from), to: to(r.to) })),
    briefing: {
      ...theirs.briefing,
      keyJudgments: theirs.briefing.keyJudgments.map(renamed),
      excerptIds: theirs.briefing.excerptIds.map(to),
      questionNotes: rekey(theirs.briefing.questionNotes),
      columns: rekey(theirs.briefing.columns, (ids) => ids.map(to)),
    },
  };
  return { notebook, matchedByName, sharedSources };
}
