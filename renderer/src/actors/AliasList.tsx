// An actor's other names: the finder and the claim form know the actor by any of them.
import { useId, useState } from 'react';
import { addAlias, removeAlias } from '../../../notes/claims/actorEdits.ts';
import type { Actor } from '../../../notes/model/schema.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';

export function AliasList({ actor }: { actor: Actor }) {
  const uid = useId();
  const { apply, readOnly } = useNotebook();
  const [alias, setAlias] = useState('');
  const [problem, setProblem] = useState('');

  function add() {
    const op = addAlias(actor, alias);
    if (typeof op === 'string') return setProblem(op);
    if (apply(op)) {
      setAlias('');
      setProblem('');
    }
  }

  return (
    <div className="aliases">
      <ul aria-label={`Other names of ${actor.name}`}>
        {actor.aliases.map((a) => (
          <li key={a} className="alias">
            <bdi dir="auto">{a}</bdi>
            {!readOnly && (
              <button type="button" className="alias-remove" aria-label={`Remove the name ${a}`} title="Remove this name" onClick={() => apply(removeAlias(actor, a))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="alias-add">
          <label htmlFor={`${uid}-alias`} className="visually-hidden">
            Another name for {actor.name}
          </label>
          <input
            id={`${uid}-alias`}
            dir="auto"
            placeholder="Another name (English or Arabic)…"
            value={alias}
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            onChange={(e) => {
              setAlias(e.target.value);
              setProblem('');
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="small" onClick={add}>
            Add name
          </button>
        </div>
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
