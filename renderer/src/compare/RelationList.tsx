// The relations on a question as text: what the lines on the board say, for
// screen readers and for anyone who prefers reading to following arrows.
import type { ComparedRelation } from '../../../notes/compare/index.ts';
import { shortQuote } from './summary.ts';

interface Props {
  relations: readonly ComparedRelation[];
  actorName(actorId: string): string;
  /** Actors shown as columns: an end elsewhere is said to be hidden. */
  shown: ReadonlySet<string>;
  readOnly: boolean;
  onRemove(relationId: string): void;
}

export function RelationList({ relations, actorName, shown, readOnly, onRemove }: Props) {
  return (
    <section className="relation-list" aria-labelledby="relation-list-title">
      <h3 id="relation-list-title">Relations</h3>
      {relations.length === 0 ? (
        <p className="muted">None yet. Use “Relate…” on a claim to mark it as contradicting, supporting or qualifying another.</p>
      ) : (
        <ul>
          {relations.map(({ relation, from, to }) => (
            <li key={relation.id} className={`rel-${relation.kind}`} data-relation-id={relation.id}>
              <span>
                {actorName(from.actorId)}: “{shortQuote(from.quote)}” <strong className="rel-kind">{relation.kind}</strong> {actorName(to.actorId)}: “
                {shortQuote(to.quote)}”
                {(!shown.has(from.actorId) || !shown.has(to.actorId)) && <span className="muted"> (one end is in a hidden column)</span>}
              </span>
              {relation.note && <span className="rel-note">{relation.note}</span>}
              <button
                type="button"
                className="link-button"
                disabled={readOnly}
                onClick={() => onRemove(relation.id)}
                aria-label={`Remove relation: ${actorName(from.actorId)} ${relation.kind} ${actorName(to.actorId)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
