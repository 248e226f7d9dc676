// One field of a source's details: typed freely, committed on Enter or when
// it loses focus; a value that cannot be kept stays in the field with one
// line saying why.
import { useId, useState } from 'react';
import { detailPatch, type DetailField } from './sourceEdits.ts';
import type { SourcePatch } from '../../../notes/model/operation.ts';

interface Props {
  field: DetailField;
  label: string;
  saved: string;
  readOnly: boolean;
  onCommit(patch: SourcePatch): void;
}

export function DetailInput({ field, label, saved, readOnly, onCommit }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft.trim() === saved) return setDraft(null);
    const result = detailPatch(field, draft);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    setDraft(null);
    onCommit(result.patch);
  };
  return (
    <div className="detail-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        dir="auto"
        type={field === 'url' ? 'url' : 'text'}
        value={draft ?? saved}
        readOnly={readOnly}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem && (
        <p className="detail-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
