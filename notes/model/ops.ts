// The zod schema of an Operation (operation.ts): what main checks every edit
// the window sends against before applyOperation (apply.ts) runs it.
import { z } from 'zod';
import type * as Patches from './operation.ts';
import type { Operation as OperationType } from './operation.ts';
import {
  Actor,
  Anchoring,
  Annotation,
  Briefing,
  Claim,
  Id,
  IsoDate,
  NotebookShape,
  NoteText,
  MergeConflict,
  Question,
  Relation,
  SharedState,
  Source,
  Tag,
} from './schema.ts';

const AnnotationPatch = z
  .object({
    note: NoteText,
    tags: z.array(Id),
    claim: Claim.nullable(),
    target: Annotation.shape.target,
    anchoring: Anchoring.nullable(),
  })
  .partial()
  .strict();

// `updatedAt` is set only by an undo, to give back the record's old time.
// null clears an optional field.
const SourcePatch = z
  .object({
    title: Source.shape.title,
    publisher: Source.shape.publisher,
    author: Source.shape.author.unwrap().nullable(),
    url: Source.shape.url.unwrap().nullable(),
    published: Source.shape.published.unwrap().nullable(),
    reliability: Source.shape.reliability.unwrap().nullable(),
    updatedAt: Source.shape.updatedAt,
  })
  .partial()
  .strict();
const ActorPatch = Actor.omit({ id: true }).partial().strict();
const QuestionPatch = Question.omit({ id: true }).partial().strict();
const TagPatch = Tag.omit({ id: true }).partial().strict();
const BriefingPatch = Briefing.partial().strict();

const RecordsPatch = <T extends z.ZodType>(record: T) =>
  z.object({ remove: z.array(Id), put: z.array(z.object({ record, at: z.number().int().nonnegative().optional() }).strict()) }).strict();
const MergeLists = z
  .object({
    sources: RecordsPatch(Source),
    annotations: RecordsPatch(Annotation),
    actors: RecordsPatch(Actor),
    questions: RecordsPatch(Question),
    tags: RecordsPatch(Tag),
    relations: RecordsPatch(Relation),
  })
  .partial()
  .strict();

export const Operation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notebook.rename'), title: NotebookShape.shape.title }),
  /** Who writes in this notebook (preferences); null: nobody named. Merged-in annotations carry it as `by`. */
  z.object({ kind: z.literal('notebook.author'), author: z.string().trim().min(1).max(200).nullable() }),
  z.object({ kind: z.literal('source.add'), source: Source }),
  /** Replaces a source's text and moves its annotations (the result of re-anchoring). */
  z.object({ kind: z.literal('source.replace'), source: Source, annotations: z.array(Annotation) }),
  z.object({ kind: z.literal('source.update'), id: Id, patch: SourcePatch }),
  /** Removes a source with its annotations (and what hangs off them); undo brings them all back. */
  z.object({ kind: z.literal('source.delete'), id: Id }),
  /** Puts a source at index `to` of the sources list (the order the list and exports show). */
  z.object({ kind: z.literal('source.move'), id: Id, to: z.number().int().nonnegative().max(1_000_000) }),
  z.object({ kind: z.literal('annotation.add'), annotation: Annotation }),
  z.object({ kind: z.literal('annotation.update'), id: Id, patch: AnnotationPatch, at: IsoDate }),
  z.object({ kind: z.literal('annotation.delete'), id: Id }),
  z.object({ kind: z.literal('actor.add'), actor: Actor }),
  z.object({ kind: z.literal('actor.update'), id: Id, patch: ActorPatch }),
  z.object({ kind: z.literal('actor.delete'), id: Id }),
  z.object({ kind: z.literal('question.add'), question: Question }),
  z.object({ kind: z.literal('question.update'), id: Id, patch: QuestionPatch }),
  z.object({ kind: z.literal('question.delete'), id: Id }),
  z.object({ kind: z.literal('tag.add'), tag: Tag }),
  z.object({ kind: z.literal('tag.update'), id: Id, patch: TagPatch }),
  z.object({ kind: z.literal('tag.delete'), id: Id }),
  z.object({ kind: z.literal('relation.add'), relation: Relation }),
  z.object({ kind: z.literal('relation.delete'), id: Id }),
  z.object({ kind: z.literal('briefing.update'), patch: BriefingPatch }),
  /** A claim-finder suggestion rejected (dismissed: true) or offered again (false). */
  z.object({ kind: z.literal('suggestion.dismiss'), sourceId: Id, exact: z.string().min(1), dismissed: z.boolean() }),
  /** The merge conflicts still waiting for the analyst (resolving one is a batch ending with this). */
  z.object({ kind: z.literal('conflicts.set'), conflicts: z.array(MergeConflict) }),
  /** A colleague's notebook merged in (notes/merge/operation.ts): the records it changes, the conflicts left, what is remembered of it. */
  z.object({
    kind: z.literal('notebook.merge'),
    lists: MergeLists,
    briefing: BriefingPatch.optional(),
    conflicts: z.array(MergeConflict),
    shared: z.object({ notebookId: Id, state: SharedState.nullable() }).strict(),
  }),
  /** Several operations that undo and redo as one step. */
  z.object({ kind: z.literal('batch'), ops: z.array(z.lazy((): z.ZodType<Operation> => Operation)).max(10_000) }),
]);
export type Operation = OperationType;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Patches must have the same fields (Required: an optional field missing on one side counts). */
type SameFields<A, B> = Same<Required<A>, Required<B>>;
/** The hand-written types (operation.ts, which apply.ts and the window use without zod) and this schema must agree: tsc fails here if not. */
export const OPERATION_SCHEMA_AGREES: [
  Same<z.infer<typeof Operation>, Operation>,
  SameFields<z.infer<typeof AnnotationPatch>, Patches.AnnotationPatch>,
  SameFields<z.infer<typeof SourcePatch>, Patches.SourcePatch>,
  SameFields<z.infer<typeof ActorPatch>, Patches.ActorPatch>,
  SameFields<z.infer<typeof QuestionPatch>, Patches.QuestionPatch>,
  SameFields<z.infer<typeof TagPatch>, Patches.TagPatch>,
  SameFields<z.infer<typeof BriefingPatch>, Patches.BriefingPatch>,
] = [true, true, true, true, true, true, true];

