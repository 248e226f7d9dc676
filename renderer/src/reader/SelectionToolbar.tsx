// Floats by the selection: Highlight, Note, Tag claim — and the claim form.
// It sits in the reader page (absolutely placed), so it scrolls with the text
// and never pushes anything around.
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Claim, Source } from '../../../notes/model/schema.ts';
import { ClaimForm, initialDraft } from '../claims/ClaimForm.tsx';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { guessActor, guessCue } from '../claims/prefill.ts';
import type { Selected } from './actions.ts';

export type ToolbarMode = 'hidden' | 'buttons' | 'claim';

interface Props {
  mode: ToolbarMode;
  selected: Selected;
  source: Source;
  rangeOf(start: number, end: number): Range | null;
  pageRef: RefObject<HTMLElement | null>;
  /** Bumped when the keyboard asks for the toolbar: focus its first button. */
  focusNonce: number;
  onHighlight(): void;
  onNote(): void;
  onClaim(): void;
  onSaveClaim(ops: Operation[], claim: Claim): void;
  onCancelClaim(): void;
  onClose(): void;
  /** While an annotation is being re-placed (revision report): puts it on the selected words. */
  onPlace?: () => void;
}

const GAP = 8;

export function SelectionToolbar(props: Props) {
  const { mode, selected, source, rangeOf, pageRef, focusNonce } = props;
  const { notebook } = useNotebook();
  const ref = useRef<HTMLDivElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  // The buttons float above the selection, the form below it; each flips when
  // it does not fit in the reader's visible area, and the reader scrolls when
  // neither side has room (the form must be fully usable).
  useLayoutEffect(() => {
    const page = pageRef.current;
    const el = ref.current;
    const scroller = page?.parentElement;
    const range = rangeOf(selected.start, selected.end);
    if (!page || !el || !scroller || !range) return;
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const first = rects[0] ?? range.getBoundingClientRect();
    const last = rects.at(-1) ?? first;
    const view = scroller.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = el;
    const aboveTop = first.top - GAP - height;
    const belowTop = last.bottom + GAP;
    const fitsAbove = aboveTop >= view.top + GAP;
    const fitsBelow = belowTop + height <= view.bottom - GAP;
    const above = mode === 'buttons' ? fitsAbove || !fitsBelow : !fitsBelow && fitsAbove;
    const top = above ? aboveTop : belowTop;
    // Page coordinates, taken before any scrolling below.
    const p = page.getBoundingClientRect();
    if (!above && !fitsBelow) {
      // Scroll the form into view, but never the selection's first line out of it.
      scroller.scrollBy({ top: Math.min(belowTop + height - (view.bottom - GAP), first.top - view.top - GAP) });
    }
    const anchorX = above ? first.left : last.left;
    const left = Math.max(GAP, Math.min(anchorX - p.left, p.width - width - GAP));
    setPlace({ top: top - p.top, left });
  }, [mode, selected, rangeOf, pageRef]);

  useLayoutEffect(() => {
    if (focusNonce > 0 && mode === 'buttons') firstButton.current?.focus();
  }, [focusNonce, mode]);

  const initial = useMemo(() => {
    const actor = guessActor(source.text, selected.start, selected.end, notebook.actors);
    return initialDraft(notebook, undefined, { cue: guessCue(source.text, selected.start, selected.end), ...(actor ? { actor: actor.name } : {}) }, source.id);
    // The form starts from these once; later notebook changes must not reset what the analyst typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected.start, selected.end, source.text]);

  const style = place ? { top: place.top, left: place.left } : { top: 0, left: 0, visibility: 'hidden' as const };
  return (
    <div
      ref={ref}
      className={`floating-toolbar ${mode === 'claim' ? 'with-form' : ''}`}
      style={style}
      role={mode === 'claim' ? 'dialog' : 'toolbar'}
      aria-label={mode === 'claim' ? 'Tag claim' : 'Annotate selection'}
      // Keep the text selected while clicking a button.
      onMouseDown={(e) => {
        if (mode === 'buttons') e.preventDefault();
      }}
      onKeyDown={(e) => {
        if (mode !== 'buttons') return;
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          // A toolbar moves between its buttons with the arrow keys as well as Tab.
          const buttons = [...e.currentTarget.querySelectorAll('button')];
          const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
          const next = buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
          if (next) {
            e.preventDefault();
            next.focus();
          }
        }
      }}
    >
      {mode === 'buttons' ? (
        <>
          {props.onPlace && (
            <button ref={firstButton} type="button" className="primary" onClick={props.onPlace} aria-keyshortcuts="P" title="Put the annotation being re-placed on these words (P)">
              Place here
            </button>
          )}
          <button ref={props.onPlace ? undefined : firstButton} type="button" onClick={props.onHighlight} aria-keyshortcuts="H" title="Highlight (H)">
            Highlight
          </button>
          <button type="button" onClick={props.onNote} aria-keyshortcuts="N" title="Highlight and write a note (N)">
            Note
          </button>
          <button type="button" onClick={props.onClaim} aria-keyshortcuts="T" title="Tag who claims what (T)">
            Tag claim
          </button>
        </>
      ) : (
        <>
          <p className="form-quote" title={source.text.slice(selected.start, selected.end)}>
            “{source.text.slice(selected.start, selected.end)}”
          </p>
          <ClaimForm notebook={notebook} initial={initial} label="Tag claim" onSave={props.onSaveClaim} onCancel={props.onCancelClaim} />
        </>
      )}
    </div>
  );
}
