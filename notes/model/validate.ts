// Shape (zod) plus the cross-references zod cannot express: unique ids and
// references that point at something. A notebook that passes is safe to use.
import type { z } from 'zod';
import { annotationsPassAsIs } from './fast-annotations.ts';
import { NotebookShape, SCHEMA_VERSION, type Annotation, type Notebook } from './schema.ts';
import { NOTE_MAX_CHARS, SOURCE_MAX_CHARS } from './vocabulary.ts';
import { checkReferences } from './references.ts';

export { checkReferences };

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
  if (annotationsPassAsIs(annotations) && annotations.every(fitsLimits)) {
    const rest = NotebookShape.safeParse({ ...value, annotations: [] });
    if (rest.success) return { success: true, data: { ...rest.data, annotations } };
  }
  return NotebookShape.safeParse(value);
}

/** The fast check predates the length limits: a note or quote too long goes to zod, which words the refusal. */
const fitsLimits = (a: Annotation): boolean =>
  a.note.length <= NOTE_MAX_CHARS &&
  a.target.quote.exact.length <= SOURCE_MAX_CHARS &&
  a.target.quote.prefix.length <= SOURCE_MAX_CHARS &&
  a.target.quote.suffix.length <= SOURCE_MAX_CHARS;
