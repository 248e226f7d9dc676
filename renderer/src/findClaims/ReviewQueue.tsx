// The review queue beside the reader, in place of the annotations while the
// analyst reviews what the finder found. Keyboard first: ↑/↓ (or J/K) move,
// Enter accepts, Delete rejects, E edits, Shift+Enter accepts all from the
// speaker, Esc closes.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { keyOf, speakerOf } from './acceptPlan.ts';
import { EditSuggestion } from './EditSuggestion.tsx';
import { useFindClaims } from './FindClaimsProvider.tsx';
import { optionId } from './queueIds.ts';
import { SuggestionItem } from './SuggestionItem.tsx';
import { ReviewStatus } from './ReviewStatus.tsx';
import './findClaims.css';

/** Items rendered around the focused one; a long source can have thousands. */
const BEFORE = 40;
const AFTER = 120;

export function ReviewQueue() {
  const uid = useId();
  const { notebook, readOnly } = useNotebook();
  const fc = useFindClaims();
  const { review, open, focusKey, setFocusKey } = fc;
  const listRef = useRef<HTMLOListElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  // The focused suggestion, or — when it was just accepted or rejected — the next one in the text.
  const index = focusIndex(open, focusKey);
  const focused = index >= 0 ? open[index] : undefined;
  useEffect(() => {
    if (focused && keyOf(focused) !== focusKey) setFocusKey(keyOf(focused));
  }, [focused, focusKey, setFocusKey]);

  // The list has the keys: focused when the review starts and when an edit ends.
  useEffect(() => {
    if (!editing) listRef.current?.focus({ preventScroll: true });
  }, [review?.sourceId, editing]);
  useLayoutEffect(() => {
    if (focused) document.getElementById(optionId(focused))?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  if (!review) return null;
  const source = notebook.sources.find((s) => s.id === review.sourceId);
  if (!source) return null;

  const move = (by: number) => {
    const next = open[Math.max(0, Math.min(open.length - 1, index + by))];
    if (next) setFocusKey(keyOf(next));
  };
  const finishEdit = () => setEditing(null);

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    const act = (fn: () => void) => {
      event.preventDefault();
      fn();
    };
    if (key === 'ArrowDown' || key === 'j') act(() => move(1));
    else if (key === 'ArrowUp' || key === 'k') act(() => move(-1));
    else if (key === 'Home') act(() => move(-open.length));
    else if (key === 'End') act(() => move(open.length));
    else if (key === 'Escape') act(fc.close);
    else if (!focused || readOnly) return;
    else if (key === 'Enter' && event.shiftKey) act(() => fc.accept(fc.sameSpeaker(focused)));
    else if (key === 'Enter') act(() => fc.accept([focused]));
    else if (key === 'Delete' || key === 'Backspace') act(() => fc.reject(focused));
    else if (key === 'e' || key === 'E') act(() => setEditing(keyOf(focused)));
  }

  const from = Math.max(0, index - BEFORE);
  const shown = open.slice(from, Math.max(0, index) + AFTER);
  const byId = new Map(notebook.actors.map((a) => [a.id, a]));
  const byName = new Map(notebook.actors.map((a) => [a.name, a]));
  const speakers = new Map<string, number>();
  for (const s of open) speakers.set(speakerOf(s), (speakers.get(speakerOf(s)) ?? 0) + 1);
  const edited = editing ? open.find((s) => keyOf(s) === editing) : undefined;

  return (
    <aside className="pane review-pane" aria-labelledby={`${uid}-title`}>
      <div className="column-head">
        <h2 id={`${uid}-title`}>Find claims</h2>
        <span className="count" aria-live="polite">
          {review.status === 'ready' ? `${open.length} to review` : ''}
        </span>
        <button type="button" className="link-button review-close" onClick={fc.close} title="Back to the annotations (Esc)">
          Done
        </button>
      </div>
      <div className="review-question">
        <label htmlFor={`${uid}-question`}>Question for accepted claims</label>
        <input id={`${uid}-question`} dir="auto" value={fc.question} list={`${uid}-questions`} autoComplete="off" onChange={(e) => fc.setQuestion(e.target.value)} />
        <datalist id={`${uid}-questions`}>
          {notebook.questions.map((q) => (
            <option key={q.id} value={q.text} />
          ))}
        </datalist>
      </div>
      <ReviewStatus review={review} open={open.length} />
      {edited ? (
        <EditSuggestion key={editing} suggestion={edited} source={source} question={fc.question} onDone={finishEdit} />
      ) : (
        <ol
          ref={listRef}
          className="review-list"
          role="listbox"
          tabIndex={0}
          aria-label="Suggested claims"
          aria-describedby={`${uid}-keys`}
          aria-activedescendant={focused ? optionId(focused) : undefined}
          aria-busy={review.status === 'finding'}
          onKeyDown={onKeyDown}
        >
          {shown.map((s) => (
            <SuggestionItem
              key={keyOf(s)}
              id={optionId(s)}
              suggestion={s}
              text={review.text}
              focused={s === focused}
              actor={(s.actorId ? byId.get(s.actorId) : undefined) ?? (s.actor ? byName.get(s.actor) : undefined)}
              sameSpeaker={speakers.get(speakerOf(s)) ?? 0}
              onFocus={() => setFocusKey(keyOf(s))}
              onAccept={() => fc.accept([s])}
              onReject={() => fc.reject(s)}
              onEdit={() => setEditing(keyOf(s))}
              onAcceptSpeaker={() => fc.accept(fc.sameSpeaker(s))}
            />
          ))}
        </ol>
      )}
      <p className="review-keys" id={`${uid}-keys`}>
        <kbd>↑</kbd>/<kbd>↓</kbd> move · <kbd>Enter</kbd> accept · <kbd>Delete</kbd> reject · <kbd>E</kbd> edit · <kbd>Shift+Enter</kbd> accept all from the speaker · <kbd>Esc</kbd> done
      </p>
    </aside>
  );
}

function focusIndex(open: readonly { content: { start: number; end: number } }[], key: string | null): number {
  const exact = open.findIndex((s) => keyOf(s) === key);
  if (exact >= 0 || open.length === 0) return exact;
  const at = Number(key?.split('-')[0] ?? 0);
  const next = open.findIndex((s) => s.content.start >= at);
  return next >= 0 ? next : open.length - 1;
}
