// Which annotation the analyst is re-placing, if any: the revision report
// starts it, the reader's "Place here" ends it. Window state, not the
// notebook's: nothing here is saved or undone.
import { useSyncExternalStore } from 'react';

export interface Placing {
  annotationId: string;
  sourceId: string;
}

let current: Placing | null = null;
const listeners = new Set<() => void>();

function set(next: Placing | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export const startPlacing = (placing: Placing): void => set(placing);
export const stopPlacing = (): void => set(null);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The annotation being re-placed on this source, or null. */
export function usePlacing(sourceId: string | null): Placing | null {
  const placing = useSyncExternalStore(subscribe, () => current);
  return placing && placing.sourceId === sourceId ? placing : null;
}
