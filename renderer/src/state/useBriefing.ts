// Edits to the briefing. Patches are built from the notebook as it is when the
// edit applies (not as it was at the last render): a draft flushed late — on
// blur, on undo, when its editor goes away — must not bring back a key
// judgment or excerpt removed in between.
import { useCallback } from 'react';
import type { Briefing } from '../../../notes/model/schema.ts';
import { useWorkspace } from './NotebookProvider.tsx';

export type BriefingPatch = Partial<Briefing>;

export function useBriefingEdit(): (makePatch: (current: Briefing) => BriefingPatch | null, coalesce?: string) => boolean {
  const { controller } = useWorkspace();
  return useCallback(
    (makePatch, coalesce) => {
      const current = controller.getState().notebook?.briefing;
      if (!current) return false;
      const patch = makePatch(current);
      if (!patch) return false;
      return controller.apply({ kind: 'briefing.update', patch }, coalesce ? { coalesce } : {});
    },
    [controller],
  );
}
