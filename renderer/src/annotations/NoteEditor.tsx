// Writing a note saves as you type: the text is applied ~300 ms after the
// last keystroke, on blur, before undo, and when the window closes. One
// stretch of typing (focus to blur) undoes as one step.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Annotation } from '../../../notes/model/schema.ts';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { NOTEBOOK_UNDO_ATTR } from '../state/keys.ts';
import { NoteHtml } from './NoteHtml.tsx';
import { LengthCount } from './LengthCount.tsx';
import { NOTE_MAX_CHARS } from '../../../notes/model/vocabulary.ts';

const DEBOUNCE_MS = 300;
let sessions = 0;

interface Props {
  annotation: Annotation;
  /** The editor takes the focus once per key (not again when the list re-mounts it while scrolling). */
  focusKey: string;
  onDone(): void;
}

export function NoteEditor({ annotation, focusKey, onDone }: Props) {
  const { apply } = useNotebook();
  const { controller, once } = useWorkspace();
  const uid = useId();
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [draft, setDraft] = useState(annotation.note);
  const draftRef = useRef(annotation.note);
  const sentRef = useRef(annotation.note);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const session = useRef('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const id = annotation.id;
  const commit = useCallback(() => {
    clearTimeout(timer.current);
    const text = draftRef.current;
    if (text === sentRef.current) return;
    sentRef.current = text;
    session.current ||= `note:${id}:${++sessions}`;
    apply({ kind: 'annotation.update', id, patch: { note: text }, at: new Date().toISOString() }, { coalesce: session.current });
  }, [apply, id]);

  // Undo, a flush or the window closing apply what is typed first.
  useEffect(() => controller.addFlusher(commit), [controller, commit]);
  useEffect(() => commit, [commit]);

  // The note changed other than by this editor (undo, redo): the draft follows it.
  useEffect(() => {
    if (annotation.note === sentRef.current) return;
    clearTimeout(timer.current);
    draftRef.current = annotation.note;
    sentRef.current = annotation.note;
    setDraft(annotation.note);
  }, [annotation.note]);

  useEffect(() => {
    if (once(focusKey)) textareaRef.current?.focus();
  }, [once, focusKey]);

  function onChange(text: string) {
    draftRef.current = text;
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(commit, DEBOUNCE_MS);
  }

  function onBlur() {
    commit();
    session.current = '';
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const next = tab === 'write' ? 'preview' : 'write';
      setTab(next);
      document.getElementById(`${uid}-${next}-tab`)?.focus();
    }
  }

  function onEditorKey(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' || ((event.ctrlKey || event.metaKey) && event.key === 'Enter')) {
      event.preventDefault();
      event.stopPropagation();
      commit();
      onDone();
    }
  }

  return (
    <div className="note-editor" onKeyDown={onEditorKey}>
      <div className="tabs" role="tablist" aria-label="Note">
        {(['write', 'preview'] as const).map((t) => (
          <button
            key={t}
            id={`${uid}-${t}-tab`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={`${uid}-${t}-panel`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
            onKeyDown={onTabKey}
          >
            {t === 'write' ? 'Write' : 'Preview'}
          </button>
        ))}
        <button type="button" className="small done-button" onClick={() => (commit(), onDone())}>
          Done
        </button>
      </div>
      <div id={`${uid}-write-panel`} role="tabpanel" aria-labelledby={`${uid}-write-tab`} hidden={tab !== 'write'}>
        <textarea
          ref={textareaRef}
          className="note-input"
          aria-label="Note (Markdown)"
          {...{ [NOTEBOOK_UNDO_ATTR]: '' }}
          value={draft}
          rows={5}
          maxLength={NOTE_MAX_CHARS}
          placeholder="Write a note — Markdown works: **bold**, _italic_, [links](https://…), lists."
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
        <LengthCount length={draft.length} max={NOTE_MAX_CHARS} />
      </div>
      <div id={`${uid}-preview-panel`} role="tabpanel" aria-labelledby={`${uid}-preview-tab`} hidden={tab !== 'preview'} tabIndex={0}>
        {tab === 'preview' && (draft.trim() ? <NoteHtml markdown={draft} /> : <p className="muted">Nothing to preview yet.</p>)}
      </div>
    </div>
  );
}
