// A text field's local draft: every keystroke updates the field at once, the
// notebook only after a pause (one operation, one undo step, per burst of
// typing), and at once when the field loses focus or goes away — so nothing
// typed is lost when the analyst switches view or closes the window.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Draft {
  text: string;
  change(text: string): void;
  /** Commits a pending edit now (wire to onBlur). */
  flush(): void;
}

export function useDraft(saved: string, commit: (text: string) => void, delayMs = 400): Draft {
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
    if (text !== savedRef.current) commitRef.current(text);
    setDraft(null);
  }, []);

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      setDraft(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => flush, [flush]);

  return { text: draft ?? saved, change, flush };
}
