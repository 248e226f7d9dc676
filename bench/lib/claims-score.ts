// How the claim finder is scored (issue #17): predicted content spans are
// matched one-to-one to gold ones, greedily by overlap. Soft: the overlap
// covers at least half of the gold span and half of the predicted one.
// Strict: both edges within 2 characters once quotation marks, punctuation
// and spaces are trimmed. Recall is also given by the gold claim's kind
// (fully quoted, partly quoted, not quoted), and the source is right when
// the predicted source span overlaps the gold one, among matched claims.
import type { Span } from '../../notes/claims/span.ts';
import type { GoldClaim } from './polnear.ts';

export const SOFT_SHARE = 0.5;
export const STRICT_SLACK = 2;

export type Kind = 'direct' | 'mixed' | 'indirect';

export interface Predicted {
  content: Span;
  source: Span | null;
}

export interface Tally {
  gold: number;
  predicted: number;
  soft: number;
  strict: number;
  byKind: Record<Kind, { gold: number; found: number }>;
  /** Matched (soft) claims whose gold has a source, and those whose predicted source overlaps it. */
  sourced: number;
  sourceRight: number;
}

export const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  soft: 0,
  strict: 0,
  byKind: { direct: { gold: 0, found: 0 }, mixed: { gold: 0, found: 0 }, indirect: { gold: 0, found: 0 } },
  sourced: 0,
  sourceRight: 0,
});

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const TRIM = /[\s\p{P}\p{S}]/u;

function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && TRIM.test(text[start]!)) start++;
  while (end > start && TRIM.test(text[end - 1]!)) end--;
  return { start, end };
}

const QUOTES = /["“”„‟]/;

/** Fully quoted, partly quoted, or not quoted at all. */
export function goldKind(text: string, s: Span): Kind {
  const t = trimmed(text, s);
  const inner = text.slice(t.start, t.end);
  const before = text.slice(Math.max(0, s.start - 1), t.start + 1);
  const after = text.slice(t.end - 1, Math.min(text.length, s.end + 1));
  if (!QUOTES.test(text.slice(s.start, s.end)) && !QUOTES.test(before)) return 'indirect';
  if (QUOTES.test(before) && QUOTES.test(after) && !QUOTES.test(inner)) return 'direct';
  return 'mixed';
}

export function score(text: string, gold: readonly GoldClaim[], predicted: readonly Predicted[], into: Tally = emptyTally()): Tally {
  into.gold += gold.length;
  into.predicted += predicted.length;
  const pairs: { g: number; p: number; share: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const o = overlap(g.content, p.content);
      if (o > 0) pairs.push({ g: gi, p: pi, share: Math.min(o / (g.content.end - g.content.start), o / (p.content.end - p.content.start)) });
    }),
  );
  pairs.sort((a, b) => b.share - a.share);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const found = new Set<number>();
  for (const { g, p, share } of pairs) {
    if (goldUsed.has(g) || predUsed.has(p) || share < SOFT_SHARE) continue;
    goldUsed.add(g);
    predUsed.add(p);
    found.add(g);
    into.soft++;
    const gt = trimmed(text, gold[g]!.content);
    const pt = trimmed(text, predicted[p]!.content);
    if (Math.abs(gt.start - pt.start) <= STRICT_SLACK && Math.abs(gt.end - pt.end) <= STRICT_SLACK) into.strict++;
    const gs = gold[g]!.source;
    if (gs) {
      into.sourced++;
      const ps = predicted[p]!.source;
      if (ps && overlap(gs, ps) > 0) into.sourceRight++;
    }
  }
  gold.forEach((g, i) => {
    const k = into.byKind[goldKind(text, g.content)];
    k.gold++;
    if (found.has(i)) k.found++;
  });
  return into;
}

export function figures(t: Tally) {
  const precision = t.predicted ? t.soft / t.predicted : 0;
  const recall = t.gold ? t.soft / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const sp = t.predicted ? t.strict / t.predicted : 0;
  const sr = t.gold ? t.strict / t.gold : 0;
  const strictF1 = sp + sr ? (2 * sp * sr) / (sp + sr) : 0;
  const rate = (k: Kind) => (t.byKind[k].gold ? t.byKind[k].found / t.byKind[k].gold : 0);
  return {
    precision,
    recall,
    f1,
    strictPrecision: sp,
    strictRecall: sr,
    strictF1,
    directRecall: rate('direct'),
    mixedRecall: rate('mixed'),
    indirectRecall: rate('indirect'),
    sourceRight: t.sourced ? t.sourceRight / t.sourced : 0,
  };
}
