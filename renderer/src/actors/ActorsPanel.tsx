// The Actors panel: every actor with how many claims it makes; rename, merge,
// other names (aliases, Arabic too), and a new actor warned when its name is
// close to one that exists. Opened from the top bar; Esc closes it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { claimCounts } from '../../../notes/claims/actorEdits.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { ActorRow } from './ActorRow.tsx';
import { AddActor } from './AddActor.tsx';
import { useUi } from '../shell/ui.tsx';
import './actors.css';
import { ACTORS_PANEL } from './panel.ts';

export function ActorsDialog() {
  const { panel, closePanel } = useUi();
  const ref = useRef<HTMLDialogElement>(null);
  const open = panel === ACTORS_PANEL;
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    else if (!open && dialog?.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="actors-dialog" aria-labelledby="actors-title" onClose={() => open && closePanel()}>
      {open && <ActorsPanel onClose={closePanel} />}
    </dialog>
  );
}

function ActorsPanel({ onClose }: { onClose(): void }) {
  const { notebook } = useNotebook();
  const counts = useMemo(() => claimCounts(notebook), [notebook]);
  const [shown, setShown] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (shown) listRef.current?.querySelector(`[data-actor-id="${CSS.escape(shown)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  const actors = [...notebook.actors].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  return (
    <div className="actors-panel">
      <header className="actors-head">
        <h2 id="actors-title">Actors</h2>
        <span className="count">{notebook.actors.length}</span>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="actors-help">The claim finder and the claim form know an actor by its name or any of its other names.</p>
      <AddActor onShow={setShown} />
      {actors.length === 0 ? (
        <p className="empty">No actors yet. Tag a claim or add one above.</p>
      ) : (
        <ul className="actors-list" ref={listRef} aria-label="Actors">
          {actors.map((a) => (
            <ActorRow key={a.id} actor={a} claims={counts.get(a.id) ?? 0} highlighted={a.id === shown} />
          ))}
        </ul>
      )}
    </div>
  );
}
