// A revised version of the source — the kind of correction a publisher makes
// to a long report — with a record of exactly what changed, so every
// annotation's right answer is known: where its words moved to, or that they
// were edited or deleted.
//
// A share of the paragraphs (1% by default) is edited. Each edited paragraph
// gets one or two of: a word or short phrase reworded (half the time inside an
// annotated passage), a sentence inserted, a sentence deleted, a typo, or the
// whole paragraph deleted.
import type { Random } from '../lib/random.ts';
import { firstWhere } from '../../notes/text/partition.ts';
import type { Prose, Span } from './prose.ts';

/** Old text [start, end) replaced by `insert`. */
export interface Replacement {
  start: number;
  end: number;
  insert: string;
}

export interface Revision {
  text: string;
  /** Sorted, non-overlapping. */
  replacements: Replacement[];
  editedParagraphs: number;
}

const REWORDINGS = ['reportedly', 'on Thursday', 'senior officials', 'the joint committee', 'a phased drawdown', 'its advisory mission', 'several hundred', 'the new government'];
const INSERTED = [
  'The statement was later corrected by the ministry.',
  'A second meeting is expected before the end of the year.',
  'Officials declined to give further details.',
  'وقال المتحدث إن التفاصيل ستعلن لاحقاً.',
];

export function reviseProse(prose: Prose, annotated: readonly Span[], random: Random, share = 0.01): Revision {
  const { text, paragraphs, sentences, sentenceParagraph } = prose;
  const sentencesOf = new Map<number, Span[]>();
  sentences.forEach((s, i) => {
    const p = sentenceParagraph[i]!;
    let list = sentencesOf.get(p);
    if (!list) sentencesOf.set(p, (list = []));
    list.push(s);
  });
  const byStart = [...annotated].sort((a, b) => a.start - b.start);

  const count = Math.max(1, Math.round(paragraphs.length * share));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(0, paragraphs.length - 1));

  const replacements: Replacement[] = [];
  for (const p of [...chosen].sort((a, b) => a - b)) {
    const paragraph = paragraphs[p]!;
    const inside = sentencesOf.get(p) ?? [];
    const edits: Replacement[] = [];
    const n = random.int(1, 2);
    for (let k = 0; k < n; k++) {
      const r = random.next();
      if (r < 0.1) {
        // The paragraph and the blank line after it.
        let end = paragraph.end;
        while (end < text.length && /\s/.test(text[end]!)) end++;
        edits.length = 0;
        edits.push({ start: paragraph.start, end, insert: '' });
        break;
      } else if (r < 0.5) {
        const target = r < 0.3 ? annotatedIn(byStart, paragraph, random) : paragraph;
        const word = wordIn(text, target ?? paragraph, random);
        if (word) edits.push({ ...word, insert: random.pick(REWORDINGS) });
      } else if (r < 0.7 && inside.length) {
        const at = random.pick(inside).end;
        edits.push({ start: at, end: at, insert: ` ${random.pick(INSERTED)}` });
      } else if (r < 0.85 && inside.length > 1) {
        const s = random.pick(inside);
        // With the space before it, so the paragraph stays well formed.
        edits.push({ start: Math.max(paragraph.start, s.start - 1), end: s.end, insert: '' });
      } else {
        const word = wordIn(text, paragraph, random);
        if (word && word.end - word.start > 3) {
          const at = random.int(word.start + 1, word.end - 2);
          edits.push({ start: at, end: at + 2, insert: text[at + 1]! + text[at]! });
        }
      }
    }
    replacements.push(...nonOverlapping(edits));
  }
  replacements.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = nonOverlapping(replacements);
  return { text: apply(text, kept), replacements: kept, editedParagraphs: chosen.size };
}

function annotatedIn(byStart: readonly Span[], paragraph: Span, random: Random): Span | undefined {
  const lo = firstWhere(byStart.length, (i) => byStart[i]!.start >= paragraph.start);
  const inside: Span[] = [];
  for (let i = lo; i < byStart.length && byStart[i]!.start < paragraph.end; i++) if (byStart[i]!.end <= paragraph.end) inside.push(byStart[i]!);
  return inside.length ? random.pick(inside) : undefined;
}

/** A whole word (letters) inside `span`, or nothing. */
function wordIn(text: string, span: Span, random: Random): Span | undefined {
  for (let tries = 0; tries < 20; tries++) {
    let start = random.int(span.start, Math.max(span.start, span.end - 1));
    while (start > span.start && /\p{L}/u.test(text[start - 1]!)) start--;
    let end = start;
    while (end < span.end && /\p{L}/u.test(text[end]!)) end++;
    if (end - start >= 2) return { start, end };
  }
  return undefined;
}

function nonOverlapping(list: Replacement[]): Replacement[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Replacement[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (last && r.start <= last.end) continue;
    kept.push(r);
  }
  return kept;
}

export function apply(text: string, replacements: readonly Replacement[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const r of replacements) {
    parts.push(text.slice(cursor, r.start), r.insert);
    cursor = r.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
