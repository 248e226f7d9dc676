// The claim finder: who said what in a source's text, as suggestions the
// analyst confirms. Pure (no DOM, no Node), rule-based and fast enough to run
// on every import. Each reporting cue in a sentence is read one of four ways,
// tried in this order:
//   according to X, …            / …, according to X
//   "…," X said  /  "…," said X   (a direct quote before its cue)
//   …, X said  /  …, said X       (an indirect claim before its cue)
//   X said (that) …  / X told Y … (the claim after its cue)
// (before.ts has the first three). Then a quote the cue splits in two ("…,"
// Austin said. "…") becomes one claim, a paragraph that is a quote alone
// continues its speaker (joins.ts), and a quote no cue claims goes to the
// speaker nearest it (loneQuotes.ts). Two apostrophes read as a quotation
// mark and a headline's capitalized cues as cues, offsets unchanged.
import { ACCORDING_TO, ALL_CUES, BASE_FORMS, CUE_PATTERN, NOUN_BEFORE, NOUN_S_FORMS, NOUN_OR_VERB_FORMS, OBJECT_CUES, PARTICIPLES, PROGRESSIVE, QUOTE_ONLY, STANCE_ADJECTIVES } from './cues.ts';
import { matchActor, type ActorNames } from './actors.ts';
import { findQuotes, quoteAt, quoteStartingFrom, readDoubledApostrophes, wordCount, type Quote } from './quotes.ts';
import { sentenceSpans, type Sentence } from './sentences.ts';
import { plainName, sentenceSubject, speakerBefore, SpeakerBook, subjectOf, type Mention } from './speakers.ts';
import { trimSpan, type Span } from './span.ts';
import { isQuote, MIN_CLAUSE_WORDS, TELL, TRAILING, type Draft } from './draft.ts';
import { accordingTo, claimBefore } from './before.ts';
import { continueQuotes, dropOverlaps, joinRunOnQuotes, joinSplitQuotes } from './joins.ts';
import { attributeLoneQuotes } from './loneQuotes.ts';
import { nounClaims } from './nounCues.ts';
import { headlineClaims } from './headlines.ts';
import { kindOf, type ClaimKind } from './kinds.ts';

export type { Span } from './span.ts';
export type { ActorNames } from './actors.ts';
export { kindOf, type ClaimKind } from './kinds.ts';

export interface Suggestion {
  /** What is claimed. */
  content: Span;
  /** The words naming who claims it (a name, a pronoun, "the spokesman"), when the text has them. */
  source: Span | null;
  /** The reporting verb or phrase. */
  cue: Span | null;
  /** The speaker as named in the article ("he" → "Lloyd Austin"), or null when no one can be told. */
  actor: string | null;
  /** The notebook's actor, matched by name or alias, when actors were given. */
  actorId?: string;
  /** The content's words. */
  text: string;
  kind: ClaimKind;
  /** No cue ties the words to the speaker: taken from a nearby claim or the sentence's subject, to be checked. */
  guessed?: true;
}

export interface FindOptions {
  /** The notebook's actors: a speaker matching one's name or alias is resolved to it. */
  actors?: readonly ActorNames[];
  /** People named before this text, when it is a part of a longer one ("Abbasi" → the full name given earlier). */
  namedBefore?: readonly Mention[];
}

/** Who was told: "told reporters", "told Rudaw", "told the committee". */
const ADDRESSEE = /^\s+(?:reporters|journalists|lawmakers|supporters|voters|donors|residents|students|members|officials|colleagues|aides|allies|listeners|viewers|readers|[\p{Ll}]+(?=\s+that\s)|the\s+press|him|her|me|us|them|(?:the|a|an)\s+[\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]*)*|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)/u;
/** Where and when, between a cue and its "that": "said in February that" (not "said X would resemble that of Y"). */
const BEFORE_THAT = /^(?:\s+(?:in|on|at|during|last|this|earlier|later|yesterday|today|again|also|repeatedly|publicly|privately|recently|previously|to|with|after|before|via|through|over|in|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+[^\s,.;:!?"“”]+){0,6}?)?,?\s+that\s+/i;
/** A second cue of the same speaker after "and", "but" or "then", or a participle: it hands the sentence to a claim of its own. */
const NEXT_CUE = new RegExp(`(?:,\\s+|\\s+and\\s+|,?\\s+but\\s+|,?\\s+(?:and\\s+)?then\\s+)(?:(?:also|later|repeatedly|again)\\s+)?(?:${ALL_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`);
/** "is telling", "’s not saying", "also is stressing": the auxiliary before a progressive cue. */
const PROGRESSIVE_AUX = /\b(?:is|are|was|were|’s|'s|isn’t|isn't|aren’t|wasn’t|been|be)\s+(?:(?:not|also|still|now|again|repeatedly|increasingly|already|publicly|privately|openly|loudly|quietly)\s+)*$/i;
/** A phrase cue opening with an -ing form ("referring to", "talking about"): read like any participle. */
const ING_PHRASE = /^\p{L}+ing\s/u;
/** -s forms far more often plural nouns than verbs. */
const THAT_ONLY = new Set(['states', 'remarks', 'questions', 'figures']);
/** What follows a noun, not a verb: "support for", "attacks on", "plans, …". */
const NOUN_AFTER = /^(?:\s+(?:for|of|among|from|in|on|at|by|with|against|between|within|behind|over|is|are|was|were|has|have|had|will|would|and|or)\b|\s*[,.;:!?)]|\s*$)/i;
/** Words that hand over a quotation inside an object: "a sign reading", "an ad titled", "chants of". */
const QUOTED_BY = /\b(?:reading|reads|read|titled|entitled|headlined|saying|chants?\s+of|cries\s+of|slogan)\s*[,:]?\s*$/i;
/** How far after the cue a quote may start behind a short aside ("…: “…”"). */
const QUOTE_AFTER_ASIDE = 80;
/** A cue anywhere in a span (CUE_PATTERN is global, so it keeps a position between searches). */
const HAS_CUE = new RegExp(CUE_PATTERN.source, 'u');
/** An aside before a quote that says when, where or to whom: "a day earlier,", "to his followers,", "simply,". */
const WHEN_OR_TO_WHOM = /^\s*(?:,\s*)?(?:(?:to|in|on|at|during|after|before|from|via|over|through|later|earlier|again|also|simply|then|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[^,]*\b(?:earlier|later|ago|simply|again|yesterday|today)\s*,\s*$)/;
/** A verb in that aside makes it a claim of its own. */
const FINITE_AFTER = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b/;
/** "was declared", "is said": a passive cue names no speaker. */
const PASSIVE = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$/i;

export function findClaims(source: string, options: FindOptions = {}): Suggestion[] {
  const text = readHeadlineCues(readDoubledApostrophes(source));
  const quotes = findQuotes(text);
  const book = new SpeakerBook(text, options.namedBefore);
  const drafts: Draft[] = [];
  const sentences = sentenceSpans(text, quotes);
  for (const sentence of sentences) {
    book.learn(sentence.start, sentence.end);
    drafts.push(...claimsInSentence(text, sentence, quotes));
    drafts.push(...nounClaims(text, sentence, quotes));
  }
  drafts.push(...headlineClaims(text, quotes));
  const claims = joinSplitQuotes(text, quotes, sentences, dropOverlaps(drafts.filter((d) => d.content.end > d.content.start)));
  const lone = attributeLoneQuotes(text, quotes, sentences, continueQuotes(text, quotes, claims));
  const withContinuations = joinRunOnQuotes(text, quotes, lone);
  return withContinuations.map((d) => suggestion(text, source, d, quotes, book, options));
}

/** A line in Title Case: a headline, whose verbs are capitalized like its names. */
const TITLE_LINE = /^[^\n]{12,200}$/gm;
/** Cue forms that a headline capitalizes ("Bellwether County Says Trump Should Win"): their -s and past forms. */
const HEADLINE_CUES = new Set(ALL_CUES.filter((c) => !c.includes(' ') && !BASE_FORMS.has(c) && !NOUN_S_FORMS.has(c)));

/** Headline cues in lower case, so they read as cues: same length, same offsets. */
function readHeadlineCues(text: string): string {
  return text.replace(TITLE_LINE, (line) => {
    const words = line.match(/[\p{L}’']+/gu) ?? [];
    const long = words.filter((w) => w.length > 3);
    if (words.length < 4 || long.filter((w) => /^\p{Lu}/u.test(w)).length < long.length * 0.8) return line;
    return line.replace(/\b[A-Z][a-z]+\b/g, (w) => (HEADLINE_CUES.has(w.toLowerCase()) ? w.toLowerCase() : w));
  });
}

/** `text` is what the finder read, `source` the text as given (their offsets are the same). */
function suggestion(text: string, source: string, d: Draft, quotes: readonly Quote[], book: SpeakerBook, options: FindOptions): Suggestion {
  const named = d.source && antecedent(text, d.source);
  const phrase = named ? text.slice(named.start, named.end) : null;
  const actor = phrase ? book.resolve(phrase, named!.start) : null;
  const matched = options.actors?.length ? matchActor(options.actors, [actor, phrase && plainName(phrase)]) : undefined;
  const plain = (x: Span | null) => x && { start: x.start, end: x.end };
  return {
    content: plain(d.content)!,
    source: plain(d.source),
    cue: plain(d.cue),
    actor: matched?.name ?? actor,
    ...(matched ? { actorId: matched.id } : {}),
    text: source.slice(d.content.start, d.content.end),
    kind: kindOf(text, d.content, quotes),
    ...(d.guessed ? { guessed: true as const } : {}),
  };
}

/** The words a relative speaker ("…, who said") stands for: the name before it; any other speaker stands for itself. */
function antecedent(text: string, source: Span): Span | null {
  if (!/^(?:who|which)$/i.test(text.slice(source.start, source.end))) return source;
  let from = Math.max(0, source.start - 200);
  const window = text.slice(from, source.start);
  const stop = /[.!?]\s+(?=[^.!?]*$)/.exec(window);
  if (stop) from += stop.index + stop[0].length;
  const before = text.slice(from, source.start).replace(/[\s,]+$/, '');
  return speakerBefore(text, from, from + before.length);
}

function claimsInSentence(text: string, sentence: Sentence, quotes: readonly Quote[]): Draft[] {
  const found: Draft[] = [];
  const body = text.slice(sentence.start, sentence.end);
  CUE_PATTERN.lastIndex = 0;
  for (const m of body.matchAll(CUE_PATTERN)) {
    const cue = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (quoteAt(quotes, cue.start)) continue; // a cue inside a quote is the quoted speaker's
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (NOUN_S_FORMS.has(word) && NOUN_BEFORE.test(text.slice(sentence.start, cue.start))) continue;
    // "30 states", "legitimate questions": these are cues only when a clause or quote follows ("the report states that …").
    if (THAT_ONLY.has(word) && !/^\s*(?:that\b|:|,?\s*["“])/.test(text.slice(cue.end, cue.end + 8))) continue;
    // "the alleged victim", "271 pledged delegates": a past participle before a noun is an adjective.
    if (/ed$/.test(word) && /(?:^|\s)(?:the|a|an|his|her|its|their|our|this|that|these|those|\d[\d,.]*)\s*$/i.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start))) continue;
    // "Millennials support background checks" but "support for Sanders", "carrying out attacks on …": a noun before a preposition.
    if (NOUN_OR_VERB_FORMS.has(word) && (NOUN_BEFORE.test(text.slice(sentence.start, cue.start)) || NOUN_AFTER.test(text.slice(cue.end, sentence.end)))) continue;
    // "we will see", "wait and see": looking, not holding a view.
    if (word === 'see' && /\b(?:will|would|can|could|may|might|must|should|let’s|let's|us|and|to|'ll|’ll)\s+$/i.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start))) continue;
    const progressive = (PROGRESSIVE.has(word) || ING_PHRASE.test(word) || STANCE_ADJECTIVES.includes(word)) && PROGRESSIVE_AUX.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start));
    // Any reporting verb's -ing form reads as a participle after a comma: "…, citing …", "…, recalling …".
    const asParticiple = PARTICIPLES.includes(word) || PROGRESSIVE.has(word) || ING_PHRASE.test(word);
    if (!progressive && ((PROGRESSIVE.has(word) && !asParticiple) || STANCE_ADJECTIVES.includes(word))) continue;
    const draft =
      word === ACCORDING_TO
        ? accordingTo(text, sentence, cue, quotes)
        : progressive
          ? claimAfter(text, sentence, cue, word, quotes, found.at(-1)?.source ?? null, true)
        : asParticiple
          ? participle(text, sentence, cue, word, quotes, found.at(-1)?.source ?? null)
          : (claimBefore(text, sentence, cue, word, quotes) ?? claimAfter(text, sentence, cue, word, quotes, found.at(-1)?.source ?? null));
    if (draft && (!QUOTE_ONLY.includes(word) || isQuote(quotes, draft.content))) found.push(draft);
  }
  // A claim read forwards stops where the next speaker in the sentence begins.
  for (let i = 0; i < found.length - 1; i++) {
    const next = found[i + 1]!.source;
    const here = found[i]!;
    if (next && next.start > here.content.start && next.start < here.content.end) {
      here.content = trimSpan(text, { start: here.content.start, end: next.start }, TRAILING);
    }
  }
  for (let i = 0; i < found.length - 1; i++) found[i]!.content = beforeQuotedColon(text, found[i]!.content, found[i + 1]!.content, quotes);
  return found;
}

/**
 * "asserted that France had lost its identity: “France is no longer France,” he claimed": a quote after a
 * colon, with a cue of its own after it, is that cue's claim; the words before the colon are this one's.
 * With no cue after it ("adds that Muslims have two choices: “…”") the quote stays in the claim.
 */
function beforeQuotedColon(text: string, content: Span, next: Span, quotes: readonly Quote[]): Span {
  const closing = quoteAt(quotes, content.end - 1);
  if (!closing || closing.start <= content.start || next.start !== closing.start) return content;
  const colon = /:\s*$/.exec(text.slice(content.start, closing.start));
  return colon ? trimSpan(text, { start: content.start, end: content.start + colon.index }, TRAILING) : content;
}

/** Before a participle with no comma: "by", or a plural object ("emailed supporters saying"). */
const PARTICIPLE_AFTER = /\b(?:by|\p{Ll}+s)\s+$/u;
/** …but not words that make it something other than speech ("without saying", "kept saying"). */
const NOT_SPEECH_BEFORE = /\b(?:about|of|for|from|without|not|keep|keeps|kept|stop|stopped|start|started)\s+$/i;

/** "…, saying (that) …": the speaker is the sentence's subject (or the speaker just before). */
function participle(text: string, sentence: Span, cue: Span, word: string, quotes: readonly Quote[], previous: Span | null): Draft | null {
  const head = text.slice(sentence.start, cue.start);
  // "…, saying …", or without the comma after a verb's object: "emailed supporters saying …", "began by saying …".
  if (!/,\s*$/.test(head) && !(PARTICIPLE_AFTER.test(head) && !NOT_SPEECH_BEFORE.test(head))) return null;
  const source = previous ?? subjectOf(text, sentence.start, cue.start);
  return source ? claimAfterCue(text, sentence, cue, word, quotes, source) : null;
}

/** "…, who said …": the relative word is the speaker (named by what it refers to). */
const RELATIVE_SPEAKER = /(?:^|[\s,])(who|which)\s+(?:(?:has|have|had|is|are|was|were|also|later|then|previously|repeatedly|recently|once|often|never|not|already|publicly|privately)\s+)*$/i;
/** "The judge rubbed his chin, and then said …", "…, but insists …": a verb joined to the sentence's first. */
const COORDINATED = /(?:,\s*|\s)(?:and|but|then|yet)\s+(?:(?:then|also|later|now|again|repeatedly|publicly|quickly|finally)\s+)*$/i;

/** A speaker the words right before the cue do not name: a relative "who", or the subject of a coordinated verb. */
function otherSpeaker(text: string, sentence: Span, cue: Span, quotes: readonly Quote[], previous: Span | null): Span | null {
  const head = text.slice(Math.max(sentence.start, cue.start - 300), cue.start);
  const relative = RELATIVE_SPEAKER.exec(head);
  if (relative) {
    const at = cue.start - head.length + relative.index + relative[0].indexOf(relative[1]!);
    return { start: at, end: at + relative[1]!.length };
  }
  if (!COORDINATED.test(head)) return null;
  // "“…,” Nasser said, and then predicted …": the speaker of the sentence's claim before; never words inside a quote.
  if (previous) return previous;
  const subject = sentenceSubject(text, sentence.start, cue.start);
  return subject && !quoteAt(quotes, subject.start) ? subject : null;
}

/** X said (that) … / X told Y (that) … / X called for … */
function claimAfter(text: string, sentence: Span, cue: Span, word: string, quotes: readonly Quote[], previous: Span | null, progressive = false): Draft | null {
  if (!progressive && PASSIVE.test(text.slice(sentence.start, cue.start))) return null;
  const source = speakerBefore(text, sentence.start, cue.start) ?? otherSpeaker(text, sentence, cue, quotes, previous);
  if (!source) return null;
  if (BASE_FORMS.has(word) && /\bto\s*$/i.test(text.slice(sentence.start, cue.start))) return null;
  return claimAfterCue(text, sentence, cue, word, quotes, source);
}

function claimAfterCue(text: string, sentence: Span, cue: Span, word: string, quotes: readonly Quote[], source: Span): Draft | null {
  let start = cue.end;
  if (TELL.test(word)) {
    // "told The Post and Courier newspaper of Charleston on Saturday that …": whoever was told, up to "that".
    const toThat = /^[^,;:"“”.]{1,90}?\sthat\s/.exec(text.slice(start, Math.min(sentence.end, start + 100)));
    const who = toThat ?? ADDRESSEE.exec(text.slice(start, sentence.end));
    if (who) start += who[0].length;
  }
  const that = BEFORE_THAT.exec(text.slice(start, sentence.end));
  if (that) start += that[0].length;
  // "X said:" / "Cruz continued:" closing a paragraph introduces the quote that follows it.
  const introduced = /^[ \t]*(?:\p{Lu}\p{Ll}+[ \t]+)?[:,][ \t]*\n+[ \t]*(?=["“])/u.exec(text.slice(start, sentence.end + 4));
  if (introduced) {
    const next = quoteAt(quotes, start + introduced[0].length);
    if (next) return { content: { start: next.start, end: next.end }, source, cue };
  }
  // A quote right after the cue is the claim: "declared “What a Super Tuesday!” and said…".
  const opening = /^\s*[,:]?\s*/.exec(text.slice(start, sentence.end))![0].length;
  const quote = quoteAt(quotes, start + opening);
  if (quote && quote.start === start + opening && wordCount(text.slice(quote.start, quote.end)) >= 1) return { content: { start: quote.start, end: quote.end }, source, cue };
  // "fired back forcefully: “…”": a quote after a short aside ending in a colon is what was said.
  const quoteAfter = quoteStartingFrom(quotes, start);
  // "stated a day earlier, “…”", "wrote to his followers, “…,” and shared a link": after a comma, when the quote ends the clause.
  // Not after "that" ("said that in her state, “…”" is one claim) and only when the aside says when, where or to whom.
  const commaAside = (q: Quote) =>
    !that &&
    WHEN_OR_TO_WHOM.test(text.slice(start, q.start)) &&
    /^[^"“”.;!?:]*,\s*$/.test(text.slice(start, q.start)) &&
    !HAS_CUE.test(text.slice(start, q.start)) &&
    /^\s*(?:[.!?]|$|,?\s+(?:and|but)\s)/.test(text.slice(q.end, sentence.end));
  if (quoteAfter && quoteAfter.start - start <= QUOTE_AFTER_ASIDE && (/^[^"“”.;!?,]*:\s*$/.test(text.slice(start, quoteAfter.start)) || commaAside(quoteAfter)) && !FINITE_AFTER.test(text.slice(start, quoteAfter.start))) {
    return { content: { start: quoteAfter.start, end: quoteAfter.end }, source, cue };
  }
  let end = sentence.end;
  // A spaced dash sets off an aside, not more of the claim.
  const dash = /\s[-–—]\s/.exec(text.slice(start, end));
  if (dash && !quoteAt(quotes, start + dash.index)) end = start + dash.index;
  // "…, adding that …" / "… and said …": a second cue of the same speaker starts a claim of its own.
  const next = NEXT_CUE.exec(text.slice(start, end));
  if (next && next.index > 0 && !quoteAt(quotes, start + next.index)) end = start + next.index;
  // A quote opened in the claim runs on to its closing mark.
  const open = quoteAt(quotes, end - 1);
  if (open && open.start >= start && open.end > end) end = open.end;
  // "posted a message reading “Thank you Georgia”", "responded with chants of “…”": the words quoted are the claim.
  if (quoteAfter && quoteAfter.end <= end && QUOTED_BY.test(text.slice(Math.max(start, quoteAfter.start - 30), quoteAfter.start))) {
    return { content: { start: quoteAfter.start, end: quoteAfter.end }, source, cue };
  }
  const content = trimSpan(text, { start, end }, TRAILING.replace('.', '') + ':');
  const last = text[content.end - 1];
  if (last === '.' && !quoteAt(quotes, content.end - 1)) content.end--;
  const words = wordCount(text.slice(content.start, content.end));
  const needed = OBJECT_CUES.includes(word) ? 1 : MIN_CLAUSE_WORDS;
  return words >= needed ? { content, source, cue } : null;
}

