// A Markdown text area with a Write / Preview switch. Typing is kept locally and
// committed after a pause or on blur (see useDraft).
import { useId, useState } from 'react';
import { NOTEBOOK_UNDO_ATTR } from '../state/keys.ts';
import { NoteHtml } from '../annotations/NoteHtml.tsx';
import { LengthCount } from '../annotations/LengthCount.tsx';
import { NOTE_MAX_CHARS } from '../../../notes/model/vocabulary.ts';
import { useDraft } from './useDraft.ts';
import '../briefing/briefing.css';

interface Props {
  label: string;
  value: string;
  /** `coalesce` keys one stretch of typing: pass it to apply so it undoes as one step. */
  onCommit(text: string, coalesce: string): void;
  placeholder?: string;
  rows?: number;
  readOnly?: boolean;
  /** Hint shown under the label. */
  hint?: string;
  /** The most characters the field takes (the schema's limit for the analyst's Markdown). */
  maxLength?: number;
}

export function MarkdownField({ label, value, onCommit, placeholder, rows = 4, readOnly = false, hint, maxLength = NOTE_MAX_CHARS }: Props) {
  const id = useId();
  const draft = useDraft(value, onCommit);
  const [previewing, setPreviewing] = useState(false);
  return (
    <div className="md-field">
      <div className="md-field-head">
        <label htmlFor={id} className="md-field-label">
          {label}
        </label>
        <div className="md-field-tabs" role="group" aria-label={`${label}: write or preview`}>
          <button type="button" aria-pressed={!previewing} onClick={() => setPreviewing(false)}>
            Write
          </button>
          <button
            type="button"
            aria-pressed={previewing}
            onClick={() => {
              draft.flush();
              setPreviewing(true);
            }}
          >
            Preview
          </button>
        </div>
      </div>
      {hint && <p className="md-field-hint">{hint}</p>}
      {previewing ? (
        <div className="md-field-preview" id={id} aria-label={`${label} (preview)`}>
          {draft.text.trim() ? <NoteHtml markdown={draft.text} /> : <p className="muted">Nothing written yet.</p>}
        </div>
      ) : (
        <textarea
          id={id}
          className="md-field-input"
          value={draft.text}
          rows={rows}
          maxLength={maxLength}
          placeholder={placeholder}
          readOnly={readOnly}
          spellCheck
          {...{ [NOTEBOOK_UNDO_ATTR]: '' }}
          onChange={(e) => draft.change(e.target.value)}
          onBlur={draft.blur}
        />
      )}
      {!previewing && <LengthCount length={draft.text.length} max={maxLength} />}
    </div>
  );
}
