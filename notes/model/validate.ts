// Shape (zod) plus the cross-references zod cannot express: unique ids and
// references that point at something. A notebook that passes is safe to use.
import type { z } from 'zod';
import { NotebookShape, SCHEMA_VERSION, type Notebook } from './schema.ts';
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

/** zod's parse of the notebook's shape (no cross-references). */
export function parseNotebookShape(value: object): z.ZodSafeParseResult<Notebook> {
  return NotebookShape.safeParse(value);
}
