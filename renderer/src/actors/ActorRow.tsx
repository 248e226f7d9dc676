// One actor in the panel: its colour, name (rename), how many claims, its
// other names, and merging it into another actor.
import { useId, useState } from 'react';
import { mergeActors } from '../../../notes/claims/actorEdits.ts';
import { findActor } from '../../../notes/claims/resolve.ts';
import type { Actor } from '../../../notes/model/schema.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { AliasList } from './AliasList.tsx';
import { DidYouMean } from './DidYouMean.tsx';

interface Props {
  actor: Actor;
  claims: number;
  highlighted: boolean;
}

export function ActorRow({ actor, claims, highlighted }: Props) {
  const uid = useId();
  const { notebook, apply, readOnly } = useNotebook();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(actor.name);
  const [problem, setProblem] = useState('');
  const [into, setInto] = useState('');
  const others = notebook.actors.filter((a) => a.id !== actor.id);

  const merge = (target: string) => {
    const ops = mergeActors(notebook, actor.id, target, new Date().toISOString());
    if (ops.length) apply(ops);
  };

  function rename() {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!clean) return setProblem('An actor needs a name.');
    const known = findActor(notebook, clean);
    if (known && known.id !== actor.id) return setProblem(`${known.name} is already an actor: merge into it instead.`);
    if (clean !== actor.name) apply({ kind: 'actor.update', id: actor.id, patch: { name: clean.slice(0, 200) } });
    setRenaming(false);
    setProblem('');
  }

  return (
    <li className={`actor-row${highlighted ? ' highlighted' : ''}`} data-actor-id={actor.id}>
      <div className="actor-head">
        <span className="swatch" style={{ backgroundColor: actor.color }} aria-hidden="true" />
        {renaming ? (
          <div className="actor-rename">
            <label htmlFor={`${uid}-name`} className="visually-hidden">
              New name for {actor.name}
            </label>
            <input
              id={`${uid}-name`}
              dir="auto"
              value={name}
              autoFocus
              autoComplete="off"
              onChange={(e) => {
                setName(e.target.value);
                setProblem('');
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  rename();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setRenaming(false);
                  setName(actor.name);
                }
              }}
            />
            <button type="button" className="small" onClick={rename}>
              Save
            </button>
          </div>
        ) : (
          <h3 className="actor-name" dir="auto" id={`${uid}-title`}>
            {actor.name}
          </h3>
        )}
        <span className="actor-count">
          {claims} claim{claims === 1 ? '' : 's'}
        </span>
        {!readOnly && !renaming && (
          <button type="button" className="link-button" onClick={() => setRenaming(true)} aria-label={`Rename ${actor.name}`}>
            Rename
          </button>
        )}
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {renaming && <DidYouMean name={name} actors={notebook.actors} except={actor.id} verb="Merge into" onUse={(target) => merge(target.id)} />}
      <AliasList actor={actor} />
      {!readOnly && others.length > 0 && (
        <div className="actor-merge">
          <label htmlFor={`${uid}-merge`}>Merge into</label>
          <select id={`${uid}-merge`} value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">Choose an actor…</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <button type="button" className="small" disabled={!into} onClick={() => merge(into)} title="Every claim of this actor goes to the other; its names become the other's aliases. Ctrl+Z undoes it.">
            Merge
          </button>
        </div>
      )}
    </li>
  );
}
