// Claims a noun reports: "Trump’s claim that the polls were rigged", "his
// promise to cut taxes", "the ministry’s statement that talks will resume".
// The possessor is the speaker, the noun the cue, and what follows "that" or
// "to" the claim, up to the clause's end.
import { quoteAt, wordCount, type Quote } from './quotes.ts';
import type { Draft } from './draft.ts';
import type { Span } from './span.ts';

/** Nouns that name something said, believed or promised. */
const SAYING_NOUNS = [
  'claim', 'claims', 'statement', 'assertion', 'argument', 'contention', 'insistence', 'suggestion', 'warning', 'promise', 'pledge', 'vow',
  'view', 'belief', 'position', 'comment', 'comments', 'remark', 'remarks', 'charge', 'accusation', 'allegation', 'prediction', 'assurance',
  'complaint', 'concern', 'fear', 'hope', 'announcement', 'admission', 'denial', 'call', 'demand', 'proposal', 'plan', 'threat', 'boast',
  'message', 'suggestion', 'conclusion', 'finding', 'findings', 'estimate', 'forecast', 'insinuation', 'observation', 'opinion', 'idea',
];

/** A possessor (a name's or a possessive pronoun), the noun, then "that" or "to": the speaker, the cue, the claim's start. */
const NOUN_CUE = new RegExp(
  `(?<source>\\b(?:his|her|their|its|our|my)|(?:\\b(?:the|a|an)\\s+)?(?:[\\p{Lu}][\\p{L}.-]*\\s+){0,3}[\\p{L}.-]+[’']s?)\\s+(?:(?:\\p{Ll}+|[\\p{Lu}][\\p{Ll}]+)\\s+)?(?<cue>${SAYING_NOUNS.join('|')})\\s+(?<link>that|to)\\s+`,
  'gu',
);

/** Where such a claim ends: the sentence's end, or a comma or dash before a new clause. */
const CLAIM_END = /[;:]|\s[—–-]\s|,\s+(?:but|and|while|which|who|although|though|as|even)\b/;

/** "promise to rebuild the road was broken": an infinitive's claim ends where the sentence's own verb comes. */
const TO_CLAIM_END = new RegExp(`${CLAIM_END.source}|\\s(?:is|was|are|were|has|have|had|will|would|could|may|might|must|should|can|did|does)\\b`);

export function nounClaims(text: string, sentence: Span, quotes: readonly Quote[]): Draft[] {
  const found: Draft[] = [];
  const body = text.slice(sentence.start, sentence.end);
  NOUN_CUE.lastIndex = 0;
  for (const m of body.matchAll(NOUN_CUE)) {
    const at = sentence.start + m.index;
    if (quoteAt(quotes, at)) continue;
    const source = m.groups!.source!;
    const sourceStart = at;
    const cueStart = at + m[0].indexOf(m.groups!.cue!, source.length);
    const start = at + m[0].length;
    const rest = text.slice(start, sentence.end);
    const stop = (m.groups!.link === 'to' ? TO_CLAIM_END : CLAIM_END).exec(rest);
    let end = start + (stop ? stop.index : rest.replace(/[\s.!?]+$/, '').length);
    const open = quoteAt(quotes, end - 1);
    if (open && open.start >= start && open.end > end) end = open.end;
    if (wordCount(text.slice(start, end)) < 2) continue;
    found.push({
      content: { start: m.groups!.link === 'to' ? start - 3 : start, end },
      source: { start: sourceStart, end: sourceStart + source.length },
      cue: { start: cueStart, end: cueStart + m.groups!.cue!.length },
    });
  }
  return found;
}
