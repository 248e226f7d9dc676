// Words in quotation marks that no cue claims (three or more, not a title)
// are still, in news copy, mostly someone's: a reporter quotes people, not
// phrases out of the air. Its speaker is looked for where news style puts one, nearest first:
//   X said:¶“…”               the paragraph before ends with a colon
//   Stone: “…”  /  X wrote the following: “…”   a colon just before the quote
//   Trump posted a message reading “…”          the subject of the quote's sentence
//   “…,” Texas delegate Bill Eastland, wearing a hat, said   a name right after it
//   “…” ― Pamela Padilla                        a name after a dash, as pull quotes are signed
//   then the speaker of the nearest claim before it in reach (a guess, said so),
// else no one: the analyst names the speaker. (A claim after it is no guide:
// on train not one of the speakers it lent was the right one.)
import { hasRtl } from '../text/direction.ts';
import { wordCount, type Quote } from './quotes.ts';
import type { Sentence } from './sentences.ts';
import { sentenceOpeningAt, speakerAfter, speakerBefore, speakingSubject } from './speakers.ts';
import type { Draft } from './draft.ts';
import { overlaps, type Span } from './span.ts';

/** A person's name (two to four capitalized words, initials allowed) right before a colon. */
const NAME_BEFORE_COLON = /(?:^|\s)((?:[\p{Lu}][\p{Ll}’'.-]+|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{Ll}’'.-]*|[\p{Lu}]\.)){1,3})(?=:\s*$)/u;

/** A dash and a name right after a quote, on its line: how pull quotes and round-ups of voices are signed. */
const SIGNED = /^[ \t]*[\u2015\u2014\u2013][ \t]*((?:[\p{Lu}][\p{L}’'.-]*|[\p{Lu}]\.)(?:[ \t]+(?:[\p{Lu}][\p{L}’'.-]*|[\p{Lu}]\.|de|del|la|van|von|bin|al-[\p{L}]+)){0,4})/u;

/** Unclaimed words in quotation marks are taken as someone's when this many, not in Title Case… */
const MIN_SPOKEN_WORDS = 3;
/** …or when two are closed by their own stop ("“We lost.”"); shorter ones only after a naming or saying verb. */
const OWN_STOP = /[.!?,]\s*["”'’]+$/;
/** How far a claim's speaker may lend itself to an unclaimed quote. */
const LONE_QUOTE_REACH = 600;

/** Naming verbs put a short quote after their object: "called Ford’s plans “an absolute disgrace”". */
const NAMING = /\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labeled|labelled|labeling|brand|brands|branded|branding|term|terms|termed|terming)\b(?:\s+[^\s.;:!?"“”]+){0,8}\s*$/i;
/** Saying verbs put it right after them: "chanting “Lock her up”", "read “Dump Trump”", "an ad titled “Scam”". */
const SAYING = /\b(?:titled|entitled|headlined|slogan|motto|read|reads|reading|chant|chants|chanted|chanting|chants\s+of|shout|shouts|shouted|shouting|yelled|yelling|saying|says|said|tweeted|tweeting|wrote|writes|writing|answered|replied|responded|declared|declaring|told|telling|asked|asking)\s*[,:]?\s*$/i;

export function attributeLoneQuotes(text: string, quotes: readonly Quote[], sentences: readonly Sentence[], claims: Draft[]): Draft[] {
  const out: Draft[] = [];
  let next = 0;
  let si = 0;
  let previous: Draft | undefined;
  for (const q of quotes) {
    while (next < claims.length && claims[next]!.content.start < q.start) {
      previous = claims[next]!;
      out.push(claims[next++]!);
    }
    if (previous && overlaps(previous.content, q)) continue;
    if (next < claims.length && overlaps(claims[next]!.content, q)) continue;
    const words = text.slice(q.start, q.end);
    // The finder reads English: an Arabic quote's speaker and cue are words it cannot read.
    if (hasRtl(words)) continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= q.start) si++;
    const count = wordCount(words);
    const spoken = !isTitle(words) && (count >= MIN_SPOKEN_WORDS || (count === 2 && OWN_STOP.test(words)));
    // A word or two, or a title, is someone's only when a naming or saying verb hands it over ("titled “…”").
    if (!spoken && !handedOver(text.slice(Math.max(sentences[si]!.start, q.start - 120), q.start))) continue;
    const near = (d: Draft | undefined, gap: number) => (d?.source && gap <= LONE_QUOTE_REACH ? d.source : null);
    const own = speakerOf(text, sentences, si, q);
    const source =
      own?.source ??
      near(previous, q.start - (previous?.content.end ?? 0));
    // With no one in reach, a word or two is more often a phrase held up for scorn; words someone said are
    // still offered, with no speaker, for the analyst to name.
    if (source || spoken) out.push({ content: { start: q.start, end: q.end }, source, cue: null, ...(source && !own?.tied ? { guessed: true as const } : {}) });
  }
  out.push(...claims.slice(next));
  return out;
}

const handedOver = (lead: string) => NAMING.test(lead) || SAYING.test(lead);

/** Small words a title leaves in lower case. */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'for', 'with', 'in', 'on', 'at', 'to', 'from', 'by', 'as', 'vs']);

/** “The Nightly Show with Larry Wilmore”: a name in Title Case, not words anyone said. */
export function isTitle(quote: string): boolean {
  const words = quote.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.has(w)));
}

/** The speaker the quote's own sentence (or the line introducing it) names, if any; `tied` when a colon, a
 * dash, a name right after it or a saying verb ties the words to that speaker, not only the sentence's subject. */
function speakerOf(text: string, sentences: readonly Sentence[], si: number, q: Quote): { source: Span; tied: boolean } | null {
  const tied = (source: Span | null) => source && { source, tied: true };
  const signed = SIGNED.exec(text.slice(q.end, q.end + 120));
  if (signed) {
    const at = q.end + signed[0].length - signed[1]!.length;
    return tied({ start: at, end: at + signed[1]!.replace(/\.$/, '').length });
  }
  const sentence = sentences[si]!;
  const head = text.slice(sentence.start, q.start);
  if (/[\p{L}]/u.test(head)) {
    if (/:\s*$/.test(head)) {
      const colon = sentence.start + head.lastIndexOf(':');
      const named = speakerBefore(text, sentence.start, colon);
      if (named && named.start === sentenceOpeningAt(text, sentence.start, colon)) return tied(named);
      // "RED STATES OUTNUMBER BLUE - Jeffrey M. Jones: “…”": a name alone before the colon.
      const name = NAME_BEFORE_COLON.exec(head);
      if (name) return tied({ start: sentence.start + name.index + name[0].length - name[1]!.length, end: colon });
    }
    const subject = speakingSubject(text, sentence.start, q.start);
    return subject && { source: subject, tied: handedOver(head) };
  }
  // The quote opens its sentence: a speaker may follow it ("“…,” Texas delegate Bill Eastland, …, said").
  {
    const tail = text.slice(q.end, sentence.end);
    if (/^\s*,?\s*[\p{Lu}]/u.test(tail) && !/^\s*,?\s*(?:The|This|That|It|But|And)\b/.test(tail)) {
      const named = speakerAfter(text, q.end + (/^\s*,/.exec(tail)?.[0].length ?? 0), sentence.end);
      if (named) return tied(named);
    }
  }
  // The paragraph before ends with a colon: "Cruz continued:" / "President Clinton released the following statement:".
  if (si > 0 && sentence.start === sentence.paragraph) {
    const before = sentences[si - 1]!;
    if (/:\s*$/.test(text.slice(before.start, before.end))) return tied(speakingSubject(text, before.start, before.end));
  }
  return null;
}

