// The shown source's provenance and grade, each edit one source.update (undoable),
// and its removal: one edit that takes its annotations along, after a
// confirmation that says how many.
import { useId, useState } from 'react';
import type { Reliability, Source } from '../../../notes/model/schema.ts';
import { ReliabilityOptions } from '../claims/GradeOptions.tsx';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { DetailInput } from './DetailInput.tsx';
import type { SourcePatch } from '../../../notes/model/operation.ts';
import './sources.css';

export function SourceDetails({ source, annotationCount }: { source: Source; annotationCount: number }) {
  const { apply, readOnly } = useNotebook();
  const gradeId = useId();
  const [confirming, setConfirming] = useState(false);
  const update = (patch: SourcePatch) => apply({ kind: 'source.update', id: source.id, patch });
  const field = (name: 'title' | 'publisher' | 'author' | 'published' | 'url', label: string) => (
    <DetailInput key={`${source.id}-${name}`} field={name} label={label} saved={source[name] ?? ''} readOnly={readOnly} onCommit={update} />
  );
  const n = annotationCount;
  return (
    <section className="source-details" aria-label={`Details of ${source.title}`}>
      {field('title', 'Title')}
      {field('publisher', 'Publisher')}
      {field('author', 'Author')}
      {field('published', 'Published')}
      {field('url', 'Web address')}
      <div className="detail-field">
        <label htmlFor={gradeId}>Reliability</label>
        <select
          id={gradeId}
          value={source.reliability ?? ''}
          disabled={readOnly}
          onChange={(e) => update({ reliability: e.target.value ? (e.target.value as Reliability) : null })}
        >
          <option value="">Not graded (new claims: F)</option>
          <ReliabilityOptions />
        </select>
      </div>
      {!readOnly &&
        (confirming ? (
          <div className="remove-confirm" role="alertdialog" aria-label="Remove source">
            <p>
              Remove “<bdi>{source.title}</bdi>”{n ? ` and its ${n} annotation${n === 1 ? '' : 's'}` : ''}? Undo brings {n ? 'them' : 'it'} back.
            </p>
            <button type="button" className="danger" onClick={() => apply({ kind: 'source.delete', id: source.id })}>
              Remove
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Keep
            </button>
          </div>
        ) : (
          <button type="button" className="link-button remove-source" onClick={() => setConfirming(true)}>
            Remove source…
          </button>
        ))}
    </section>
  );
}
