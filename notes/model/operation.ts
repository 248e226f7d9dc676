// Every edit to a notebook is an Operation: plain data, validated at the IPC
// boundary (ops.ts, the zod schema, which must agree with this type), applied
// by one pure function on both sides of it (apply.ts). The window uses these
// types without the schema library.
import type { Actor, Anchoring, Annotation, Briefing, Claim, MergeConflict, Question, Source, Tag, Target, Relation, SharedState } from './schema.ts';

export type AnnotationPatch = Partial<{ note: string; tags: string[]; claim: Claim | null; target: Target; anchoring: Anchoring | null }>;
/** null clears an optional field (a URL or grade taken away). */
export type SourcePatch = Partial<Pick<Source, 'title' | 'publisher' | 'updatedAt'> & { [K in 'url' | 'published' | 'author' | 'reliability']: NonNullable<Source[K]> | null }>;
export type ActorPatch = Partial<Omit<Actor, 'id'>>;
export type QuestionPatch = Partial<Omit<Question, 'id'>>;
export type TagPatch = Partial<Omit<Tag, 'id'>>;
export type BriefingPatch = Partial<Briefing>;

/**
 * Records of one list put in place by id (a record new to the list goes at `at`, else at the end) and
 * records removed: what a merge changes in a list, and — with the old records at their old places — what
 * undoes it exactly.
 */
export interface RecordsPatch<T> {
  remove: string[];
  put: { record: T; at?: number }[];
}
export interface MergePatch {
  lists: Partial<{ sources: RecordsPatch<Source>; annotations: RecordsPatch<Annotation>; actors: RecordsPatch<Actor>; questions: RecordsPatch<Question>; tags: RecordsPatch<Tag>; relations: RecordsPatch<Relation> }>;
  /** Briefing fields set as they are (key judgments whole). */
  briefing?: BriefingPatch;
  /** The conflicts waiting afterwards, all of them. */
  conflicts: MergeConflict[];
  /** What this notebook remembers of the colleague's notebook `notebookId` (null: nothing). */
  shared: { notebookId: string; state: SharedState | null };
}

export type Operation =
  | { kind: 'notebook.rename'; title: string }
  | { kind: 'notebook.author'; author: string | null }
  | { kind: 'source.add'; source: Source }
  | { kind: 'source.replace'; source: Source; annotations: Annotation[] }
  | { kind: 'source.update'; id: string; patch: SourcePatch }
  | { kind: 'source.delete'; id: string }
  | { kind: 'source.move'; id: string; to: number }
  | { kind: 'annotation.add'; annotation: Annotation }
  | { kind: 'annotation.update'; id: string; patch: AnnotationPatch; at: string }
  | { kind: 'annotation.delete'; id: string }
  | { kind: 'actor.add'; actor: Actor }
  | { kind: 'actor.update'; id: string; patch: ActorPatch }
  | { kind: 'actor.delete'; id: string }
  | { kind: 'question.add'; question: Question }
  | { kind: 'question.update'; id: string; patch: QuestionPatch }
  | { kind: 'question.delete'; id: string }
  | { kind: 'tag.add'; tag: Tag }
  | { kind: 'tag.update'; id: string; patch: TagPatch }
  | { kind: 'tag.delete'; id: string }
  | { kind: 'relation.add'; relation: Relation }
  | { kind: 'relation.delete'; id: string }
  | { kind: 'briefing.update'; patch: BriefingPatch }
  | { kind: 'conflicts.set'; conflicts: MergeConflict[] }
  | ({ kind: 'notebook.merge' } & MergePatch)
  | { kind: 'suggestion.dismiss'; sourceId: string; exact: string; dismissed: boolean }
  | { kind: 'batch'; ops: Operation[] };

