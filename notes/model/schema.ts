// The notebook as it is saved on disk. Every load goes through `parseNotebook`,
// so the rest of the code may trust these types.
import { z } from 'zod';
import { COMMON_CUES, CREDIBILITY, LIKELIHOODS, RELATION_KINDS, RELIABILITY, SCHEMA_VERSION } from './vocabulary.ts';

export { COMMON_CUES, CREDIBILITY, LIKELIHOODS, RELATION_KINDS, RELIABILITY, SCHEMA_VERSION };

// Ids appear in file names of exports and in W3C IRIs (urn:uuid-like), so keep
// them to a safe alphabet.
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'ids use letters, digits, - and _ (1–80 characters)');
export const IsoDate = z.iso.datetime({ offset: true });
export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb');
const Label = z.string().trim().min(1).max(200);

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
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

export const Annotation = z.object({
  id: Id,
  sourceId: Id,
  target: Target,
  note: z.string(),
  tags: z.array(Id),
  claim: Claim.optional(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

export const Source = z.object({
  id: Id,
  title: Label,
  publisher: z.string().max(200),
  url: z.url({ protocol: /^https?$/ }).optional(),
  published: z.string().max(40).optional(),
  format: z.enum(['text', 'markdown']),
  text: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: IsoDate,
});

export const Actor = z.object({
  id: Id,
  name: Label,
  aliases: z.array(Label),
  color: Color,
});

export const PositionOption = z.object({ label: Label, color: Color });

export const Question = z.object({
  id: Id,
  text: Label,
  /** Known positions on this question, with their colour; claims name one by label. */
  positions: z.array(PositionOption),
});

export const Tag = z.object({ id: Id, label: Label, color: Color });

export const Relation = z.object({
  id: Id,
  from: Id,
  to: Id,
  kind: z.enum(RELATION_KINDS),
  note: z.string(),
});

export const Likelihood = z.enum(LIKELIHOODS.map((l) => l.key) as [string, ...string[]]);

export const KeyJudgment = z.object({
  id: Id,
  text: z.string(),
  likelihood: Likelihood.optional(),
});

export const Briefing = z.object({
  title: z.string().max(300),
  bluf: z.string(),
  keyJudgments: z.array(KeyJudgment),
  /** questionId → the analyst's Markdown note on that question. */
  questionNotes: z.record(Id, z.string()),
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
});

export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;
export type Target = z.infer<typeof Target>;
export type Reliability = z.infer<typeof Reliability>;
export type Credibility = z.infer<typeof Credibility>;
export type Claim = z.infer<typeof Claim>;
export type Annotation = z.infer<typeof Annotation>;
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
export type Notebook = z.infer<typeof NotebookShape>;
