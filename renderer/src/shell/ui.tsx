// What the window shows over or beside the notebook (a dialog, a review
// queue), kept apart from the notebook itself as tldraw keeps UI state apart
// from the document: nothing here is saved or undone.
import { createContext, use, useMemo, useState, type ReactNode } from 'react';

/** One panel at a time; each feature names its own ('merge', 'actors', …). */
export type Panel = string;

export interface Ui {
  panel: Panel | null;
  openPanel(panel: Panel): void;
  closePanel(): void;
  paletteOpen: boolean;
  setPaletteOpen(open: boolean): void;
}

const UiContext = createContext<Ui | null>(null);

export function UiProvider({ children }: { children: ReactNode }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const ui = useMemo<Ui>(() => ({ panel, openPanel: setPanel, closePanel: () => setPanel(null), paletteOpen, setPaletteOpen }), [panel, paletteOpen]);
  return <UiContext value={ui}>{children}</UiContext>;
}

export function useUi(): Ui {
  const value = use(UiContext);
  if (!value) throw new Error('useUi() is used outside <UiProvider>');
  return value;
}
