// A hand-written check of the annotations array, for loading big notebooks.
// zod spends ~90 ms on the 10,000 annotations of a 7 MB notebook (it builds a
// copy of every object as it goes); these checks take a few milliseconds.
//
// The rules are the ones of `Annotation` in schema.ts, and the patterns
// (ids, dates) are read from those schemas, not restated. The check only
// says yes when zod would accept the array *and* return it unchanged: an
// object with a key zod would strip, or a label zod would trim, is left to
// zod. So a "yes" can replace zod's parse, and a "no" means "ask zod" — which
// also words the error. fast-annotations.test.ts checks both directions
// against zod on generated and damaged notebooks.
import type { z } from 'zod';
import { Annotation, CREDIBILITY, Id, IsoDate, RELIABILITY } from './schema.ts';

/** The regex a zod string schema checks, or undefined if zod's internals moved. */
function patternOf(schema: z.ZodType): RegExp | undefined {
  const def = schema._zod.def as { pattern?: unknown; checks?: { _zod: { def: { pattern?: unknown } } }[] };
  if (def.pattern instanceof RegExp) return def.pattern;
  const found = (def.checks ?? []).map((c) => c._zod.def.pattern).filter((p): p is RegExp => p instanceof RegExp);
  return found.length === 1 ? found[0] : undefined;
}

const ID = patternOf(Id);
const ISO_DATE = patternOf(IsoDate);
const RELIABILITIES: ReadonlySet<unknown> = new Set(RELIABILITY);
const CREDIBILITIES: ReadonlySet<unknown> = new Set(CREDIBILITY);

/** Whether the fast check can run here (the schema's patterns were found). */
export const fastCheckAvailable = ID !== undefined && ISO_DATE !== undefined;

type Rec = Record<string, unknown>;

/** Plain data, as JSON.parse makes it (zod would accept any non-array object, and copy it). */
function isRecord(v: unknown): v is Rec {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
const isId = (v: unknown): boolean => typeof v === 'string' && ID!.test(v);
const isDate = (v: unknown): boolean => typeof v === 'string' && ISO_DATE!.test(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
/** A string zod's `.trim()` leaves as it is, within the length limits. */
const isTrimmed = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'string' && v.length >= min && v.length <= max && v.trim() === v;

/**
 * No keys besides the `count` ones the caller checks (zod strips any other
 * key, so an object with more would not come back unchanged). With a plain
 * prototype, the keys the caller read are own ones, so the count is enough.
 * Counted with for-in, which walks the same keys here and allocates nothing:
 * Object.keys made an array per object, 3.5 MB for the annotations of a 7 MB
 * notebook.
 */
function hasExactly(o: Rec, count: number): boolean {
  let keys = 0;
  for (const _ in o) if (++keys > count) return false;
  return keys === count;
}

function isQuote(q: unknown): boolean {
  return (
    isRecord(q) &&
    hasExactly(q, 4) &&
    q.type === 'TextQuoteSelector' &&
    typeof q.exact === 'string' &&
    q.exact.length >= 1 &&
    typeof q.prefix === 'string' &&
    typeof q.suffix === 'string'
  );
}

function isPosition(p: unknown): boolean {
  return isRecord(p) && hasExactly(p, 3) && p.type === 'TextPositionSelector' && isCount(p.start) && isCount(p.end) && p.end > p.start;
}

function isClaim(c: unknown): boolean {
  return (
    isRecord(c) &&
    hasExactly(c, 6) &&
    isId(c.actorId) &&
    isId(c.questionId) &&
    isTrimmed(c.position, 1, 200) &&
    isTrimmed(c.cue, 0, 60) &&
    RELIABILITIES.has(c.reliability) &&
    CREDIBILITIES.has(c.credibility)
  );
}

/** Not a string: no source id equals it. */
const NONE = Symbol('none');
/** The last source id that passed, in this call. */
let lastSourceId: unknown = NONE;

function isAnnotation(a: unknown): boolean {
  if (!isRecord(a)) return false;
  // `claim` is optional: absent, or (as zod allows) present and undefined.
  // `by` too (merged-in annotations): absent, undefined, or a name of up to 200 characters.
  if ('by' in a && a.by !== undefined && !(typeof a.by === 'string' && a.by.length <= 200)) return false;
  if (!hasExactly(a, 7 + ('claim' in a ? 1 : 0) + ('by' in a ? 1 : 0))) return false;
  if (!isId(a.id) || typeof a.note !== 'string' || !isDate(a.createdAt)) return false;
  // Most annotations share their source, and many were never edited: a string checked once need not be again.
  if (a.sourceId !== lastSourceId && !isId(a.sourceId)) return false;
  lastSourceId = a.sourceId;
  if (a.updatedAt !== a.createdAt && !isDate(a.updatedAt)) return false;
  const target = a.target;
  if (!isRecord(target) || !hasExactly(target, 2) || !isQuote(target.quote) || !isPosition(target.position)) return false;
  const tags = a.tags;
  if (!Array.isArray(tags)) return false;
  for (let i = 0; i < tags.length; i++) if (!isId(tags[i])) return false;
  return a.claim === undefined || isClaim(a.claim);
}

/**
 * True when `Annotation.array()` would accept `value` and return a copy equal
 * to it. False means: let zod decide (it may still accept, e.g. by trimming).
 */
export function annotationsPassAsIs(value: unknown): value is z.infer<typeof Annotation>[] {
  if (!fastCheckAvailable || !Array.isArray(value)) return false;
  lastSourceId = NONE;
  for (let i = 0; i < value.length; i++) if (!isAnnotation(value[i])) return false;
  return true;
}
