// "Find claims" asked for from outside the reader (the command palette): the
// provider that runs the finder listens.
type Listener = (sourceId: string) => void;
const listeners = new Set<Listener>();

export function requestFindClaims(sourceId: string): void {
  for (const l of listeners) l(sourceId);
}

export function onFindClaimsRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
