// What the analyst can do with a selection in the reader, each action a name,
// its key and a `perform` (as Excalidraw's actions/): the reader's toolbar and
// its keyboard handler both run these, so a key and a button cannot drift.
import { describe } from '../../../notes/anchoring/index.ts';
import { newId } from '../../../notes/model/factory.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Annotation, Claim, Source } from '../../../notes/model/schema.ts';

/** A selection in the source's text: UTF-16 offsets, end exclusive. */
export interface Selected {
  start: number;
  end: number;
}

export interface ReaderActionContext {
  source: Pick<Source, 'id' | 'text'>;
  selected: Selected;
  /** The notebook's apply: false when the edit was refused (and said why). */
  apply(op: Operation | Operation[]): boolean;
  /** Opens the new annotation's note editor. */
  editNote(id: string): void;
  now(): string;
}

export interface ReaderAction<Input = void> {
  name: string;
  label: string;
  /** The key that runs it while the toolbar's buttons are shown. */
  key: string;
  /** The annotation made, or null when the notebook refused it. */
  perform(context: ReaderActionContext, input: Input): Annotation | null;
}

/** A new annotation on the selected words, anchored with W3C selectors on the source's text. */
export function annotationOn(context: ReaderActionContext, claim?: Claim): Annotation {
  const { source, selected } = context;
  const now = context.now();
  return {
    id: newId('an-'),
    sourceId: source.id,
    target: describe(source.text, selected.start, selected.end),
    note: '',
    tags: [],
    ...(claim ? { claim } : {}),
    createdAt: now,
    updatedAt: now,
  };
}

function add(context: ReaderActionContext, annotation: Annotation, before: Operation[] = []): Annotation | null {
  const ops: Operation[] = [...before, { kind: 'annotation.add', annotation }];
  return context.apply(ops.length === 1 ? ops[0]! : ops) ? annotation : null;
}

export const highlightAction: ReaderAction = {
  name: 'highlight',
  label: 'Highlight',
  key: 'h',
  perform: (context) => add(context, annotationOn(context)),
};

export const noteAction: ReaderAction = {
  name: 'note',
  label: 'Note',
  key: 'n',
  perform(context) {
    const annotation = add(context, annotationOn(context));
    if (annotation) context.editNote(annotation.id);
    return annotation;
  },
};

/** Tags the selection as a claim; `ops` first make the actor, question or position the claim names. */
export const claimAction: ReaderAction<{ ops: Operation[]; claim: Claim }> = {
  name: 'claim',
  label: 'Tag claim',
  key: 't',
  perform: (context, { ops, claim }) => add(context, annotationOn(context, claim), ops),
};
