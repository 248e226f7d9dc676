// The question the Compare view shows. Kept outside the component so it
// survives switching views, and so the Briefing view can open a question here.
import { useSyncExternalStore } from 'react';

let selected: string | null = null;
const listeners = new Set<() => void>();

export function selectQuestion(questionId: string | null): void {
  if (selected === questionId) return;
  selected = questionId;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSelectedQuestion(): string | null {
  return useSyncExternalStore(subscribe, () => selected);
}
