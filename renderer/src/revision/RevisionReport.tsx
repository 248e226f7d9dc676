// The revision report: after a new version of a source, and whenever some of
// its annotations wait for review, how each was found (exact, moved, fuzzy,
// orphaned) and, for each that changed, its old quote beside its new words.
// ↑/↓ move between them, Enter confirms, P re-places (select the words in the
// text, then "Place here"). Every answer is an ordinary, undoable edit.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { confirmAnchoring } from '../../../notes/anchoring/index.ts';
import type { Source } from '../../../notes/model/schema.ts';
import { RevisedSourceOffer } from '../findClaims/FindClaimsOffer.tsx';
import { useUi } from '../shell/ui.tsx';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { startPlacing, stopPlacing, usePlacing } from './placing.ts';
import { reviewList } from './reviewList.ts';
import { canConfirm, ReviewRow } from './ReviewRow.tsx';
import './revision.css';

/** The palette's and the menu's name for opening it. */
export const REVISION_PANEL = 'revision';

export function RevisionReport({ source }: { source: Source }) {
  const { notebook, apply, readOnly, focusAnnotation } = useNotebook();
  const { anchors, revised } = useWorkspace();
  const ui = useUi();
  const annotations = useMemo(() => notebook.annotations.filter((a) => a.sourceId === source.id), [notebook.annotations, source.id]);
  const list = useMemo(() => reviewList(annotations, anchors.get(source.id)), [annotations, anchors, source.id]);
  const placing = usePlacing(source.id);
  const [activeId, setActiveId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Open while some wait for review, after a new version of this source, and
  // when asked for (command palette), until the analyst closes it.
  const revisedNonce = revised?.sourceId === source.id ? revised.nonce : 0;
  const [choice, setChoice] = useState<{ nonce: number; open: boolean } | null>(null);
  const asked = ui.panel === REVISION_PANEL;
  const expanded = asked || (choice?.nonce === revisedNonce ? choice.open : revisedNonce > 0 || list.toReview > 0);
  const setExpanded = (open: boolean) => {
    setChoice({ nonce: revisedNonce, open });
    if (asked) ui.closePanel();
  };
  useEffect(() => {
    if (asked) requestAnimationFrame(() => focusRow(listRef.current, null));
  }, [asked]);
  // Esc anywhere (the text has the focus while the words are chosen) ends a re-placing.
  useEffect(() => {
    if (!placing) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') stopPlacing();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [placing]);
  // Leaving the source, or closing the report, ends a re-placing.
  useEffect(() => () => stopPlacing(), [source.id]);

  // Quotes found on the same words only moved: counted, and listed when asked, so the rows that
  // wait for the analyst stand together.
  const [showMoved, setShowMoved] = useState(false);
  const sameWords = (i: (typeof list.items)[number]) => i.shown.state === 'moved' && !i.review && !i.shown.confirmed;
  const hidden = showMoved ? 0 : list.items.filter(sameWords).length;
  const items = showMoved ? list.items : list.items.filter((i) => !sameWords(i));
  const active = items.find((i) => i.annotation.id === activeId) ?? items.find((i) => i.review) ?? items[0];
  if (!expanded) {
    if (list.toReview === 0) return null;
    return (
      <div className="revision-bar" role="status">
        <span>
          {list.toReview} {list.toReview === 1 ? 'annotation waits' : 'annotations wait'} for review after the new version.
        </span>
        <button type="button" className="small" onClick={() => setExpanded(true)}>
          Review
        </button>
      </div>
    );
  }

  const now = () => new Date().toISOString();
  const confirm = (id: string) => {
    const item = items.find((i) => i.annotation.id === id);
    if (item && canConfirm(item)) apply(confirmAnchoring(item.annotation, now()));
  };
  const replace = (id: string) => {
    startPlacing({ annotationId: id, sourceId: source.id });
    // The text takes the focus: select with the mouse or Shift+arrows.
    document.querySelector<HTMLElement>('.reader-text')?.focus({ preventScroll: true });
  };

  function onKeyDown(e: KeyboardEvent<HTMLOListElement>) {
    const row = (e.target as HTMLElement).closest<HTMLElement>('.review-row');
    if (!row || e.ctrlKey || e.metaKey || e.altKey) return;
    const id = row.dataset.annotationId!;
    const at = items.findIndex((i) => i.annotation.id === id);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = items[Math.max(0, Math.min(items.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
      if (next) focusRow(listRef.current, next.annotation.id);
    } else if (e.target !== row) {
      return;
    } else if (e.key === 'Enter' && !readOnly) {
      e.preventDefault();
      confirm(id);
    } else if (e.key.toLowerCase() === 'p' && !readOnly) {
      e.preventDefault();
      replace(id);
    } else if (e.key === 'Escape' && placing) {
      e.preventDefault();
      stopPlacing();
    }
  }

  const { counts } = list;
  return (
    <section className="revision-report" aria-label="Revision report">
      <header className="revision-head">
        <h3>New version: how the annotations followed</h3>
        <p className="revision-counts" role="status">
          <Count n={counts.exact} label="exact" />
          <Count n={counts.moved} label="moved" />
          <Count n={counts.fuzzy} label="fuzzy" />
          <Count n={counts.orphaned} label="orphaned" />
          <span className="revision-waiting">{list.toReview ? `${list.toReview} to review` : 'nothing to review'}</span>
        </p>
        <button type="button" className="small icon-button revision-close" onClick={() => (stopPlacing(), setExpanded(false))} aria-label="Close the revision report">
          Close
        </button>
      </header>
      <RevisedSourceOffer sourceId={source.id} />
      {hidden > 0 && (
        <p className="revision-moved">
          {hidden} {hidden === 1 ? 'annotation' : 'annotations'} moved with the same words.{' '}
          <button type="button" className="link-button" onClick={() => setShowMoved(true)}>
            List {hidden === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
      {items.length === 0 ? (
        hidden === 0 && <p className="revision-empty">Every annotation was found on its own words.</p>
      ) : (
        <ol ref={listRef} className="review-list" aria-label="Annotations the new version moved, changed or lost" aria-keyshortcuts="ArrowUp ArrowDown Enter P" onKeyDown={onKeyDown}>
          {items.map((item) => (
            <ReviewRow
              key={item.annotation.id}
              item={item}
              active={item === active}
              placing={placing?.annotationId === item.annotation.id}
              readOnly={readOnly}
              onFocus={() => setActiveId(item.annotation.id)}
              onConfirm={() => confirm(item.annotation.id)}
              onReplace={() => replace(item.annotation.id)}
              onCancelPlacing={stopPlacing}
              onShow={() => focusAnnotation(item.annotation.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function Count({ n, label }: { n: number; label: string }) {
  return (
    <span className={`revision-count revision-count-${label}`}>
      <b>{n}</b> {label}
    </span>
  );
}

/** Focuses the row of annotation `id` (or the list's current row). */
export function focusRow(list: HTMLElement | null, id: string | null): void {
  const row = id ? list?.querySelector<HTMLElement>(`.review-row[data-annotation-id="${CSS.escape(id)}"]`) : list?.querySelector<HTMLElement>('.review-row[tabindex="0"]');
  row?.focus();
}
