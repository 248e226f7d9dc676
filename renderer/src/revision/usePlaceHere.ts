// The reader's side of re-placing: while the revision report has an
// annotation waiting to be placed, the selected words can take it.
import { useCallback } from 'react';
import { replaceAnchoring } from '../../../notes/anchoring/index.ts';
import type { Source } from '../../../notes/model/schema.ts';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { stopPlacing, usePlacing } from './placing.ts';

/** Puts the annotation being re-placed on `selected`, or null when none is. */
export function usePlaceHere(source: Source, selected: { start: number; end: number } | null, done: () => void): (() => void) | null {
  const { notebook, apply } = useNotebook();
  const { controller } = useWorkspace();
  const placing = usePlacing(source.id);
  const place = useCallback(() => {
    const annotation = placing && notebook.annotations.find((a) => a.id === placing.annotationId);
    if (!annotation || !selected) return;
    if (!apply(replaceAnchoring(annotation, source.text, selected.start, selected.end, new Date().toISOString()))) return;
    stopPlacing();
    done();
    controller.notify(`Annotation placed on “${clip(source.text.slice(selected.start, selected.end))}”.`, 'info', true);
    // Back to its row in the report, for the next one.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.review-row[data-annotation-id="${CSS.escape(annotation.id)}"]`)?.focus());
  }, [placing, notebook.annotations, selected, apply, source.text, done, controller]);
  return placing ? place : null;
}

function clip(words: string): string {
  return words.length > 60 ? `${words.slice(0, 57)}…` : words;
}
