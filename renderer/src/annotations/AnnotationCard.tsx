// One annotation: its quote, claim, tags and note, with ways to edit each.
import { nestedQuote } from '../../../notes/text/nested.ts';
import { memo, useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Annotation, Claim } from '../../../notes/model/schema.ts';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../claims/admiralty.ts';
import { ClaimForm, initialDraft } from '../claims/ClaimForm.tsx';
import { styleOf } from '../reader/highlightStyles.ts';
import { useNotebook, useWorkspace, type CardEdit } from '../state/NotebookProvider.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { NoteHtml } from './NoteHtml.tsx';
import { TagEditor } from './TagEditor.tsx';
import { FoundLine } from '../revision/FoundLine.tsx';

interface Props {
  annotation: Annotation;
  orphan: boolean;
  showSource: boolean;
}

// Memoized: a search keystroke re-renders the list, and the cards still in view have not changed.
export const AnnotationCard = memo(function AnnotationCard({ annotation, orphan, showSource }: Props) {
  const { notebook, apply, readOnly, focusAnnotation } = useNotebook();
  const { setActiveId, controller, takeFocusRequest, editing: edited, setEditing: setCardEditing } = useWorkspace();
  const cardRef = useRef<HTMLElement>(null);
  const id = annotation.id;
  const editing = !readOnly && edited?.id === id ? edited.what : null;
  const setEditing = (what: CardEdit | null) => setCardEditing(id, what);

  // "Show me this annotation" lands on its card, unless an editor of the card takes the focus.
  useEffect(() => {
    if (!takeFocusRequest('card', (r) => r.id === id)) return;
    if (!cardRef.current?.contains(document.activeElement)) cardRef.current?.focus({ preventScroll: true });
  }, [takeFocusRequest, id]);

  const close = () => {
    setEditing(null);
    cardRef.current?.focus({ preventScroll: true });
  };

  const saveClaim = (ops: Operation[], claim: Claim) => {
    if (apply([...ops, { kind: 'annotation.update', id, patch: { claim }, at: new Date().toISOString() }])) close();
  };

  const remove = () => {
    if (apply({ kind: 'annotation.delete', id })) controller.notify('Annotation deleted.', 'info', true);
  };

  const removeTag = (tagId: string) => {
    apply({ kind: 'annotation.update', id, patch: { tags: annotation.tags.filter((t) => t !== tagId) }, at: new Date().toISOString() });
  };

  const look = styleOf(annotation, notebook);
  const claim = annotation.claim;
  const actor = claim && notebook.actors.find((a) => a.id === claim.actorId);
  const question = claim && notebook.questions.find((q) => q.id === claim.questionId);
  const positionColor = question?.positions.find((p) => p.label === claim?.position)?.color;
  const source = showSource ? notebook.sources.find((s) => s.id === annotation.sourceId) : undefined;
  const tags = annotation.tags.map((t) => notebook.tags.find((x) => x.id === t)).filter((t) => t !== undefined);
  const quote = nestedQuote(annotation.target.quote.exact);
  const quoteId = `quote-${id}`;

  return (
    <article
      ref={cardRef}
      className={`card card-${look.kind}${orphan ? ' card-orphan' : ''}`}
      style={{ borderInlineStartColor: look.color }}
      tabIndex={0}
      data-annotation-id={id}
      aria-labelledby={quoteId}
      onFocus={() => setActiveId(id)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setActiveId(null);
      }}
      onKeyDown={(e) => {
        // Enter on the card itself (not a control inside it) shows the quote in the text.
        if (e.key === 'Enter' && e.target === e.currentTarget && !orphan) {
          e.preventDefault();
          focusAnnotation(id);
        }
      }}
    >
      {source && <p className="card-source">{source.title}</p>}
      {annotation.by && <p className="card-by">Merged from {annotation.by}</p>}
      <blockquote id={quoteId} className={`card-quote${orphan ? '' : ' clickable'}`} onClick={orphan ? undefined : () => focusAnnotation(id)}>
        {quote}
      </blockquote>
      {orphan && <p className="card-orphan-note">Its quote is no longer in the source text; this is the last known quote.</p>}
      <FoundLine annotation={annotation} />

      {claim && editing !== 'claim' && (
        <div className="claim-summary">
          <p className="claim-line">
            <span className="actor-chip">
              <span className="dot" style={{ backgroundColor: actor?.color }} aria-hidden="true" />
              {actor?.name ?? 'Unknown actor'}
            </span>
            <span className="claim-says">{claim.cue || 'says'}</span>
            <span className="position-chip">
              <span className="dot" style={{ backgroundColor: positionColor }} aria-hidden="true" />
              {claim.position}
            </span>
          </p>
          <p className="claim-meta">
            <span className="grade" title={`${claim.reliability}: ${RELIABILITY_LABELS[claim.reliability]}; ${claim.credibility}: ${CREDIBILITY_LABELS[claim.credibility]}`}>
              <span aria-hidden="true">
                {claim.reliability}
                {claim.credibility}
              </span>
              <span className="visually-hidden">
                Graded {claim.reliability}
                {claim.credibility}: {RELIABILITY_LABELS[claim.reliability]}, {CREDIBILITY_LABELS[claim.credibility]}
              </span>
            </span>
            {question && <span className="claim-question">on “{question.text}”</span>}
          </p>
        </div>
      )}
      {editing === 'claim' && (
        <ClaimForm
          notebook={notebook}
          initial={initialDraft(notebook, claim)}
          label={claim ? 'Edit claim' : 'Tag claim'}
          saveLabel={claim ? 'Save claim' : 'Tag claim'}
          onSave={saveClaim}
          onCancel={close}
          {...(claim ? { onRemove: () => apply({ kind: 'annotation.update', id, patch: { claim: null }, at: new Date().toISOString() }) && close() } : {})}
        />
      )}

      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag.id} className="tag-chip" style={{ borderColor: tag.color }}>
              <span className="dot" style={{ backgroundColor: tag.color }} aria-hidden="true" />
              {tag.label}
              {!readOnly && (
                <button type="button" className="chip-remove" aria-label={`Remove tag ${tag.label}`} onClick={() => removeTag(tag.id)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing === 'tags' && <TagEditor annotation={annotation} onDone={close} />}

      {editing === 'note' ? (
        <NoteEditor annotation={annotation} focusKey={`edit:${edited?.nonce}`} onDone={close} />
      ) : (
        annotation.note.trim() && <NoteHtml markdown={annotation.note} />
      )}

      {/* One Tab stop for all the card's actions (a toolbar: arrow keys move between them), so a long list
          costs the card and its actions, not six stops a card. */}
      <div ref={initialActionTabIndex} className="card-actions" role="toolbar" aria-label="Annotation actions" onKeyDown={moveAmongActions} onFocus={rememberAction}>
        <button type="button" className="small" disabled={orphan} onClick={() => focusAnnotation(id)}>
          Show in text
        </button>
        {!readOnly && (
          <>
            <button type="button" className="small" aria-pressed={editing === 'note'} onClick={() => (editing === 'note' ? close() : setEditing('note'))}>
              {annotation.note ? 'Edit note' : 'Add note'}
            </button>
            <button type="button" className="small" aria-pressed={editing === 'claim'} onClick={() => (editing === 'claim' ? close() : setEditing('claim'))}>
              {claim ? 'Edit claim' : 'Tag claim'}
            </button>
            <button type="button" className="small" aria-pressed={editing === 'tags'} onClick={() => (editing === 'tags' ? close() : setEditing('tags'))}>
              Tags
            </button>
            <button type="button" className="small danger" onClick={remove}>
              Delete
            </button>
          </>
        )}
      </div>
    </article>
  );
});

const ACTION_KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

function actionsOf(toolbar: HTMLElement): HTMLButtonElement[] {
  return [...toolbar.querySelectorAll<HTMLButtonElement>(':scope > button:not(:disabled)')];
}

/** Roving tab index: the action last focused (at first, the first one) is the toolbar's one Tab stop. */
function rememberAction(e: FocusEvent<HTMLDivElement>): void {
  for (const b of actionsOf(e.currentTarget)) b.tabIndex = (b as EventTarget) === e.target ? 0 : -1;
}

function moveAmongActions(e: KeyboardEvent<HTMLDivElement>): void {
  const move = ACTION_KEYS[e.key];
  const buttons = actionsOf(e.currentTarget);
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (!move || at < 0) return;
  e.preventDefault();
  buttons[move(at, buttons.length)]!.focus();
}

/** Before any focus: only the first action is a Tab stop. */
function initialActionTabIndex(toolbar: HTMLElement | null): void {
  if (!toolbar) return;
  actionsOf(toolbar).forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
}

