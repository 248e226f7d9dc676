// The briefing as a neutral document: what to say, in what order, with which
// citations — no formatting. Markdown, HTML and Word each render this one model,
// so the three exports never disagree about content. Fields marked (Markdown)
// hold the analyst's own Markdown; every other string is plain text that each
// format must escape.
import { compareQuestion, describeConflict, type ComparedClaim, type ComparedRelation, type Conflict } from '../compare/index.ts';
import type { Annotation, Notebook, Source } from '../model/schema.ts';
import { LIKELIHOODS } from '../model/vocabulary.ts';
import { pageAt } from '../text/pages.ts';
import { dateBeside, listSeparator } from '../text/direction.ts';
import { nestedQuote } from '../text/nested.ts';
import { paragraphLocator } from '../text/paragraphs.ts';

export interface Citation {
  /** "S1", "S2", … in order of first citation; listed under Sources. */
  sourceKey: string;
  /** 1-based paragraph, 0 when the source has none. */
  paragraph: number;
  /** 1-based page of a paged source (PDF), 0 when it has no pages. */
  page: number;
  /** "S1 ¶6", "S1 p. 3 ¶6" for a paged source (or "S1" without a paragraph). */
  label: string;
}

/** Plain text with citations in it. */
export type Sentence = (string | Citation)[];

export interface CitedClaim {
  annotationId: string;
  actorName: string;
  position: string;
  cue: string;
  /** Exactly as in the source. */
  quote: string;
  /** Admiralty grade, e.g. "B3". */
  grade: string;
  citation: Citation;
}

export interface ClaimTable {
  questionId: string;
  question: string;
  actors: { id: string; name: string; color: string }[];
  /** One row, one cell per actor: that actor's claims in reading order. */
  cells: CitedClaim[][];
  /** Sentences saying who disagrees and which claims the analyst linked as contradicting. */
  conflicts: Sentence[];
  /** The analyst's other links between the question's claims: "A [S1 ¶4] supports B [S1 ¶6]". */
  relations: Sentence[];
  /** Actors with claims on the question that the analyst left out of the table. */
  omittedActors: string[];
  /** The analyst's note on the question (Markdown). */
  note: string;
}

export interface Excerpt {
  annotationId: string;
  quote: string;
  citation: Citation;
  /** "Baghdad (Government of Iraq), maintained" — empty for an annotation that is not a claim. */
  attribution: string;
  /** (Markdown) */
  note: string;
}

export interface SourceEntry {
  key: string;
  title: string;
  publisher: string;
  author?: string;
  published?: string;
  url?: string;
  /** Who and when, as the source is cited: "Layla Hassan, The Tigris Ledger, 2024-09-27"; empty when nothing is known. */
  provenance: string;
}

/** Author, publisher and date, those that are known, in the order a reference gives them. */
export function provenanceOf(s: Pick<Source, 'author' | 'publisher' | 'published'>): string {
  const known = (x: string | undefined): x is string => !!x && x.trim() !== '';
  const names = [s.author, s.publisher].filter(known).map((x) => x.trim());
  const date = s.published?.trim();
  const who = names.join(' ');
  return [...names, ...(date ? [dateBeside(who, date)] : [])].join(listSeparator(who));
}

/** "S1 — Rudaw, 2024-07-23: Title." when who or when is known, else "S1 — Title." (the key rendered by the caller). */
export function sourceLine(s: SourceEntry): string {
  return s.provenance ? `${s.provenance}: ${s.title}.` : `${s.title}.`;
}

export interface KeyJudgmentEntry {
  text: string;
  /** "Likely" and "55–80%", from the ICD 203 scale. */
  likelihood?: { term: string; range: string };
}

export interface BriefingDoc {
  title: string;
  /** The handling marking, printed top and bottom of every page: "UNCLASSIFIED" unless the analyst set one. */
  classification: string;
  /** YYYY-MM-DD. */
  date: string;
  author: string;
  distribution: string;
  /** (Markdown) */
  bluf: string;
  keyJudgments: KeyJudgmentEntry[];
  questions: ClaimTable[];
  excerpts: Excerpt[];
  sources: SourceEntry[];
}

export const DEFAULT_CLASSIFICATION = 'UNCLASSIFIED';

export const GRADE_LEGEND = 'Grades are Admiralty codes: source reliability A (reliable) to F (cannot be judged), information credibility 1 (confirmed) to 6 (cannot be judged).';

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

export function likelihoodOf(key: string | undefined): KeyJudgmentEntry['likelihood'] {
  const found = LIKELIHOODS.find((l) => l.key === key);
  return found ? { term: capitalize(found.label), range: found.range } : undefined;
}

export function buildBriefingDoc(nb: Notebook): BriefingDoc {
  const sourcesById = new Map(nb.sources.map((s) => [s.id, s]));
  const cited: Source[] = [];
  const keys = new Map<string, string>();
  const cite = (source: Source, paragraph: number, offset: number): Citation => {
    let key = keys.get(source.id);
    if (!key) {
      cited.push(source);
      key = `S${cited.length}`;
      keys.set(source.id, key);
    }
    const page = pageAt(source.pages, offset);
    const label = [key, page > 0 ? `p. ${page}` : '', paragraph > 0 ? `¶${paragraph}` : ''].filter(Boolean).join(' ');
    return { sourceKey: key, paragraph, page, label };
  };
  const citeClaim = (c: ComparedClaim) => cite(c.source, c.paragraph, c.annotation.target.position.start);
  const actorName = new Map(nb.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => actorName.get(id) ?? 'Unknown actor';
  const citedClaim = (c: ComparedClaim): CitedClaim => ({
    annotationId: c.annotation.id,
    actorName: name(c.actorId),
    position: c.position.trim(),
    cue: c.cue.trim(),
    quote: nestedQuote(c.quote),
    grade: c.reliability + c.credibility,
    citation: citeClaim(c),
  });

  const questions: ClaimTable[] = [];
  const claimed = new Set(nb.annotations.flatMap((a) => (a.claim ? [a.claim.questionId] : [])));
  for (const question of nb.questions) {
    const note = nb.briefing.questionNotes[question.id] ?? '';
    if (!claimed.has(question.id) && note.trim() === '') continue;
    const cmp = compareQuestion(nb, question.id);
    questions.push({
      questionId: question.id,
      question: question.text,
      actors: cmp.columns.map((col) => ({ id: col.actor.id, name: col.actor.name, color: col.actor.color })),
      cells: cmp.columns.map((col) => col.claims.map(citedClaim)),
      conflicts: cmp.conflicts.map((conflict) => conflictSentence(conflict, name, citeClaim)),
      relations: cmp.relations.map((r) => relationSentence(r, name, citeClaim)),
      omittedActors: cmp.hiddenActorIds.map(name),
      note,
    });
  }

  const annotations = new Map(nb.annotations.map((a) => [a.id, a]));
  const locators = new Map<string, (offset: number) => number>();
  const paragraphIn = (source: Source, offset: number) => {
    let locate = locators.get(source.id);
    if (!locate) locators.set(source.id, (locate = paragraphLocator(source.text)));
    return locate(offset);
  };
  const excerpts: Excerpt[] = [];
  for (const id of nb.briefing.excerptIds) {
    const a = annotations.get(id);
    const source = a && sourcesById.get(a.sourceId);
    if (!a || !source) continue;
    excerpts.push({
      annotationId: a.id,
      quote: nestedQuote(a.target.quote.exact),
      citation: cite(source, paragraphIn(source, a.target.position.start), a.target.position.start),
      attribution: attribution(a, name),
      note: a.note,
    });
  }

  return {
    ...briefingHeader(nb),
    bluf: nb.briefing.bluf,
    keyJudgments: nb.briefing.keyJudgments.filter((k) => k.text.trim() !== '').map((k) => ({ text: k.text.trim(), likelihood: likelihoodOf(k.likelihood) })),
    questions,
    excerpts,
    sources: cited.map((s, i) => ({
      key: `S${i + 1}`,
      title: s.title,
      publisher: s.publisher,
      author: s.author,
      published: s.published,
      url: s.url,
      provenance: provenanceOf(s),
    })),
  };
}

function attribution(a: Annotation, name: (id: string) => string): string {
  if (!a.claim) return '';
  const cue = a.claim.cue.trim();
  const actor = name(a.claim.actorId);
  return `${actor}${cue ? `${listSeparator(actor)}${cue}` : ''} (${a.claim.position.trim()})`;
}

function conflictSentence(conflict: Conflict, name: (id: string) => string, cite: (c: ComparedClaim) => Citation): Sentence {
  const words = describeConflict(conflict, name, (c): Sentence => [' ', cite(c)]).flat();
  if (conflict.kind === 'positions') return ['Positions differ: ', ...words, '.'];
  const note = conflict.relation.note.trim();
  return [...words, note ? `: ${note}` : '.'];
}

/** Title, marking, date, byline and distribution: what makes the briefing a document that can be sent. */
export function briefingHeader(nb: Notebook): Pick<BriefingDoc, 'title' | 'classification' | 'date' | 'author' | 'distribution'> {
  const b = nb.briefing;
  return {
    // One name: the briefing is titled as the notebook unless the analyst set it apart.
    title: b.title.trim() || nb.title,
    classification: b.classification?.trim() || DEFAULT_CLASSIFICATION,
    date: b.date ?? nb.updatedAt.slice(0, 10),
    author: b.author?.trim() ?? '',
    distribution: b.distribution?.trim() ?? '',
  };
}

/** "Date: 2026-12-04 · Author: J. Smith · Distribution: Desk heads" — the parts that are set. */
export function bylineOf(doc: Pick<BriefingDoc, 'date' | 'author' | 'distribution'>): string {
  const parts: [string, string][] = [
    ['Date', doc.date],
    ['Author', doc.author],
    ['Distribution', doc.distribution],
  ];
  return parts
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join(' · ');
}

function relationSentence(r: ComparedRelation, name: (id: string) => string, cite: (c: ComparedClaim) => Citation): Sentence {
  const note = r.relation.note.trim();
  return [name(r.from.actorId), ' ', cite(r.from), ` ${r.relation.kind} `, name(r.to.actorId), ' ', cite(r.to), note ? `: ${note}` : '.'];
}
