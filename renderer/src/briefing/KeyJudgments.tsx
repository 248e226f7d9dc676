// Key judgments: add, write, rate on ICD 203's likelihood scale, reorder, remove.
import { useEffect, useId, useRef, useState } from 'react';
import { newId } from '../../../notes/model/factory.ts';
import type { KeyJudgment } from '../../../notes/model/schema.ts';
import { LIKELIHOODS } from '../../../notes/model/vocabulary.ts';
import { NOTEBOOK_UNDO_ATTR } from '../state/keys.ts';
import { likelihoodLabel } from './likelihood.ts';
import { moveItem } from './lists.ts';
import { useBriefingEdit } from '../state/useBriefing.ts';
import { useDraft } from '../fields/useDraft.ts';

export function KeyJudgments({ judgments, readOnly }: { judgments: readonly KeyJudgment[]; readOnly: boolean }) {
  const edit = useBriefingEdit();
  const [justAdded, setJustAdded] = useState<string | null>(null);

  const add = () => {
    const id = newId('kj');
    if (edit((b) => ({ keyJudgments: [...b.keyJudgments, { id, text: '' }] }))) setJustAdded(id);
  };
  const move = (id: string, delta: -1 | 1) =>
    edit((b) => {
      const index = b.keyJudgments.findIndex((k) => k.id === id);
      return index < 0 ? null : { keyJudgments: moveItem(b.keyJudgments, index, delta) };
    });
  const remove = (id: string) => edit((b) => ({ keyJudgments: b.keyJudgments.filter((k) => k.id !== id) }));

  return (
    <section className="briefing-section" aria-labelledby="kj-title">
      <h2 id="kj-title">Key judgments</h2>
      {judgments.length === 0 && <p className="muted">None yet. A key judgment states what you assess, and how likely it is.</p>}
      <ol className="kj-list">
        {judgments.map((kj, index) => (
          <KeyJudgmentItem
            key={kj.id}
            judgment={kj}
            number={index + 1}
            first={index === 0}
            last={index === judgments.length - 1}
            readOnly={readOnly}
            autoFocus={kj.id === justAdded}
            onMove={(delta) => move(kj.id, delta)}
            onRemove={() => remove(kj.id)}
          />
        ))}
      </ol>
      <button type="button" onClick={add} disabled={readOnly}>
        Add key judgment
      </button>
    </section>
  );
}

interface ItemProps {
  judgment: KeyJudgment;
  number: number;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  autoFocus: boolean;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

function KeyJudgmentItem({ judgment, number, first, last, readOnly, autoFocus, onMove, onRemove }: ItemProps) {
  const id = useId();
  const edit = useBriefingEdit();
  const input = useRef<HTMLTextAreaElement>(null);
  const draft = useDraft(judgment.text, (text, coalesce) =>
    edit((b) => (b.keyJudgments.some((k) => k.id === judgment.id) ? { keyJudgments: b.keyJudgments.map((k) => (k.id === judgment.id ? { ...k, text } : k)) } : null), coalesce),
  );
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const setLikelihood = (likelihood: string) =>
    edit((b) => ({
      keyJudgments: b.keyJudgments.map((k) => {
        if (k.id !== judgment.id) return k;
        const { likelihood: _old, ...rest } = k;
        return likelihood ? { ...rest, likelihood } : rest;
      }),
    }));

  return (
    <li className="kj-item" data-judgment-id={judgment.id}>
      <span className="kj-number" aria-hidden="true">
        {number}.
      </span>
      <div className="kj-body">
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Key judgment {number}
        </label>
        <textarea
          id={`${id}-text`}
          ref={input}
          rows={2}
          value={draft.text}
          readOnly={readOnly}
          placeholder="What you assess, in one or two sentences"
          onChange={(e) => draft.change(e.target.value)}
          onBlur={draft.blur}
          {...{ [NOTEBOOK_UNDO_ATTR]: '' }}
        />
        <div className="kj-controls">
          <label htmlFor={`${id}-likelihood`} className="visually-hidden">
            Likelihood of key judgment {number}
          </label>
          <select id={`${id}-likelihood`} value={judgment.likelihood ?? ''} onChange={(e) => setLikelihood(e.target.value)} disabled={readOnly} title="ICD 203 expression of likelihood">
            <option value="">No likelihood stated</option>
            {LIKELIHOODS.map((l) => (
              <option key={l.key} value={l.key}>
                {likelihoodLabel(l.key)}
              </option>
            ))}
          </select>
          <ReorderButtons what={`key judgment ${number}`} first={first} last={last} readOnly={readOnly} onMove={onMove} onRemove={onRemove} />
        </div>
      </div>
    </li>
  );
}

/** Up, down and remove for an item of an ordered list; aria-disabled keeps the focus on the button at the ends. */
export function ReorderButtons({ what, first, last, readOnly, onMove, onRemove }: { what: string; first: boolean; last: boolean; readOnly: boolean; onMove(delta: -1 | 1): void; onRemove(): void }) {
  return (
    <span className="reorder-buttons">
      <button type="button" className="icon-button" aria-disabled={first || readOnly} onClick={() => !first && !readOnly && onMove(-1)} aria-label={`Move ${what} up`} title="Move up">
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon-button" aria-disabled={last || readOnly} onClick={() => !last && !readOnly && onMove(1)} aria-label={`Move ${what} down`} title="Move down">
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="link-button danger" disabled={readOnly} onClick={onRemove} aria-label={`Remove ${what}`}>
        Remove
      </button>
    </span>
  );
}
