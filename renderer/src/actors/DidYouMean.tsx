// "Did you mean Baghdad?" under a name being typed, when an actor by a close
// name exists; one click uses that actor instead.
import { closeActors } from '../../../notes/claims/closeActors.ts';
import type { Actor } from '../../../notes/model/schema.ts';
import './didYouMean.css';

interface Props {
  name: string;
  actors: readonly Actor[];
  /** The actor being renamed, left out. */
  except?: string;
  /** What using the existing actor does, in words ("Use", "Merge into"). */
  verb: string;
  onUse(actor: Actor): void;
}

export function DidYouMean({ name, actors, except, verb, onUse }: Props) {
  const close = name.trim() ? closeActors(name, actors, except).slice(0, 3) : [];
  if (close.length === 0) return null;
  return (
    <div className="did-you-mean" role="status">
      {close.map(({ actor, matched, closeness }) => (
        <p key={actor.id}>
          <span>
            {closeness === 'same' ? 'Already an actor: ' : 'Did you mean '}
            <bdi className="actor-name">{actor.name}</bdi>
            {matched !== actor.name && (
              <>
                {' '}
                (as <bdi>{matched}</bdi>)
              </>
            )}
            {closeness === 'same' ? '' : '?'}
          </span>
          <button type="button" className="small" onClick={() => onUse(actors.find((a) => a.id === actor.id)!)}>
            {verb} {actor.name}
          </button>
        </p>
      ))}
    </div>
  );
}
