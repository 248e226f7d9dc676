// Every edit to a notebook is an Operation: plain data, validated at the IPC
// boundary, applied by one pure function on both sides of it. `applyOperation`
// returns the new notebook and the operation that undoes it, so undo/redo is
// just "apply the inverse".
import { z } from 'zod';
import {
  Actor,
  Annotation,
  Briefing,
  Claim,
  Id,
  IsoDate,
  Question,
  Relation,
  Source,
  Tag,
} from './schema.ts';

const AnnotationPatch = z
  .object({
    note: z.string(),
    tags: z.array(Id),
    claim: Claim.nullable(),
    target: Annotation.shape.target,
  })
  .partial()
  .strict();

const SourcePatch = Source.pick({ title: true, publisher: true, url: true, published: true }).partial().strict();
const ActorPatch = Actor.omit({ id: true }).partial().strict();
const QuestionPatch = Question.omit({ id: true }).partial().strict();
const TagPatch = Tag.omit({ id: true }).partial().strict();
const BriefingPatch = Briefing.partial().strict();

export const Operation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notebook.rename'), title: z.string().trim().min(1).max(200) }),
  z.object({ kind: z.literal('source.add'), source: Source }),
  /** Replaces a source's text and moves its annotations (the result of re-anchoring). */
  z.object({ kind: z.literal('source.replace'), source: Source, annotations: z.array(Annotation) }),
  z.object({ kind: z.literal('source.update'), id: Id, patch: SourcePatch }),
  z.object({ kind: z.literal('source.delete'), id: Id }),
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
  /** Several operations that undo and redo as one step. */
  z.object({ kind: z.literal('batch'), ops: z.array(z.lazy((): z.ZodType<Operation> => Operation)).max(10_000) }),
]);
export type Operation =
  | { kind: 'notebook.rename'; title: string }
  | { kind: 'source.add'; source: Source }
  | { kind: 'source.replace'; source: Source; annotations: Annotation[] }
  | { kind: 'source.update'; id: string; patch: z.infer<typeof SourcePatch> }
  | { kind: 'source.delete'; id: string }
  | { kind: 'annotation.add'; annotation: Annotation }
  | { kind: 'annotation.update'; id: string; patch: z.infer<typeof AnnotationPatch>; at: string }
  | { kind: 'annotation.delete'; id: string }
  | { kind: 'actor.add'; actor: Actor }
  | { kind: 'actor.update'; id: string; patch: z.infer<typeof ActorPatch> }
  | { kind: 'actor.delete'; id: string }
  | { kind: 'question.add'; question: Question }
  | { kind: 'question.update'; id: string; patch: z.infer<typeof QuestionPatch> }
  | { kind: 'question.delete'; id: string }
  | { kind: 'tag.add'; tag: Tag }
  | { kind: 'tag.update'; id: string; patch: z.infer<typeof TagPatch> }
  | { kind: 'tag.delete'; id: string }
  | { kind: 'relation.add'; relation: Relation }
  | { kind: 'relation.delete'; id: string }
  | { kind: 'briefing.update'; patch: z.infer<typeof BriefingPatch> }
  | { kind: 'suggestion.dismiss'; sourceId: string; exact: string; dismissed: boolean }
  | { kind: 'batch'; ops: Operation[] };

export { applyOperation, OperationError, type Applied } from './apply.ts';
