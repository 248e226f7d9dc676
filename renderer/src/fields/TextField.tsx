// A one-line text input committed like the Markdown fields (see useDraft).
import { useId } from 'react';
import { useDraft } from './useDraft.ts';

interface Props {
  label: string;
  value: string;
  onCommit(text: string, coalesce: string): void;
  placeholder?: string;
  readOnly?: boolean;
  maxLength?: number;
}

export function TextField({ label, value, onCommit, placeholder, readOnly = false, maxLength }: Props) {
  const id = useId();
  const draft = useDraft(value, onCommit);
  return (
    <div className="text-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft.text}
        placeholder={placeholder}
        readOnly={readOnly}
        maxLength={maxLength}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={draft.blur}
      />
    </div>
  );
}
