// After every sentence is read: one claim per place, a quote split by its cue
// joined into one claim, and a paragraph that is a quote alone given to the
// speaker before it.
import { CUE_PATTERN } from './cues.ts';
import { kindOf } from './kinds.ts';
import { quoteAt, quoteStartingFrom, wordCount, type Quote } from './quotes.ts';
import { overlaps, type Span } from './span.ts';
import { isQuote, type Draft } from './draft.ts';

/** A quote alone in its paragraph continues the last speaker when it is this long… */
const MIN_CONTINUED_QUOTE_WORDS = 5;
/** …and the speaker's claim ended at most this many characters before it. */
const CONTINUATION_REACH = 600;
/** How far a split quote's second half may start after the cue (or its speaker). */
const SPLIT_REACH = 200;

/** How many earlier claims a new one is checked against for overlap (claims come in text order, give or take a sentence). */
const OVERLAP_WINDOW = 8;

/** One claim per place: of two overlapping drafts, the one found first stays. */
export function dropOverlaps(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) if (!kept.slice(-OVERLAP_WINDOW).some((k) => overlaps(k.content, d.content))) kept.push(d);
  return kept.sort((a, b) => a.content.start - b.content.start);
}

/** "…," Austin said. "…": the second half joins the first when nobody else claims it. */
export function joinSplitQuotes(text: string, quotes: readonly Quote[], sentences: readonly Span[], claims: Draft[]): Draft[] {
  claims.forEach((claim, i) => {
    if (!claim.cue || !isQuote(quotes, claim.content)) return;
    const after = Math.max(claim.cue.end, claim.source?.end ?? 0);
    if (after < claim.content.end) return;
    const next = quoteStartingFrom(quotes, after);
    if (!next || next.start - after > SPLIT_REACH) return;
    // When and where may follow the cue ("…,” Adelson said during the interview in Macau, ahead of …. “…”),
    // and the second half may open the next paragraph.
    const gap = text.slice(after, next.start);
    if (!/^[^\n"“”]*[.,:](?:[ \t]*|\s*\n\s*)$/.test(gap)) return;
    // "…,” Trump said in an interview. Later that day, he went further: “…”": a sentence of its own in the gap is not a split.
    if (sentenceStartsWithin(sentences, after, after + gap.trimEnd().length - 1)) return;
    // "…,” he said, adding that …: “…”": a second cue in the gap gives the second quote a claim of its own.
    CUE_PATTERN.lastIndex = 0;
    if (CUE_PATTERN.test(gap)) return;
    const neighbour = claims[i + 1];
    if (neighbour && overlaps(neighbour.content, next)) return;
    claim.content = { start: claim.content.start, end: next.end };
  });
  return claims;
}

/** Whether a sentence starts after `from` and at or before `to` (the sentences in text order). */
function sentenceStartsWithin(sentences: readonly Span[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sentences.length && sentences[lo]!.start <= to;
}

/** Only spacing between the line break (or the text's start) and `at`. */
function opensParagraph(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && /\s/.test(text[i - 1]!)) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** A paragraph that is one quote, with no cue, goes on with the speaker of the quote just before. */
export function continueQuotes(text: string, quotes: readonly Quote[], claims: Draft[]): Draft[] {
  const out: Draft[] = [];
  let next = 0; // claims[next] is the first claim not yet passed
  let previous: Draft | undefined;
  for (const q of quotes) {
    while (next < claims.length && claims[next]!.content.start < q.start) {
      previous = claims[next]!;
      out.push(claims[next++]!);
    }
    if (previous && overlaps(previous.content, q)) continue;
    if (next < claims.length && overlaps(claims[next]!.content, q)) continue;
    if (!opensParagraph(text, q.start)) continue;
    if (wordCount(text.slice(q.start, q.end)) < MIN_CONTINUED_QUOTE_WORDS) continue;
    if (!previous?.source || q.start - previous.content.end > CONTINUATION_REACH) continue;
    if (kindOf(text, previous.content, quotes) === 'indirect') continue;
    previous = { content: { start: q.start, end: q.end }, source: previous.source, cue: null };
    out.push(previous);
  }
  out.push(...claims.slice(next));
  return out;
}

/**
 * News style leaves a quote open at the end of a paragraph when the speaker
 * goes on in the next one, which opens with a quote mark again: the claims on
 * the two paragraphs are one. The joined claim keeps the first one's cue, or
 * takes the second's ("“…¶“…,” Viguerie says").
 */
export function joinRunOnQuotes(text: string, quotes: readonly Quote[], claims: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const claim of claims) {
    const last = out.at(-1);
    const open = last && quoteAt(quotes, last.content.end - 1);
    const runsOn = open && !open.closed && open.end === last.content.end && quoteAt(quotes, claim.content.start)?.start === claim.content.start;
    if (last && runsOn && /^\s*\n\s*$/.test(text.slice(last.content.end, claim.content.start))) {
      out[out.length - 1] = { content: { start: last.content.start, end: claim.content.end }, source: last.cue ? last.source : (claim.source ?? last.source), cue: last.cue ?? claim.cue };
    } else out.push(claim);
  }
  return out;
}
