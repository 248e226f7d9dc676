import { useState } from 'react';
import { useNotebook, type View } from '../state/NotebookProvider.tsx';
import { SaveState } from './SaveState.tsx';
import { useUi } from './ui.tsx';
import { ConflictsButton } from '../merge/ConflictsButton.tsx';
import { ACTORS_PANEL } from '../actors/panel.ts';

const VIEWS: { view: View; label: string; hint: string }[] = [
  { view: 'reader', label: 'Reader', hint: 'Ctrl+1' },
  { view: 'compare', label: 'Compare', hint: 'Ctrl+2' },
  { view: 'briefing', label: 'Briefing', hint: 'Ctrl+3' },
];

export function TopBar() {
  const { notebook, view, setView, undo, redo, canUndo, canRedo, undoLabel, redoLabel, readOnly } = useNotebook();
  const { setPaletteOpen, openPanel } = useUi();
  return (
    <header className="topbar">
      <NotebookTitle key={notebook.title} title={notebook.title} readOnly={readOnly} />
      <nav className="view-switch" aria-label="Views">
        {VIEWS.map((v) => (
          <button key={v.view} type="button" aria-pressed={view === v.view} onClick={() => setView(v.view)}>
            {v.label}
          </button>
        ))}
      </nav>
      <div className="topbar-end">
        <ConflictsButton />
        <button type="button" className="icon-button" onClick={() => setPaletteOpen(true)} aria-keyshortcuts="Control+K Control+Shift+P" title="All commands (Ctrl+K)">
          <span aria-hidden="true">⌘</span>
          <span className="visually-hidden">All commands</span>
        </button>
        <button type="button" className="icon-button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z" title={canUndo ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
          <span aria-hidden="true">↶</span>
          <span className="visually-hidden">{canUndo ? `Undo: ${undoLabel}` : 'Undo'}</span>
        </button>
        <button type="button" className="icon-button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" title={canRedo ? `Redo: ${redoLabel} (Shift+Ctrl+Z)` : 'Nothing to redo'}>
          <span aria-hidden="true">↷</span>
          <span className="visually-hidden">{canRedo ? `Redo: ${redoLabel}` : 'Redo'}</span>
        </button>
        <SaveState />
        <button type="button" className="small topbar-actors" onClick={() => openPanel(ACTORS_PANEL)} title="Actors: rename, merge, other names">
          Actors
        </button>
      </div>
    </header>
  );
}

function NotebookTitle({ title, readOnly }: { title: string; readOnly: boolean }) {
  const { apply } = useNotebook();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);

  if (!editing || readOnly) {
    return (
      <h1 className="notebook-title">
        <button type="button" className="title-button" onClick={() => setEditing(!readOnly)} title={readOnly ? title : 'Rename notebook'} aria-label={`Notebook: ${title}${readOnly ? '' : ' (rename)'}`}>
          {title}
        </button>
      </h1>
    );
  }
  const save = () => {
    const next = draft.trim();
    if (next && next !== title) apply({ kind: 'notebook.rename', title: next.slice(0, 200) });
    setEditing(false);
  };
  return (
    <form
      className="notebook-title"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <input
        aria-label="Notebook title"
        value={draft}
        maxLength={200}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(title);
            setEditing(false);
          }
        }}
      />
    </form>
  );
}
