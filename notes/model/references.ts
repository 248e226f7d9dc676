// The cross-references a notebook's shape cannot express: unique ids, and
// references that point at something. Without the schema library, so the
// window can check an edit as main does.
import type { Notebook } from './schema.ts';

export function checkReferences(nb: Notebook): string | undefined {
  // One map for the shared id space: which list each id is in (also answers "is it a source?" below).
  const listOf = new Map<string, string>();
  const groups = [
    ['sources', nb.sources],
    ['annotations', nb.annotations],
    ['actors', nb.actors],
    ['questions', nb.questions],
    ['tags', nb.tags],
    ['relations', nb.relations],
    ['key judgments', nb.briefing.keyJudgments],
  ] as const;
  for (const [name, items] of groups) {
    for (const item of items) {
      if (listOf.has(item.id)) return `${name}: the id "${item.id}" is used twice`;
      listOf.set(item.id, name);
    }
  }
  const is = (id: string, list: string) => listOf.get(id) === list;
  for (const a of nb.annotations) {
    if (!is(a.sourceId, 'sources')) return `annotation ${a.id}: its source "${a.sourceId}" is not in the notebook`;
    for (const t of a.tags) if (!is(t, 'tags')) return `annotation ${a.id}: its tag "${t}" is not in the notebook`;
    if (a.claim) {
      if (!is(a.claim.actorId, 'actors')) return `annotation ${a.id}: its actor "${a.claim.actorId}" is not in the notebook`;
      if (!is(a.claim.questionId, 'questions')) return `annotation ${a.id}: its question "${a.claim.questionId}" is not in the notebook`;
    }
  }
  for (const r of nb.relations) {
    if (!is(r.from, 'annotations') || !is(r.to, 'annotations')) return `relation ${r.id}: it links an annotation that is not in the notebook`;
    if (r.from === r.to) return `relation ${r.id}: it links an annotation to itself`;
  }
  for (const id of nb.briefing.excerptIds) {
    if (!is(id, 'annotations')) return `briefing: excerpt "${id}" is not an annotation in the notebook`;
  }
  return undefined;
}
