// Opening the Actors panel from anywhere (the top bar, the command palette).
type Listener = () => void;
const listeners = new Set<Listener>();

export function openActors(): void {
  for (const l of listeners) l();
}

export function onOpenActors(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
