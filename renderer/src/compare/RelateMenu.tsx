// "Relate…" on a claim card: link it to another claim on the question as
// contradicting, supporting or qualifying it, with an optional note.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ComparedClaim } from '../../../notes/compare/index.ts';
import type { RelationKind } from '../../../notes/model/schema.ts';
import { RELATION_KINDS } from '../../../notes/model/vocabulary.ts';
import { shortQuote } from './summary.ts';

interface Props {
  from: ComparedClaim;
  /** The other claims on the question, in column order. */
  targets: readonly ComparedClaim[];
  /** The claim to relate it to, when one was chosen already (a handle dragged onto it). */
  initialTo?: string | undefined;
  actorName(actorId: string): string;
  /** Says why a link cannot be made (it exists already), or undefined. */
  problem(kind: RelationKind, toId: string): string | undefined;
  onAdd(kind: RelationKind, toId: string, note: string): void;
  onClose(): void;
}

export function RelateMenu({ from, targets, initialTo, actorName, problem, onAdd, onClose }: Props) {
  const id = useId();
  const first = useRef<HTMLSelectElement>(null);
  const [kind, setKind] = useState<RelationKind>('contradicts');
  // Default to a claim by another actor not linked yet: that is the comparison being made.
  const [toId, setToId] = useState(() => {
    if (initialTo && targets.some((t) => t.annotation.id === initialTo)) return initialTo;
    const free = targets.filter((t) => !problem('contradicts', t.annotation.id));
    return (free.find((t) => t.actorId !== from.actorId) ?? free[0] ?? targets[0])?.annotation.id ?? '';
  });
  const [note, setNote] = useState('');
  useEffect(() => first.current?.focus(), []);

  const why = toId ? problem(kind, toId) : 'There is no other claim on this question to relate it to.';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <form
      className="relate-menu"
      aria-label="Relate this claim"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (!why) onAdd(kind, toId, note.trim());
      }}
    >
      <div className="relate-row">
        <label htmlFor={`${id}-kind`}>This claim</label>
        <select id={`${id}-kind`} ref={first} value={kind} onChange={(e) => setKind(e.target.value as RelationKind)}>
          {RELATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div className="relate-row">
        <label htmlFor={`${id}-to`}>Claim</label>
        <select id={`${id}-to`} value={toId} onChange={(e) => setToId(e.target.value)} disabled={targets.length === 0}>
          {targets.map((t) => (
            <option key={t.annotation.id} value={t.annotation.id}>
              {actorName(t.actorId)}: “{shortQuote(t.quote, 50)}”
            </option>
          ))}
        </select>
      </div>
      <div className="relate-row">
        <label htmlFor={`${id}-note`}>Why (optional)</label>
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {why && <p className="relate-problem">{why}</p>}
      <div className="relate-actions">
        <button type="submit" className="primary" disabled={Boolean(why)}>
          Add relation
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
