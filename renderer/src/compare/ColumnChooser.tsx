// Which actors show as columns: a checkbox per actor with claims on the question.
import type { Actor } from '../../../notes/model/schema.ts';

interface Props {
  /** Shown columns first (in order), then the hidden actors. */
  actors: readonly Actor[];
  shown: ReadonlySet<string>;
  counts: ReadonlyMap<string, number>;
  readOnly: boolean;
  onToggle(actorId: string, show: boolean): void;
}

export function ColumnChooser({ actors, shown, counts, readOnly, onToggle }: Props) {
  return (
    <details className="column-chooser">
      <summary>
        Columns ({shown.size} of {actors.length})
      </summary>
      <fieldset disabled={readOnly}>
        <legend className="visually-hidden">Actors shown as columns</legend>
        {actors.map((actor) => (
          <label key={actor.id} className="column-choice">
            <input type="checkbox" checked={shown.has(actor.id)} onChange={(e) => onToggle(actor.id, e.target.checked)} />
            <span className="actor-swatch" style={{ background: actor.color }} aria-hidden="true" />
            {actor.name}
            <span className="muted"> ({counts.get(actor.id) ?? 0})</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
