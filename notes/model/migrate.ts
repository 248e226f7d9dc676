// Brings a notebook read from disk up to the current schema version, in
// memory. The store calls this between JSON.parse and validateNotebook; the
// file itself is only rewritten by the next save (and its backup keeps the
// original bytes), so a migration never costs the analyst their file.
//
// Schema versions:
//   0 — the pre-release format: no `schemaVersion` field (or 0); a question
//       had no `positions` list, the briefing had no `columns`, and a claim's
//       position existed only as its label.
//   1 — questions list their positions with a colour; briefing.columns.
//   2 — every record (source, actor, question, tag, relation, key judgment)
//       has an `updatedAt`, as annotations had, so a merge can tell records
//       apart in time; the notebook may carry an author, merge conflicts and
//       what each colleague's notebook held at the last merge.
//
// Pure and DOM-free: it also runs in the renderer (import of a file there).
import { nextColor } from './factory.ts';
import { SCHEMA_VERSION } from './schema.ts';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The schema version a parsed file claims: 0 when the field is absent,
 * undefined when it is not a whole non-negative number (validation will say so).
 */
export function schemaVersionOf(raw: unknown): number | undefined {
  if (!isRecord(raw)) return undefined;
  const version = raw.schemaVersion ?? 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

/** Each question's position labels, in the order claims first use them. */
function positionLabelsByQuestion(annotations: unknown): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  if (!Array.isArray(annotations)) return labels;
  for (const annotation of annotations) {
    const claim = isRecord(annotation) ? annotation.claim : undefined;
    if (!isRecord(claim) || typeof claim.questionId !== 'string' || typeof claim.position !== 'string') continue;
    // The schema trims labels, so the claim's label and the position's must match once trimmed.
    const label = claim.position.trim();
    if (!label) continue;
    const list = labels.get(claim.questionId) ?? [];
    if (!list.includes(label)) list.push(label);
    labels.set(claim.questionId, list);
  }
  return labels;
}

function v0ToV1(nb: Json): Json {
  const labels = positionLabelsByQuestion(nb.annotations);
  const questions = Array.isArray(nb.questions)
    ? nb.questions.map((question: unknown) => {
        if (!isRecord(question) || question.positions !== undefined) return question;
        const used: string[] = [];
        const positions = (typeof question.id === 'string' ? (labels.get(question.id) ?? []) : []).map((label) => {
          const color = nextColor(used);
          used.push(color);
          return { label, color };
        });
        return { ...question, positions };
      })
    : nb.questions;
  const briefing = isRecord(nb.briefing) && nb.briefing.columns === undefined ? { ...nb.briefing, columns: {} } : nb.briefing;
  return { ...nb, schemaVersion: 1, questions, briefing };
}

/** Each record without a time gets the best one known: when its source was imported, else the notebook's last change. */
function v1ToV2(nb: Json): Json {
  const fallback = typeof nb.updatedAt === 'string' ? nb.updatedAt : undefined;
  const stamp = (list: unknown, timeOf: (r: Json) => unknown = () => fallback): unknown =>
    Array.isArray(list)
      ? list.map((r: unknown) => (isRecord(r) && r.updatedAt === undefined && typeof timeOf(r) === 'string' ? { ...r, updatedAt: timeOf(r) } : r))
      : list;
  const briefing = isRecord(nb.briefing) ? { ...nb.briefing, keyJudgments: stamp(nb.briefing.keyJudgments) } : nb.briefing;
  return {
    ...nb,
    schemaVersion: 2,
    sources: stamp(nb.sources, (s) => s.importedAt ?? fallback),
    actors: stamp(nb.actors),
    questions: stamp(nb.questions),
    tags: stamp(nb.tags),
    relations: stamp(nb.relations),
    briefing,
  };
}

const steps: Record<number, (nb: Json) => Json> = { 0: v0ToV1, 1: v1ToV2 };

/**
 * Returns `raw` moved forward to SCHEMA_VERSION, without changing `raw`.
 * Anything it cannot migrate (not an object, an unknown or newer version) is
 * returned as is, for validateNotebook to describe; a newer file is never
 * downgraded.
 */
export function migrate(raw: unknown): unknown {
  let version = schemaVersionOf(raw);
  if (!isRecord(raw) || version === undefined || version >= SCHEMA_VERSION) return raw;
  let nb: Json = raw;
  while (version < SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) return nb;
    nb = step(nb);
    version += 1;
  }
  return nb;
}
