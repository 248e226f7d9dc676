// The right answer for every annotation after a revision, and the judgement
// of where a matcher put it. Definitions (also in docs/perf-anchoring.md):
//
// - A quote is *unchanged* (kind 'kept') when no replacement overlaps its
//   words (a replacement that only touches its edge — an insertion right
//   before or after it, a deletion ending where it starts — leaves its words
//   intact). It is placed right only on exactly its words at their new
//   offsets: not on an identical copy elsewhere, not orphaned.
// - A quote is *edited* when a replacement overlaps its words (or inserts
//   inside them) and some of its characters survive. Its edited span runs
//   from its first surviving character (or the start of the replacement that
//   took it) to its last (or the end of that replacement's new text). It is
//   placed right when the span found overlaps the edited span with both edges
//   within max(5, 10% of the quote's length) characters of the edited span's
//   edges. Orphaning it is right only when less than half of its characters
//   survive; orphaning a quote whose words mostly survive is wrong.
// - A quote is *deleted* when none of its characters survive. It is right
//   only when orphaned.
import { firstWhere } from '../../notes/text/partition.ts';
import type { Replacement } from '../generate/revision.ts';
import type { Span } from '../generate/prose.ts';

/** An edited quote must be found when at least this share of its characters survive. */
export const MOSTLY_SURVIVES = 0.5;

export type Expected =
  | { kind: 'kept'; start: number; end: number }
  | { kind: 'edited'; start: number; end: number; survives: number }
  | { kind: 'deleted' };

export type Verdict =
  | 'kept-right'
  | 'kept-elsewhere'
  | 'kept-orphaned'
  | 'edited-found'
  /** Less than half of it survives: orphaning it is fine. */
  | 'edited-orphaned'
  /** Most of it survives, yet it was orphaned. */
  | 'edited-lost'
  | 'edited-elsewhere'
  | 'deleted-orphaned'
  | 'deleted-elsewhere';

export const VERDICTS: readonly Verdict[] = [
  'kept-right', 'kept-elsewhere', 'kept-orphaned',
  'edited-found', 'edited-orphaned', 'edited-lost', 'edited-elsewhere',
  'deleted-orphaned', 'deleted-elsewhere',
];
export const RIGHT: ReadonlySet<Verdict> = new Set(['kept-right', 'edited-found', 'edited-orphaned', 'deleted-orphaned']);

export class RevisionMap {
  private readonly replacements: readonly Replacement[];
  /** shift[k] = total length change of replacements[0..k). */
  private readonly shift: number[];

  constructor(replacements: readonly Replacement[]) {
    this.replacements = replacements;
    this.shift = [0];
    for (const r of replacements) this.shift.push(this.shift[this.shift.length - 1]! + r.insert.length - (r.end - r.start));
  }

  /**
   * New offset of old offset `x`, which no replacement strictly contains.
   * An insertion exactly at `x` lands before a quote starting there and
   * after one ending there (`side`).
   */
  map(x: number, side: 'start' | 'end'): number {
    const reps = this.replacements;
    // Replacements are sorted and never touch, so their ends are sorted too.
    const lo = firstWhere(reps.length, (i) => reps[i]!.end >= x);
    const r = reps[lo];
    const before = r && r.end === x && (r.start < x || side === 'start') ? lo + 1 : lo;
    return x + this.shift[before]!;
  }

  expected(span: Span): Expected {
    const { start: s, end: e } = span;
    const touching = this.touching(span);
    if (touching.length === 0) return { kind: 'kept', start: this.map(s, 'start'), end: this.map(e, 'end') };
    let removed = 0;
    for (const r of touching) removed += Math.max(0, Math.min(r.end, e) - Math.max(r.start, s));
    const survives = (e - s - removed) / (e - s);
    if (survives === 0) return { kind: 'deleted' };
    const first = touching[0]!;
    const last = touching[touching.length - 1]!;
    const start = first.start <= s && s < first.end ? this.map(first.start, 'end') : this.map(s, 'start');
    const end = last.start < e && e <= last.end ? this.map(last.start, 'end') + last.insert.length : this.map(e, 'end');
    return { kind: 'edited', start, end: Math.max(start, end), survives };
  }

  private touching(span: Span): Replacement[] {
    const reps = this.replacements;
    const lo = firstWhere(reps.length, (i) => reps[i]!.end >= span.start);
    const found: Replacement[] = [];
    for (let i = lo; i < reps.length && reps[i]!.start <= span.end; i++) {
      const r = reps[i]!;
      const overlaps = r.start < span.end && r.end > span.start;
      const insertsInside = r.start === r.end && r.start > span.start && r.start < span.end;
      if (overlaps || insertsInside) found.push(r);
    }
    return found;
  }
}

export function tolerance(quoteLength: number): number {
  return Math.max(5, Math.ceil(quoteLength / 10));
}

/** `found` is where the matcher put the annotation, or null for orphaned. */
export function judge(expected: Expected, found: Span | null, quoteLength: number): Verdict {
  if (expected.kind === 'kept') {
    if (!found) return 'kept-orphaned';
    return found.start === expected.start && found.end === expected.end ? 'kept-right' : 'kept-elsewhere';
  }
  if (expected.kind === 'deleted') return found ? 'deleted-elsewhere' : 'deleted-orphaned';
  if (!found) return expected.survives >= MOSTLY_SURVIVES ? 'edited-lost' : 'edited-orphaned';
  const slack = tolerance(quoteLength);
  const overlaps = found.start < expected.end && found.end > expected.start;
  const close = Math.abs(found.start - expected.start) <= slack && Math.abs(found.end - expected.end) <= slack;
  return overlaps && close ? 'edited-found' : 'edited-elsewhere';
}

export type Tally = Record<Verdict, number>;

export function tally(verdicts: Iterable<Verdict>): Tally {
  const t = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Tally;
  for (const v of verdicts) t[v] += 1;
  return t;
}

export function accuracy(t: Tally): number {
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  const right = [...RIGHT].reduce((a, v) => a + t[v], 0);
  return total === 0 ? 1 : right / total;
}

/** Share right among one kind of quote (1 when there is none). */
export function rightAmong(t: Tally, kind: 'kept' | 'edited' | 'deleted'): number {
  const of = VERDICTS.filter((v) => v.startsWith(`${kind}-`));
  const total = of.reduce((a, v) => a + t[v], 0);
  return total === 0 ? 1 : of.filter((v) => RIGHT.has(v)).reduce((a, v) => a + t[v], 0) / total;
}

export function countOf(t: Tally, kind: 'kept' | 'edited' | 'deleted'): number {
  return VERDICTS.filter((v) => v.startsWith(`${kind}-`)).reduce((a, v) => a + t[v], 0);
}
