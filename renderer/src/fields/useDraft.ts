// A text field's local draft: every keystroke updates the field at once, the
// notebook only after a pause, and at once when the field loses focus, goes
// away, or the shell asks (undo, window closing) — so nothing typed is lost.
// One stretch of typing (until the field loses focus) undoes as one step: its
// commits share a coalescing key.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useWorkspace } from '../state/NotebookProvider.tsx';

export interface Draft {
  text: string;
  change(text: string): void;
  /** Commits a pending edit now. */
  flush(): void;
  /** Commits, and ends the stretch of typing (wire to onBlur). */
  blur(): void;
}

export function useDraft(saved: string, commit: (text: string, coalesce: string) => void, delayMs = 400): Draft {
  const { controller } = useWorkspace();
  const fieldId = useId();
  const stretch = useRef(0);
  // null: nothing typed since the last commit, so show the saved text (which
  // also picks up undo and edits made elsewhere).
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  const savedRef = useRef(saved);
  useEffect(() => {
    commitRef.current = commit;
    savedRef.current = saved;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    if (text !== savedRef.current) commitRef.current(text, `draft${fieldId}${stretch.current}`);
    setDraft(null);
  }, [fieldId]);

  const blur = useCallback(() => {
    flush();
    stretch.current++;
  }, [flush]);

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      setDraft(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const unregister = controller.addFlusher(flush);
    return () => {
      unregister();
      flush();
    };
  }, [controller, flush]);

  return { text: draft ?? saved, change, flush, blur };
}
