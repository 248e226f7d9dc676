// A headline's "Speaker: claim" ("Graham: Trump's rhetoric is destroying the
// party's chances"): a line of its own whose few capitalized words before a
// colon name who says what follows.
import { quoteAt, wordCount, type Quote } from './quotes.ts';
import type { Draft } from './draft.ts';

/** Longest headline line read this way, in characters. */
const MAX_HEADLINE = 200;
/** The speaker: one to five words, the first capitalized ("Clinton camp", "NY Daily News", "Dr. Ben Carson"). */
const HEADLINE_CLAIM = /^([\p{Lu}][\p{L}.’'-]*(?:\s+[\p{L}.’'-]+){0,4}):\s+(\S[^\n]*?)\s*$/u;
/** Labels, not speakers. */
const NOT_SPEAKER = /^(?:q|a|note|update|editor’s note|editor's note|correction|watch|look|read more|related|transcript|video|photos?|source|sources|via|h\/t|abstract|the latest|still to come|breaking|exclusive|contributing|wow|email|here goes|paid notice|delegate update|spoiler.*)$/i;
/** A verb in the words before the colon: a sentence ("The group was diverse: …"), or a cue read elsewhere ("He added: …"). */
const VERB_IN_SPEAKER = /\b(?:is|are|was|were|has|have|had|will|would|seem|seems|said|says|added|adds|told|tells|wrote|writes|asked|replied|noted)\b/i;

/** A line short enough to be a headline. */
const SHORT_LINE = new RegExp(`^[^\\n]{12,${MAX_HEADLINE}}$`, 'gm');

export function headlineClaims(text: string, quotes: readonly Quote[]): Draft[] {
  const out: Draft[] = [];
  for (const l of text.matchAll(SHORT_LINE)) {
    const p = { start: l.index, end: l.index + l[0].length };
    if (quoteAt(quotes, p.start)) continue;
    const m = HEADLINE_CLAIM.exec(l[0]);
    if (!m || NOT_SPEAKER.test(m[1]!) || VERB_IN_SPEAKER.test(m[1]!) || wordCount(m[2]!) < 3) continue;
    const colon = p.start + m[1]!.length;
    const start = p.start + m[0].indexOf(m[2]!, m[1]!.length);
    let end = start + m[2]!.length;
    if (text[end - 1] === '.') end--;
    out.push({ content: { start, end }, source: { start: p.start, end: colon }, cue: { start: colon, end: colon + 1 } });
  }
  return out;
}
