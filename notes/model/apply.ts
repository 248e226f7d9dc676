// Applying an Operation: one pure function, on both sides of the IPC boundary.
// It returns the new notebook and the operation that undoes it. Without the
// schema library (main validates every Operation before it gets here).
import type { Annotation, Notebook, Source } from './schema.ts';
import type { Operation, SourcePatch } from './operation.ts';
import { checkReferences } from './references.ts';
import { applyMerge } from './mergeOp.ts';

/** An edit that cannot apply (unknown id, something still in use). The message is for the analyst. */
export class OperationError extends Error {
  override name = 'OperationError';
}

export interface Applied {
  notebook: Notebook;
  inverse: Operation;
}

type Entity = { id: string };
type ListKey = 'sources' | 'annotations' | 'actors' | 'questions' | 'tags' | 'relations';

function find<T extends Entity>(list: readonly T[], id: string, what: string): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new OperationError(`There is no ${what} with id "${id}" in this notebook.`);
  return item;
}

function addTo<K extends ListKey>(nb: Notebook, key: K, item: Notebook[K][number], what: string): Notebook {
  if ((nb[key] as Entity[]).some((x) => x.id === item.id)) throw new OperationError(`A ${what} with id "${item.id}" already exists.`);
  return { ...nb, [key]: [...nb[key], item] };
}

function replaceIn<K extends ListKey>(nb: Notebook, key: K, item: Notebook[K][number]): Notebook {
  return { ...nb, [key]: (nb[key] as Entity[]).map((x) => (x.id === item.id ? item : x)) };
}

function removeFrom<K extends ListKey>(nb: Notebook, key: K, id: string): Notebook {
  return { ...nb, [key]: (nb[key] as Entity[]).filter((x) => x.id !== id) };
}

/** Only the keys a patch sets, with their old values: the patch that undoes it. */
function previousValues<T extends object>(item: T, patch: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) out[key] = item[key];
  return out;
}

/** A record as added: stamped with the time of the edit unless it brings its own (an undo does). */
function stamped<T extends { updatedAt?: string | undefined }>(item: T, now: string): T {
  return item.updatedAt ? item : { ...item, updatedAt: now };
}

/** A record with a patch applied, stamped now; a patch that gives a time (an undo's) keeps it. */
function patched<T extends { updatedAt?: string | undefined }>(old: T, patch: Partial<NoInfer<T>>, now: string): T {
  return { ...old, ...patch, updatedAt: patch.updatedAt ?? now };
}

/** The patch that undoes `patch` on `old`, old time included. */
function undoPatch<T extends { updatedAt?: string | undefined }>(old: T, patch: Partial<NoInfer<T>>): Partial<T> {
  const undo = previousValues(old, patch);
  if (old.updatedAt !== undefined) undo.updatedAt = old.updatedAt;
  else delete undo.updatedAt;
  return undo;
}

/** Key judgments the edit changed get the edit's time (the briefing is edited as a whole). */
function stampJudgments(before: Notebook['briefing']['keyJudgments'], after: Notebook['briefing']['keyJudgments'], now: string) {
  const old = new Map(before.map((k) => [k.id, k]));
  return after.map((k) => {
    const was = old.get(k.id);
    if (was === k) return k;
    if (was && was.updatedAt !== k.updatedAt && k.updatedAt) return k;
    if (was && JSON.stringify({ ...was, updatedAt: 0 }) === JSON.stringify({ ...k, updatedAt: 0 })) return k;
    return { ...k, updatedAt: now };
  });
}

/** A source with a patch applied: null clears an optional field; stamped now unless the patch gives a time (an undo's). */
function patchSource(old: Source, patch: SourcePatch, now: string): Source {
  const merged: Record<string, unknown> = { ...old };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
  merged.updatedAt = patch.updatedAt ?? now;
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null)) as Source;
}

/** The patch that undoes `patch` on `old`: a field it did not have comes back as null (cleared). */
function undoSourcePatch(old: Source, patch: SourcePatch): SourcePatch {
  const undo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) if (key !== 'updatedAt' && value !== undefined) undo[key] = old[key as keyof Source] ?? null;
  if (old.updatedAt !== undefined) undo.updatedAt = old.updatedAt;
  return undo as SourcePatch;
}

/**
 * Removes a source and its annotations, with the relations, excerpts and
 * rejected suggestions that hang off them. The undo brings them all back and
 * the source to its place in the list (its annotations join the end of theirs,
 * which nothing shows in stored order).
 */
function deleteSource(nb: Notebook, id: string): Applied {
  const source = find(nb.sources, id, 'source');
  const index = nb.sources.indexOf(source);
  const annotations = nb.annotations.filter((a) => a.sourceId === id);
  const gone = new Set(annotations.map((a) => a.id));
  const relations = nb.relations.filter((r) => gone.has(r.from) || gone.has(r.to));
  const excerptIds = nb.briefing.excerptIds.filter((x) => !gone.has(x));
  const dismissed = (nb.dismissedSuggestions ?? []).filter((d) => d.sourceId === id);
  const { dismissedSuggestions: _old, ...rest } = nb;
  const keptDismissed = (nb.dismissedSuggestions ?? []).filter((d) => d.sourceId !== id);
  const notebook: Notebook = {
    ...(keptDismissed.length ? { ...rest, dismissedSuggestions: keptDismissed } : rest),
    sources: nb.sources.filter((s) => s.id !== id),
    annotations: nb.annotations.filter((a) => !gone.has(a.id)),
    relations: relations.length ? nb.relations.filter((r) => !relations.includes(r)) : nb.relations,
    briefing: excerptIds.length === nb.briefing.excerptIds.length ? nb.briefing : { ...nb.briefing, excerptIds },
  };
  const restore: Operation[] = [{ kind: 'source.add', source }];
  if (index !== nb.sources.length - 1) restore.push({ kind: 'source.move', id, to: index });
  for (const annotation of annotations) restore.push({ kind: 'annotation.add', annotation });
  for (const relation of relations) restore.push({ kind: 'relation.add', relation });
  if (notebook.briefing !== nb.briefing) restore.push({ kind: 'briefing.update', patch: { excerptIds: nb.briefing.excerptIds } });
  for (const d of dismissed) restore.push({ kind: 'suggestion.dismiss', sourceId: d.sourceId, exact: d.exact, dismissed: true });
  return { notebook, inverse: restore.length === 1 ? restore[0]! : { kind: 'batch', ops: restore } };
}

function inUse(what: string, count: number): never {
  throw new OperationError(`This ${what} is used by ${count} annotation${count === 1 ? '' : 's'}; remove it from them first.`);
}

function step(nb: Notebook, op: Operation, now: string): Applied {
  switch (op.kind) {
    case 'notebook.rename':
      return { notebook: { ...nb, title: op.title }, inverse: { kind: 'notebook.rename', title: nb.title } };
    case 'notebook.author': {
      const { author: _old, ...rest } = nb;
      return { notebook: op.author === null ? rest : { ...rest, author: op.author }, inverse: { kind: 'notebook.author', author: nb.author ?? null } };
    }
    case 'source.add':
      return { notebook: addTo(nb, 'sources', stamped(op.source, now), 'source'), inverse: { kind: 'source.delete', id: op.source.id } };
    case 'source.replace': {
      const old = find(nb.sources, op.source.id, 'source');
      const moved = new Map(op.annotations.map((a) => [a.id, a]));
      const before = nb.annotations.filter((a) => moved.has(a.id));
      const annotations = nb.annotations.map((a) => moved.get(a.id) ?? a);
      const source = op.source.updatedAt && op.source.updatedAt !== old.updatedAt ? op.source : { ...op.source, updatedAt: now };
      return {
        notebook: { ...replaceIn(nb, 'sources', source), annotations },
        inverse: { kind: 'source.replace', source: old, annotations: before },
      };
    }
    case 'source.update': {
      const old = find(nb.sources, op.id, 'source');
      return {
        notebook: replaceIn(nb, 'sources', patchSource(old, op.patch, now)),
        inverse: { kind: 'source.update', id: op.id, patch: undoSourcePatch(old, op.patch) },
      };
    }
    case 'source.delete':
      return deleteSource(nb, op.id);
    case 'source.move': {
      const from = nb.sources.indexOf(find(nb.sources, op.id, 'source'));
      if (op.to >= nb.sources.length) throw new OperationError(`There is no place ${op.to + 1} in a list of ${nb.sources.length} sources.`);
      const sources = nb.sources.filter((s) => s.id !== op.id);
      sources.splice(op.to, 0, nb.sources[from]!);
      return { notebook: { ...nb, sources }, inverse: { kind: 'source.move', id: op.id, to: from } };
    }
    case 'annotation.add':
      return { notebook: addTo(nb, 'annotations', op.annotation, 'annotation'), inverse: { kind: 'annotation.delete', id: op.annotation.id } };
    case 'annotation.update': {
      const old = find(nb.annotations, op.id, 'annotation');
      const { claim, anchoring, ...rest } = op.patch;
      const next: Annotation = { ...old, ...rest, updatedAt: op.at };
      if (claim === null) delete next.claim;
      else if (claim !== undefined) next.claim = claim;
      if (anchoring === null) delete next.anchoring;
      else if (anchoring !== undefined) next.anchoring = anchoring;
      const undo = previousValues(old, rest) as typeof op.patch;
      if (claim !== undefined) undo.claim = old.claim ?? null;
      if (anchoring !== undefined) undo.anchoring = old.anchoring ?? null;
      return { notebook: replaceIn(nb, 'annotations', next), inverse: { kind: 'annotation.update', id: op.id, patch: undo, at: old.updatedAt } };
    }
    case 'annotation.delete': {
      const old = find(nb.annotations, op.id, 'annotation');
      // Relations and excerpts hang off the annotation: take them along, and bring them back on undo.
      const relations = nb.relations.filter((r) => r.from === op.id || r.to === op.id);
      const wasExcerpt = nb.briefing.excerptIds.includes(op.id);
      const notebook: Notebook = {
        ...removeFrom(nb, 'annotations', op.id),
        relations: nb.relations.filter((r) => !relations.includes(r)),
        briefing: wasExcerpt ? { ...nb.briefing, excerptIds: nb.briefing.excerptIds.filter((x) => x !== op.id) } : nb.briefing,
      };
      const restore: Operation[] = [{ kind: 'annotation.add', annotation: old }, ...relations.map((relation) => ({ kind: 'relation.add' as const, relation }))];
      if (wasExcerpt) restore.push({ kind: 'briefing.update', patch: { excerptIds: nb.briefing.excerptIds } });
      return { notebook, inverse: restore.length === 1 ? restore[0]! : { kind: 'batch', ops: restore } };
    }
    case 'actor.add':
      return { notebook: addTo(nb, 'actors', stamped(op.actor, now), 'actor'), inverse: { kind: 'actor.delete', id: op.actor.id } };
    case 'actor.update': {
      const old = find(nb.actors, op.id, 'actor');
      return { notebook: replaceIn(nb, 'actors', patched(old, op.patch, now)), inverse: { kind: 'actor.update', id: op.id, patch: undoPatch(old, op.patch) } };
    }
    case 'actor.delete': {
      const old = find(nb.actors, op.id, 'actor');
      const used = nb.annotations.filter((a) => a.claim?.actorId === op.id).length;
      if (used) inUse('actor', used);
      return { notebook: removeFrom(nb, 'actors', op.id), inverse: { kind: 'actor.add', actor: old } };
    }
    case 'question.add':
      return { notebook: addTo(nb, 'questions', stamped(op.question, now), 'question'), inverse: { kind: 'question.delete', id: op.question.id } };
    case 'question.update': {
      const old = find(nb.questions, op.id, 'question');
      return {
        notebook: replaceIn(nb, 'questions', patched(old, op.patch, now)),
        inverse: { kind: 'question.update', id: op.id, patch: undoPatch(old, op.patch) },
      };
    }
    case 'question.delete': {
      const old = find(nb.questions, op.id, 'question');
      const used = nb.annotations.filter((a) => a.claim?.questionId === op.id).length;
      if (used) inUse('question', used);
      return { notebook: removeFrom(nb, 'questions', op.id), inverse: { kind: 'question.add', question: old } };
    }
    case 'tag.add':
      return { notebook: addTo(nb, 'tags', stamped(op.tag, now), 'tag'), inverse: { kind: 'tag.delete', id: op.tag.id } };
    case 'tag.update': {
      const old = find(nb.tags, op.id, 'tag');
      return { notebook: replaceIn(nb, 'tags', patched(old, op.patch, now)), inverse: { kind: 'tag.update', id: op.id, patch: undoPatch(old, op.patch) } };
    }
    case 'tag.delete': {
      const old = find(nb.tags, op.id, 'tag');
      const used = nb.annotations.filter((a) => a.tags.includes(op.id)).length;
      if (used) inUse('tag', used);
      return { notebook: removeFrom(nb, 'tags', op.id), inverse: { kind: 'tag.add', tag: old } };
    }
    case 'relation.add':
      return { notebook: addTo(nb, 'relations', stamped(op.relation, now), 'relation'), inverse: { kind: 'relation.delete', id: op.relation.id } };
    case 'relation.delete': {
      const old = find(nb.relations, op.id, 'relation');
      return { notebook: removeFrom(nb, 'relations', op.id), inverse: { kind: 'relation.add', relation: old } };
    }
    case 'briefing.update': {
      const briefing = { ...nb.briefing, ...op.patch };
      if (op.patch.keyJudgments) briefing.keyJudgments = stampJudgments(nb.briefing.keyJudgments, op.patch.keyJudgments, now);
      return {
        notebook: { ...nb, briefing },
        inverse: { kind: 'briefing.update', patch: previousValues(nb.briefing, op.patch) },
      };
    }
    case 'conflicts.set': {
      const { conflicts: _old, ...rest } = nb;
      return {
        notebook: op.conflicts.length ? { ...rest, conflicts: op.conflicts } : rest,
        inverse: { kind: 'conflicts.set', conflicts: nb.conflicts ?? [] },
      };
    }
    case 'notebook.merge':
      return applyMerge(nb, op);
    case 'suggestion.dismiss': {
      const list = nb.dismissedSuggestions ?? [];
      const same = (d: { sourceId: string; exact: string }) => d.sourceId === op.sourceId && d.exact === op.exact;
      const was = list.some(same);
      const next = op.dismissed ? (was ? list : [...list, { sourceId: op.sourceId, exact: op.exact }]) : list.filter((d) => !same(d));
      // An empty list is no list: undo gives back the notebook exactly as it was saved.
      const { dismissedSuggestions: _old, ...rest } = nb;
      return { notebook: next.length ? { ...rest, dismissedSuggestions: next } : rest, inverse: { ...op, dismissed: was } };
    }
    case 'batch': {
      let current = nb;
      const inverses: Operation[] = [];
      for (const inner of op.ops) {
        const applied = step(current, inner, now);
        current = applied.notebook;
        inverses.unshift(applied.inverse);
      }
      return { notebook: current, inverse: { kind: 'batch', ops: inverses } };
    }
  }
}

/**
 * Applies one edit. Throws OperationError (with a message for the analyst) when
 * the edit does not fit the notebook; the notebook passed in is never changed.
 * `now` stamps notebook.updatedAt.
 */
export function applyOperation(nb: Notebook, op: Operation, now: string): Applied {
  const applied = step(nb, op, now);
  const problem = needsReferenceCheck(op) ? checkReferences(applied.notebook) : undefined;
  if (problem) throw new OperationError(`That edit would leave the notebook inconsistent — ${problem}.`);
  return { notebook: { ...applied.notebook, updatedAt: now }, inverse: applied.inverse };
}

// The full cross-reference check is O(notebook); typing in a note does not need it.
function needsReferenceCheck(op: Operation): boolean {
  if (op.kind === 'annotation.update') return op.patch.tags !== undefined || op.patch.claim != null;
  // Key judgment ids share the notebook's id space (validateNotebook refuses a duplicate on load).
  if (op.kind === 'briefing.update') return op.patch.excerptIds !== undefined || op.patch.keyJudgments !== undefined;
  return !['notebook.rename', 'notebook.author', 'suggestion.dismiss', 'source.update', 'source.move', 'actor.update', 'question.update', 'tag.update', 'conflicts.set'].includes(op.kind);
}
