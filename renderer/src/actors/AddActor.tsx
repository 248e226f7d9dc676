// A new actor by name, warned when the name is close to one that exists.
import { useId, useState, type FormEvent } from 'react';
import { nextColor } from '../../../notes/model/factory.ts';
import { newId } from '../../../notes/model/factory.ts';
import { findActor } from '../../../notes/claims/resolve.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { DidYouMean } from './DidYouMean.tsx';

export function AddActor({ onShow }: { onShow(id: string): void }) {
  const uid = useId();
  const { notebook, apply, readOnly } = useNotebook();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!clean) return setProblem('Type the actor’s name first.');
    const known = findActor(notebook, clean);
    if (known) return setProblem(`${known.name} is already an actor.`);
    const id = newId('actor-');
    if (apply({ kind: 'actor.add', actor: { id, name: clean.slice(0, 200), aliases: [], color: nextColor(notebook.actors.map((a) => a.color)) } })) {
      setName('');
      setProblem('');
      onShow(id);
    }
  }

  return (
    <form className="add-actor" onSubmit={submit} aria-label="Add an actor">
      <label htmlFor={`${uid}-name`}>New actor</label>
      <div className="add-actor-row">
        <input
          id={`${uid}-name`}
          dir="auto"
          value={name}
          autoComplete="off"
          disabled={readOnly}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${uid}-problem` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setProblem('');
          }}
        />
        <button type="submit" className="small" disabled={readOnly}>
          Add
        </button>
      </div>
      {problem && (
        <p className="field-problem" id={`${uid}-problem`} role="alert">
          {problem}
        </p>
      )}
      <DidYouMean
        name={name}
        actors={notebook.actors}
        verb="Use"
        onUse={(actor) => {
          setName('');
          setProblem('');
          onShow(actor.id);
        }}
      />
    </form>
  );
}
