// Shape (zod) plus the cross-references zod cannot express: unique ids and
// references that point at something. A notebook that passes is safe to use.
import type { z } from 'zod';
import { annotationsPassAsIs } from './fast-annotations.ts';
import { NotebookShape, SCHEMA_VERSION, type Notebook } from './schema.ts';

export type Validation = { ok: true; notebook: Notebook } | { ok: false; problem: string };

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : 'the notebook';
  return `${where}: ${issue.message}`;
}

export function validateNotebook(value: unknown): Validation {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: `expected a notebook object, found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `it was written by a newer Research Notebook (schema version ${version}; this one reads up to ${SCHEMA_VERSION}) — update the app to open it`,
    };
  }
  const parsed = parseNotebookShape(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const more = parsed.error.issues.length - 1;
    return { ok: false, problem: (first ? describeIssue(first) : 'invalid notebook') + (more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : '') };
  }
  const problem = checkReferences(parsed.data);
  return problem ? { ok: false, problem } : { ok: true, notebook: parsed.data };
}

/**
 * zod's parse of the notebook. The annotations (nearly all of a big
 * notebook) are checked by hand when they can be taken as they are, and zod
 * parses the rest; anything the fast check does not vouch for, and every
 * failure, goes through zod whole, so results and messages are zod's.
 */
export function parseNotebookShape(value: object): z.ZodSafeParseResult<Notebook> {
  const annotations = (value as { annotations?: unknown }).annotations;
  if (annotationsPassAsIs(annotations)) {
    const rest = NotebookShape.safeParse({ ...value, annotations: [] });
    if (rest.success) return { success: true, data: { ...rest.data, annotations } };
  }
  return NotebookShape.safeParse(value);
}

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
