// The notebook as it is saved on disk. Every load goes through `parseNotebook`,
// so the rest of the code may trust these types.
import { z } from 'zod';
import {
  COMMON_CUES,
  CREDIBILITY,
  LIKELIHOODS,
  NOTE_MAX_CHARS,
  RELATION_KINDS,
  RELATION_NOTE_MAX_CHARS,
  RELIABILITY,
  SCHEMA_VERSION,
  SOURCE_FORMATS,
  SOURCE_MAX_CHARS,
  TITLE_MAX_CHARS,
} from './vocabulary.ts';
import { count, tooLongProblem } from './limits.ts';

export { COMMON_CUES, CREDIBILITY, LIKELIHOODS, RELATION_KINDS, RELIABILITY, SCHEMA_VERSION, SOURCE_FORMATS };

// Ids appear in file names of exports and in W3C IRIs (urn:uuid-like), so keep
// them to a safe alphabet.
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'ids use letters, digits, - and _ (1–80 characters)');
export const IsoDate = z.iso.datetime({ offset: true });
export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb');
/** A string of at most `max` characters whose error names `what`, its length and the limit. */
function longText(max: number, what: string): z.ZodString {
  return z.string().max(max, {
    error: (issue) => (typeof issue.input === 'string' ? tooLongProblem(what, issue.input.length, max) : `${what} may hold at most ${count(max)} characters`),
  });
}
const Label = z.string().trim().min(1).max(TITLE_MAX_CHARS);
/** The analyst's Markdown: notes, the BLUF, key judgments. */
export const NoteText = longText(NOTE_MAX_CHARS, 'a note');

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: longText(SOURCE_MAX_CHARS, 'a quote').min(1),
  prefix: longText(SOURCE_MAX_CHARS, 'a quote'),
  suffix: longText(SOURCE_MAX_CHARS, 'a quote'),
});

/** UTF-16 offsets into Source.text, end exclusive. */
export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, 'a position selector needs end > start');

export const Target = z.object({
  quote: TextQuoteSelector,
  position: TextPositionSelector,
});

/** Admiralty code: how reliable is the source, how credible is this piece of information. */
export const Reliability = z.enum(RELIABILITY);
export const Credibility = z.enum(CREDIBILITY);

export const Claim = z.object({
  actorId: Id,
  questionId: Id,
  position: Label,
  cue: z.string().trim().max(60),
  reliability: Reliability,
  credibility: Credibility,
});

/**
 * How the last revision of its source found an annotation (notes/anchoring):
 * exact, moved, fuzzy (its quote was edited; `changes` is the edit distance)
 * or orphaned; `confirmed` once the analyst accepted or re-placed it.
 */
export const Anchoring = z.object({
  state: z.enum(['exact', 'moved', 'fuzzy', 'orphaned']),
  changes: z.number().int().nonnegative().optional(),
  /** Fuzzy only: the quote before the revision, shown beside the words found for the analyst's review. */
  was: longText(SOURCE_MAX_CHARS, 'a quote').optional(),
  confirmed: z.boolean().optional(),
});

export const Annotation = z.object({
  id: Id,
  sourceId: Id,
  target: Target,
  note: NoteText,
  tags: z.array(Id),
  claim: Claim.optional(),
  anchoring: Anchoring.optional(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  /** Who it was merged in from: that notebook's author, else its title (absent: made here). */
  by: z.string().max(200).optional(),
});

/**
 * When a record was last changed. Optional in the type so that code making a
 * record need not stamp it: migration fills it in and applyOperation stamps
 * every record it adds or changes.
 */
const Stamp = IsoDate.optional();

export const Source = z.object({
  id: Id,
  title: Label,
  publisher: z.string().max(TITLE_MAX_CHARS),
  url: z.url({ protocol: /^https?$/ }).optional(),
  published: z.string().max(40).optional(),
  author: z.string().max(TITLE_MAX_CHARS).optional(),
  /** Admiralty grade of the source itself (A reliable … F cannot be judged); a new claim starts from it. */
  reliability: Reliability.optional(),
  /** What it was imported from; 'html' and 'docx' keep their text as Markdown blocks (see storedAsMarkdown). */
  format: z.enum(SOURCE_FORMATS),
  text: longText(SOURCE_MAX_CHARS, "a source's text"),
  /** For paged documents (PDF): the UTF-16 offset in `text` where each page starts; page n starts at pages[n-1]. */
  pages: z.array(z.number().int().nonnegative()).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: IsoDate,
  updatedAt: Stamp,
});

export const Actor = z.object({
  id: Id,
  name: Label,
  aliases: z.array(Label),
  color: Color,
  updatedAt: Stamp,
});

export const PositionOption = z.object({ label: Label, color: Color });

export const Question = z.object({
  id: Id,
  text: Label,
  /** Known positions on this question, with their colour; claims name one by label. */
  positions: z.array(PositionOption),
  updatedAt: Stamp,
});

export const Tag = z.object({ id: Id, label: Label, color: Color, updatedAt: Stamp });

export const Relation = z.object({
  id: Id,
  from: Id,
  to: Id,
  kind: z.enum(RELATION_KINDS),
  note: longText(RELATION_NOTE_MAX_CHARS, 'the note on a relation'),
  updatedAt: Stamp,
});

export const Likelihood = z.enum(LIKELIHOODS.map((l) => l.key) as [string, ...string[]]);

export const KeyJudgment = z.object({
  id: Id,
  text: longText(NOTE_MAX_CHARS, 'a key judgment'),
  likelihood: Likelihood.optional(),
  updatedAt: Stamp,
});

export const Briefing = z.object({
  title: z.string().max(300),
  bluf: longText(NOTE_MAX_CHARS, 'the bottom line up front'),
  keyJudgments: z.array(KeyJudgment),
  /** questionId → the analyst's Markdown note on that question. */
  questionNotes: z.record(Id, longText(NOTE_MAX_CHARS, 'a note on a question')),
  /** questionId → actor ids shown as columns, in order (absent: every actor with a claim). */
  columns: z.record(Id, z.array(Id)),
  /** Annotation ids chosen as excerpts, in the order they appear in the briefing. */
  excerptIds: z.array(Id),
  /** The briefing's date, YYYY-MM-DD (absent: the day the notebook was last changed). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a briefing date is written YYYY-MM-DD').optional(),
  /** Who wrote it, as the byline reads. */
  author: z.string().max(200).optional(),
  /** The classification or handling marking, top and bottom of every page (absent or blank: UNCLASSIFIED). */
  classification: z.string().max(200).optional(),
  /** Who it goes to, one line. */
  distribution: z.string().max(500).optional(),
});

export const RECORD_KINDS = ['source', 'annotation', 'actor', 'question', 'tag', 'relation', 'keyJudgment', 'briefing'] as const;

/** A field changed on both sides of a merge (or a record deleted on one and edited on the other). */
export const MergeConflict = z.object({
  id: Id,
  kind: z.enum(RECORD_KINDS),
  recordId: z.string().max(200),
  /** The field, or "(deleted)" when one side deleted the record the other edited. */
  field: z.string().max(200),
  /** The values as JSON; absent: that side has no such record (it deleted it). */
  ours: z.json().optional(),
  theirs: z.json().optional(),
  /** The author or title of the notebook theirs came from. */
  from: z.string().max(300),
  at: IsoDate,
});

/**
 * A colleague's notebook as it was at the last merge, compactly: per record
 * id, a short hash of each field's value (notes/merge/memory.ts encodes it).
 */
export const SharedState = z.object({
  title: z.string().max(300),
  at: IsoDate,
  records: z.record(z.string().max(200), z.string().max(100_000)),
});

export const NotebookShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  title: Label,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  sources: z.array(Source),
  annotations: z.array(Annotation),
  actors: z.array(Actor),
  questions: z.array(Question),
  tags: z.array(Tag),
  relations: z.array(Relation),
  briefing: Briefing,
  /** Who writes in this notebook: the name merged-in annotations carry as `by`. */
  author: z.string().trim().min(1).max(200).optional(),
  /** Differences a merge could not settle, waiting for the analyst (notes/merge). */
  conflicts: z.array(MergeConflict).optional(),
  /** Per colleague's notebook id, what their notebook held at the last merge: the next merge's base. */
  shared: z.record(Id, SharedState).optional(),
  /** Claim-finder suggestions the analyst rejected: not offered again on that source. */
  dismissedSuggestions: z.array(z.object({ sourceId: Id, exact: z.string().min(1) })).optional(),
});

export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;
export type Target = z.infer<typeof Target>;
export type Reliability = z.infer<typeof Reliability>;
export type Credibility = z.infer<typeof Credibility>;
export type Claim = z.infer<typeof Claim>;
export type Annotation = z.infer<typeof Annotation>;
export type Anchoring = z.infer<typeof Anchoring>;
export type Source = z.infer<typeof Source>;
export type Actor = z.infer<typeof Actor>;
export type PositionOption = z.infer<typeof PositionOption>;
export type Question = z.infer<typeof Question>;
export type Tag = z.infer<typeof Tag>;
export type RelationKind = (typeof RELATION_KINDS)[number];
export type Relation = z.infer<typeof Relation>;
export type LikelihoodKey = (typeof LIKELIHOODS)[number]['key'];
export type KeyJudgment = z.infer<typeof KeyJudgment>;
export type Briefing = z.infer<typeof Briefing>;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type MergeConflict = z.infer<typeof MergeConflict>;
export type SharedState = z.infer<typeof SharedState>;
export type Notebook = z.infer<typeof NotebookShape>;
