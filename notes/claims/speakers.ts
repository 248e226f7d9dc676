// Who is speaking: the words naming the speaker next to a cue, and the name
// they stand for in the article ("he" → "Lloyd Austin", "the Pentagon
// spokesman" → "Pat Ryder", "Austin" → "Lloyd Austin").
import type { Span } from './span.ts';
import { isAbbreviation } from './sentences.ts';

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const PERSON_PRONOUNS = new Set(['he', 'she']);

/** Words that open a clause before its subject ("While Baghdad has maintained…"). */
const CLAUSE_OPENERS = /^(?:(?:while|although|though|whereas|but|and|yet|so|meanwhile|however|still|now|instead|also|as|because|since|if|when|then|even|indeed|moreover|further|furthermore|already|thus|likewise|similarly|separately|previously|earlier|later|ultimately|finally|of course),?\s+)+/i;

/** Where a speaker's words cannot reach back past. */
const BOUNDARY = /[;:()\u201C\u201D"\u2014\u2013]|\s-\s|,|\b(?:that|which|who|whom|whose|while|and|but|because|where|when|if|as|after|before|than|what|how|why|whether)\s/gi;

/** Titles and roles dropped from the front of a person's name. */
const TITLES = new Set(
  ('mr mrs ms miss dr prof sir lord lady dame rev gov sen rep gen lt col maj capt sgt adm cmdr pres sec ' +
    'president vice prime minister secretary deputy assistant undersecretary general major lieutenant colonel captain sergeant admiral commander ' +
    'chief senator representative congressman congresswoman governor mayor ambassador envoy spokesman spokeswoman spokesperson ' +
    'director chairman chairwoman chair judge justice attorney king queen prince princess sheikh emir pm minister-president ' +
    'defense defence foreign interior finance state justice treasury homeland security former acting incoming outgoing top senior us u.s. iraqi ' +
    'department house senate white pentagon of for the democratic republican gop candidate nominee leader speaker press').split(' '),
);

/** Capitalized only because they open a sentence: never part of a name. */
const FUNCTION_WORDS = new Set('while the in on at despite after before when but and a an this that these those his her its their our my we i he she they it as for with from by of to if so yet although though because since during until meanwhile however also then there here what which who how why where according around some many most all both each every no not one two'.split(' '));

/** Words that make a capitalized run an organisation, not a person. */
const ORGANISATION_WORDS = /\b(?:Department|Ministry|Government|Pentagon|House|Council|Party|Commission|Service|Agency|Forces|Media|News|Times|Post|Press|Committee|Office|University|Bank|Court|Army|Navy|Command|Campaign|Administration|Institute|Center|Centre|Foundation|Association|Union|Group|Company|Corp|Inc|Network|Journal|Reuters|Agence|Associated|Organization|Organisation|Coalition|Embassy|Police|Congress|Senate|State|States|Republic|Kingdom|Region|Fund|Board)\b/;

/** Role nouns that "the spokesman" / "a senior official" refer back through. */
export const ROLE = /\b(spokes(?:man|woman|person)|secretary|minister|president|ambassador|envoy|general|official|commander|governor|senator|mayor|director|chairman|leader|candidate)\b/i;

const capitalized = (w: string) => /^[\p{Lu}]/u.test(w) || /^(?:al|el|bin|ibn|de|van|von|der|la|le|du|da|di)-?[\p{Lu}]/u.test(w);

/**
 * The speaker's words right before a cue (the clause's subject), or null.
 * `from` is where the clause may start (the sentence start).
 */
export function speakerBefore(text: string, from: number, cueStart: number): Span | null {
  let end = cueStart;
  const head = text.slice(from, end);
  const aux = /(?:\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|should|did|does|do|also|later|then|previously|repeatedly|again|publicly|privately|reportedly|recently|once|often|always|never|not|already|earlier|further|just|flatly|firmly|strongly|explicitly|openly|clearly|frequently|still|long|been|being))+\s*$/i.exec(head);
  end = from + (aux ? aux.index : head.trimEnd().length);
  // "Sen. Bernie Sanders (I-Vt.) said", "Many speakers — including … — said": the name comes before the aside, which stays in the span.
  const aside = ASIDE_AT_END.exec(text.slice(from, end));
  if (aside && aside.index > 0) {
    const named = speakerBefore(text, from, from + aside.index);
    return named ? { start: named.start, end } : null;
  }
  let body = text.slice(from, end);
  let appositive = false;
  if (body.endsWith(',')) {
    const withAsides = speakerWithAsides(text, from, end - 1);
    if (withAsides) return withAsides;
  }
  if (body.endsWith(',')) {
    // "Pat Ryder, Pentagon spokesman, said": the name is before the apposition.
    appositive = true;
    body = body.slice(0, -1);
    end -= 1;
  }
  const cuts = [...`${body} `.matchAll(BOUNDARY)].map((m) => ({ at: m.index, after: m.index + m[0].length, comma: m[0] === ',' }));
  let cut = cuts.at(-1);
  if (appositive && cut?.comma) cut = cuts.at(-2);
  let start = from + (cut ? cut.after : 0);
  const lead = CLAUSE_OPENERS.exec(text.slice(start, end).trimStart());
  while (start < end && /\s/.test(text[start]!)) start++;
  if (lead) start += lead[0].length;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return null;
  return looksLikeSpeaker(words) ? { start, end } : null;
}

/** Words opening a clause that is not a speaker: "Asked about the plan, …", "In March, …". */
const NOT_A_HEAD = /^(?:in|on|at|after|before|during|when|while|as|since|despite|following|later|earlier|last|this|that|asked|speaking|if|unlike|like|for|with|without|from|to|under|over|through|by|of|according|although|though|because|until|once|there|it|what|how|why|where)$/i;
/** A clause about the speaker set off by commas, not more of their name: "Barkley, who said he votes Democratic, said". */
const RELATIVE = /^\s*(?:who|whom|whose|which|where|when)\b/i;
/** A verb in what should be a name: "The emails were on a variety of topics, …". */
const VERB_IN_HEAD = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|[\p{Ll}]+ed)\b/u;
/** Longest run of speaker and asides, in words. */
const MAX_ASIDE_WORDS = 40;

/**
 * "Christopher Harvey, an African-American delegate from Houston, Texas, said …":
 * a speaker opening the clause, then appositions and relative clauses set off
 * by commas up to the cue. The head and its appositions are the speaker; a
 * relative clause ("Barkley, who said …, said") is not, and ends the span.
 * `end` is the comma before the cue.
 */
function speakerWithAsides(text: string, from: number, end: number): Span | null {
  let start = from;
  while (start < end && /[\s"“”]/.test(text[start]!)) start++;
  const lead = CLAUSE_OPENERS.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const body = text.slice(start, end);
  const comma = body.indexOf(',');
  if (comma <= 0 || wordCountOf(body) > MAX_ASIDE_WORDS || /[;:"“”()]/.test(body)) return null;
  const head = body.slice(0, comma).trim().split(/\s+/);
  if (head.length > 8 || NOT_A_HEAD.test(head[0]!) || /(?:ed|ing)$/.test(head[0]!) || VERB_IN_HEAD.test(head.join(' '))) return null;
  if (!looksLikeSpeaker(head) || (!/^[\p{Lu}]/u.test(head[0]!) && !/^(?:the|a|an)$/i.test(head[0]!))) return null;
  // Appositions stay with the name; a relative clause ends it.
  let stop = end;
  for (let at = comma; at >= 0 && at < body.length; at = body.indexOf(',', at + 1)) {
    if (RELATIVE.test(body.slice(at + 1))) {
      stop = start + at;
      break;
    }
  }
  return { start, end: stop };
}

const wordCountOf = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A party label in brackets or an aside between dashes, closing the words before a cue. */
const ASIDE_AT_END = /\s*(?:\([^()]{1,40}\)|[—–]\s[^—–\n]{1,120}\s[—–]|\s-\s[^\n]{1,120}\s-)\s*,?$/;

/** The speaker's words right after a cue ("said Lloyd Austin, using…", "according to officials,"). */
export function speakerAfter(text: string, cueEnd: number, limit: number): Span | null {
  let start = cueEnd;
  while (start < limit && /\s/.test(text[start]!)) start++;
  const rest = text.slice(start, limit);
  const stops = /[,.;:!?()\u201C\u201D"\u2014\u2013\n]|\s-\s|(?:^|\s)(?:on|in|at|during|last|this|that|who|which|when|after|before|to|about|while|as|because)\s/gi;
  let stop: RegExpExecArray | null;
  // "said Mr. Schmidt", "said Rep. Jim Clyburn", "said Paul H. Chipok", "said U.S. Ambassador …": a title's or an initial's stop is inside the name.
  while ((stop = stops.exec(rest)) && stop[0] === '.' && isAbbreviation(text, start + stop.index) && /^(?:\s+[\p{Lu}]|[\p{L}])/u.test(rest.slice(stop.index + 1)));
  const end = start + (stop ? rest.slice(0, stop.index).trimEnd().length : rest.trimEnd().length);
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return null;
  // "remembered with a shrug": a phrase opening with a preposition is how, not who.
  if (PREPOSITION.test(words[0]!)) return null;
  return looksLikeSpeaker(words) ? { start, end } : null;
}

const PREPOSITION = /^(?:with|without|by|for|from|of|into|onto|over|under|through|across|against|between|among|around|toward|towards|upon|within|like|than|via|again|once|too|then|later|earlier|afterward|afterwards|instead)$/i;

const NOT_SPEAKERS = new Set(['it\'s', 'there', 'this', 'which', 'what', 'to', 'of', 'the', 'a', 'an', 'and', 'or', 'that', 'not', 'be', 'been', 'being', 'is', 'was', 'were', 'are', 'who', 'as', 'so', 'also', 'had', 'has', 'have', 'just', 'i\'ve', 'you\'ve']);

function looksLikeSpeaker(words: string[]): boolean {
  const last = words.at(-1)!.toLowerCase().replace(/[’']s$/, '');
  if (NOT_SPEAKERS.has(last)) return false;
  if (words.length === 1 && PRONOUNS.has(last)) return true;
  // Verbs ending the phrase ("to be", "should have") are not subjects.
  if (/(?:ing|ly)$/.test(last) && !/^[\p{Lu}]/u.test(words.at(-1)!)) return false;
  return true;
}

/** The actor a speaker phrase names, with articles and possessives tidied. */
export function plainName(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,;:.]+$/, '')
    .replace(/(?<=\p{L})[’']s?$/u, '')
    .trim();
}

/** The person's name in a speaker phrase ("US Defense Secretary Lloyd Austin" → "Lloyd Austin"), or undefined. */
export function personIn(phrase: string): string | undefined {
  for (const part of phrase.split(/,|\s-\s|\(|\)/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    // The last run of capitalized words, titles removed from its front.
    // The name is the head of its phrase: "Hardline Shiite politicians" names no one.
    const end = words.length;
    if (end === 0 || !capitalized(words[end - 1]!)) continue;
    let start = end;
    while (start > 0 && (capitalized(words[start - 1]!) || /^(?:al|el|bin|ibn|de|van|von|der|la|le|du|da|di)$/.test(words[start - 1]!))) start--;
    // "Later Sen. Ted Cruz": a word capitalized for opening the sentence stands before the title, not in the name.
    for (let i = end - 2; i > start; i--) if (TITLES.has(words[i]!.toLowerCase().replace(/[.,]/g, ''))) { start = i; break; }
    while (start < end && (TITLES.has(words[start]!.toLowerCase().replace(/[.,]/g, '')) || FUNCTION_WORDS.has(words[start]!.toLowerCase()))) start++;
    const run = words.slice(start, end).join(' ').replace(/[’']s$/, '');
    if (end - start >= 2 && !ORGANISATION_WORDS.test(run) && !/\d/.test(run)) return run;
  }
  return undefined;
}

const surnameKey = (w: string) => w.toLowerCase().replace(/^(?:al|el)-/, '').replace(/[’']s$/, '');

/** How many people named before a mention are considered for it (a long source need not be searched to its start). */
const LOOK_BACK = 200;

/** A person named in the article, where, and what role the words around them gave. */
export interface Mention {
  name: string;
  at: number;
  role: string | undefined;
}

/**
 * Resolves speaker phrases to names, reading the article in order: full
 * names are remembered as they appear (in speaker phrases and in the text),
 * so a later surname, pronoun or role finds the nearest one before it.
 */
export class SpeakerBook {
  /** In text order: learn() is called sentence by sentence. */
  private readonly people: Mention[];
  private readonly seen = new Set<number>();

  /** `namedBefore`: people named before `text` in a longer one it is part of (their `at` is before 0). */
  constructor(
    private readonly text: string,
    namedBefore: readonly Mention[] = [],
  ) {
    this.people = namedBefore.slice(-LOOK_BACK);
  }

  /** Remembers the people named in text[start, end) (full names of two or more capitalized words). */
  learn(start: number, end: number): void {
    const chunk = this.text.slice(start, end);
    for (const m of chunk.matchAll(/(?:[\p{Lu}][\p{L}’'.-]*|(?:al|el|bin|ibn)-[\p{Lu}][\p{L}’'-]*)(?:\s+(?:(?:al|el|bin|ibn|de|van|von)\s+)?(?:[\p{Lu}][\p{L}’'.-]*|(?:al|el)-[\p{Lu}][\p{L}’'-]*))+/gu)) {
      const name = personIn(m[0]);
      if (!name || name.split(' ').length < 2) continue;
      const at = start + m.index + m[0].lastIndexOf(name.split(' ')[0]!);
      if (this.seen.has(at)) continue;
      this.seen.add(at);
      // The apposition after the name says more than the titles before it ("Major General Pat Ryder, Pentagon spokesman").
      const after = this.text.slice(start + m.index + m[0].length, Math.min(this.text.length, start + m.index + m[0].length + 40));
      const role = (ROLE.exec(after.split(/[.;]/)[0]!) ?? ROLE.exec(m[0]))?.[1]?.toLowerCase();
      this.people.push({ name, at, role });
    }
  }

  mentions(): Mention[] {
    return [...this.people];
  }

  /** The name `phrase` (found at `at`) stands for, or null when it names no one we can tell. */
  resolve(phrase: string, at: number): string | null {
    const words = plainName(phrase);
    if (!words) return null;
    const lower = words.toLowerCase();
    if (PRONOUNS.has(lower)) {
      if (!PERSON_PRONOUNS.has(lower)) return null;
      return this.nearestBefore(at, () => true)?.name ?? null;
    }
    const person = personIn(phrase);
    if (person) return this.fullName(person, at) ?? person;
    // "Sanders, a senator from Vermont", "Many speakers — including …": the name before the apposition or aside.
    const comma = phrase.search(/,|\s[—–-]\s|\s\(/);
    if (comma > 0) return this.resolve(phrase.slice(0, comma), at);
    // "Mr. Schmidt", "Sen. Cruz": the surname after a title.
    const untitled = words.split(' ').filter((w, i, all) => i === all.length - 1 || !TITLES.has(w.toLowerCase().replace(/\./g, ''))).join(' ');
    const single = /^[\p{Lu}][\p{L}’'-]+$/u.test(untitled) ? this.fullName(untitled, at) : undefined;
    if (single) return single;
    // "the spokesman", "the Pentagon spokesman": the nearest person given that role.
    const role = /^(?:[\p{Lu}][\p{L}.-]*\s+)*(spokes(?:man|woman|person)|secretary|minister|president|ambassador|envoy|general|commander|governor|senator|mayor|director|chairman)$/iu.exec(words);
    if (role && /^(?:the|a|an)\s/i.test(phrase.trim())) {
      const who = this.nearestBefore(at, (p) => p.role === role[1]!.toLowerCase());
      if (who) return who.name;
    }
    return words;
  }

  /** The nearest person named at or before `at` who passes `test`, looking back through at most LOOK_BACK of them. */
  private nearestBefore(at: number, test: (p: Mention) => boolean): Mention | undefined {
    let lo = 0;
    let hi = this.people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.people[mid]!.at <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= Math.max(0, lo - LOOK_BACK); i--) if (test(this.people[i]!)) return this.people[i];
    return undefined;
  }

  /** "Austin" → "Lloyd Austin": the nearest earlier full name ending with that surname. */
  private fullName(surname: string, at: number): string | undefined {
    const key = surnameKey(surname.split(' ').at(-1)!);
    const hit = this.nearestBefore(at, (p) => surnameKey(p.name.split(' ').at(-1)!) === key);
    return hit && hit.name.split(' ').length >= surname.split(' ').length ? hit.name : undefined;
  }
}

/** The subject opening a sentence, for a participle's speaker: a pronoun or a run of capitalized words. */
export function subjectOf(text: string, from: number, limit: number): Span | null {
  const head = text.slice(from, limit);
  const lead = /^\s*(?:["“]\s*)?/.exec(head)![0].length;
  const openers = CLAUSE_OPENERS.exec(head.slice(lead))?.[0].length ?? 0;
  const m = /^(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\b|(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}[\p{Lu}][\p{L}’'.-]*(?:\s+(?:officials?|spokes(?:man|woman|person)|leaders?|lawmakers|police|campaign))?)/u.exec(head.slice(lead + openers));
  if (!m || !/[\p{Lu}]/u.test(m[0]) && !PRONOUNS.has(m[0].toLowerCase())) return null;
  const start = from + lead + openers;
  return { start, end: start + m[0].length };
}

/** A phrase opening a sentence before its subject: "In an incendiary press conference, Trump …". */
const LEADING_PHRASE = /^\s*(?:(?:In|On|At|After|Before|During|When|While|As|Since|Despite|Following|Later|Earlier|Last|This|Speaking|Asked|Then|But|And|Still|Yet|Instead|Meanwhile|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday|Holding|Of|For|With|Without|From|Like|Unlike|To|Under|Over|Through)\b[^,.;:"“”]{0,100},\s*)+/;
/** "The judge": a determiner alone takes the noun after it. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|one|each|every|some)$/i;
/** A headline in capitals names no one. */
const HEADLINE = /^[\p{Lu}\s’'.-]{12,}$/u;

/** Where a sentence's subject starts: past a leading phrase ending in a comma ("In March, …"). */
export function sentenceOpeningAt(text: string, from: number, limit: number): number {
  let at = from + (LEADING_PHRASE.exec(text.slice(from, limit))?.[0].length ?? 0);
  while (at < limit && /\s/.test(text[at]!)) at++;
  return at;
}

/** The subject of the sentence at `from`, past any leading phrase: "In a speech, the judge …" → "the judge". */
export function sentenceSubject(text: string, from: number, limit: number): Span | null {
  const subject = subjectOf(text, sentenceOpeningAt(text, from, limit), limit);
  if (subject && DETERMINER.test(text.slice(subject.start, subject.end).trim())) {
    const noun = /^\s+[\p{Ll}][\p{L}’'-]*/u.exec(text.slice(subject.end, limit));
    if (noun) subject.end += noun[0].length;
  }
  return subject && !HEADLINE.test(text.slice(subject.start, subject.end)) ? subject : null;
}

/** Capitalized at a sentence's start but never a speaker: "Or, as …", "There …", "Specifically, …". */
const NO_SUBJECT = /^(?:or|and|but|so|there|here|what|which|specifically|some|each|every|no|not|if|then|now|yet|also|still|even|just|only|such|many|most|all|both|other|another|why|how|where|when|who)$/i;

/** The sentence's subject when it can name a speaker: not a function word, nor a participle opening the sentence ("Smiling, …"). */
export function speakingSubject(text: string, from: number, limit: number): Span | null {
  const subject = sentenceSubject(text, from, limit);
  if (!subject) return null;
  const first = text.slice(subject.start, subject.end).split(/\s+/)[0]!;
  return NO_SUBJECT.test(first) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first) ? null : subject;
}

/** Everyone named in `text`, in order (for the parts of a long text read apart: see findInParts.ts). */
export function namedPeople(text: string): Mention[] {
  const book = new SpeakerBook(text);
  book.learn(0, text.length);
  return book.mentions();
}
