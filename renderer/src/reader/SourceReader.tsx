import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Claim, Source } from '../../../notes/model/schema.ts';
import { paragraphs } from '../../../notes/text/paragraphs.ts';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { rangeFor, scrollRangeIntoView, sourceCharAtPoint, sourceRangeOf, staticRangesFor } from './dom.ts';
import { spanAt, type AnchoredSpan } from './spanAt.ts';
import { ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT, GROUP_PREFIX, groupHighlights, highlightCss, PENDING_HIGHLIGHT, StableGroups } from './highlightStyles.ts';
import type { Block } from './offsets.ts';
import { paintGroups, setHighlight, setHighlightCss } from './highlightRegistry.ts';
import { SelectionToolbar, type ToolbarMode } from './SelectionToolbar.tsx';
import { indexSpans, spansIn, windowOffsets } from './spanWindow.ts';
import { bylineOf, headingClass, linesOf, READER_HELP, READER_HELP_READ_ONLY } from './readerLayout.ts';
import { markPainted } from './paintedMark.ts';
import { claimAction, highlightAction, noteAction, type ReaderActionContext, type Selected } from './actions.ts';
import { useKeyboardCaret } from './useKeyboardCaret.ts';
import { useProgressiveBlocks } from './useProgressiveBlocks.ts';
import { useVisibleBlocks } from './useVisibleBlocks.ts';
import { Paragraphs } from './Paragraphs.tsx';
import { usePlaceHere } from '../revision/usePlaceHere.ts';
import { FindClaimsButton } from '../findClaims/FindClaimsButton.tsx';
import { useDraftHighlights } from '../findClaims/useDraftHighlights.ts';

interface Props {
  source: Source;
}

const FLASH_MS = 1600;

export function SourceReader({ source }: Props) {
  const { notebook, apply, readOnly, focusAnnotation } = useNotebook();
  const { anchors, focusRequest, takeFocusRequest, editAnnotation, activeId, reviseSource } = useWorkspace();
  const { actors, tags } = notebook;
  const blocks = useMemo(() => paragraphs(source.text), [source.text]);
  const lines = useMemo(() => blocks.map((b) => linesOf(source.text, b)), [blocks, source.text]);
  const textRef = useRef<HTMLElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [mode, setMode] = useState<ToolbarMode>('hidden');
  const [toolbarFocus, setToolbarFocus] = useState(0);
  const dragging = useRef(false);

  const annotations = useMemo(() => notebook.annotations.filter((a) => a.sourceId === source.id), [notebook.annotations, source.id]);
  const sourceAnchors = anchors.get(source.id);
  const spans = useMemo(() => {
    const map = new Map<string, AnchoredSpan>();
    for (const [id, result] of sourceAnchors ?? []) if (result.state !== 'orphaned') map.set(id, { id, start: result.start, end: result.end });
    return map;
  }, [sourceAnchors]);
  const [stableGroups] = useState(() => new StableGroups());
  const groups = useMemo(() => stableGroups.get(groupHighlights(annotations, spans, { actors, tags })), [stableGroups, annotations, spans, actors, tags]);

  // Highlights: drawn over the text, never into it, and only where the analyst can see them.
  const shown = useVisibleBlocks(textRef, scrollRef, blocks);
  const { ends: partEnds, count: inPage, complete: completeText } = useProgressiveBlocks(blocks, shown.measured);
  const indexed = useMemo(() => groups.map((group) => ({ group, index: indexSpans(group.spans) })), [groups]);
  const paintedOnce = useRef<string | null>(null);
  useLayoutEffect(() => {
    const root = textRef.current;
    if (!root) return;
    const painted = new Map<string, StaticRange[]>();
    const span = windowOffsets(blocks, shown);
    let registered = 0;
    for (const { group, index } of indexed) {
      const ranges = staticRangesFor(root, blocks, span ? spansIn(index, span.start, span.end) : []);
      registered += ranges.length;
      painted.set(group.name, ranges);
    }
    setHighlightCss(highlightCss(groups));
    paintGroups(GROUP_PREFIX, painted);
    if (sourceAnchors && shown.measured && paintedOnce.current !== source.id) {
      paintedOnce.current = source.id;
      markPainted({ sourceId: source.id, anchored: spans.size, registered });
    }
  }, [indexed, groups, blocks, shown, sourceAnchors, spans, source.id, inPage]);
  useLayoutEffect(
    () => () => {
      paintGroups(GROUP_PREFIX, new Map());
      for (const name of [FLASH_HIGHLIGHT, ACTIVE_HIGHLIGHT, PENDING_HIGHLIGHT]) setHighlight(name, []);
    },
    [],
  );

  useDraftHighlights({ sourceId: source.id, textRef, scrollRef, blocks, shown, inPage, completeText });

  // Changes as paragraphs enter the page, so the marks below are drawn once their words are there.
  const rangeOf = useCallback((start: number, end: number) => (textRef.current && inPage > 0 ? rangeFor(textRef.current, blocks, start, end) : null), [blocks, inPage]);

  // The quote of the card that has focus stays marked.
  useLayoutEffect(() => {
    const span = activeId ? spans.get(activeId) : undefined;
    const range = span && rangeOf(span.start, span.end);
    setHighlight(ACTIVE_HIGHLIGHT, range ? [range] : []);
  }, [activeId, spans, rangeOf]);

  // While the claim form has focus the selection is gone; keep showing what it is about.
  useLayoutEffect(() => {
    const range = mode === 'claim' && selected ? rangeOf(selected.start, selected.end) : null;
    setHighlight(PENDING_HIGHLIGHT, range ? [range] : []);
  }, [mode, selected, rangeOf]);

  // "Show me this annotation": scroll its quote into view and flash it (the whole text in the page first).
  const wanted = focusRequest !== null && annotations.some((a) => a.id === focusRequest.id);
  useEffect(() => {
    if (wanted && inPage < blocks.length) completeText();
  }, [wanted, inPage, blocks.length, completeText]);
  useEffect(() => {
    if (inPage < blocks.length) return;
    const request = takeFocusRequest('reader', (r) => annotations.some((a) => a.id === r.id));
    if (!request) return;
    const span = spans.get(request.id);
    const range = span && rangeOf(span.start, span.end);
    if (!range || !scrollRef.current) return;
    scrollRangeIntoView(scrollRef.current, range);
    setHighlight(FLASH_HIGHLIGHT, [range]);
    const timer = setTimeout(() => setHighlight(FLASH_HIGHLIGHT, []), FLASH_MS);
    return () => clearTimeout(timer);
  }, [takeFocusRequest, annotations, spans, rangeOf, inPage, blocks.length]);

  // The toolbar follows the reader's selection (mouse, keyboard, or a script creating a Range).
  const readSelection = useCallback(() => {
    const root = textRef.current;
    const selection = document.getSelection();
    if (!root || !selection || selection.rangeCount === 0) return null;
    return sourceRangeOf(root, blocks, source.text, selection.getRangeAt(0));
  }, [blocks, source.text]);

  const followSelection = useCallback(() => {
    if (dragging.current) return;
    setMode((current) => {
      if (current === 'claim') return current;
      const next = readSelection();
      setSelected(next);
      return next && !readOnly ? 'buttons' : 'hidden';
    });
  }, [readSelection, readOnly]);

  useEffect(() => {
    const endDrag = () => {
      if (!dragging.current) return;
      dragging.current = false;
      followSelection();
    };
    document.addEventListener('selectionchange', followSelection);
    window.addEventListener('pointerup', endDrag);
    return () => {
      document.removeEventListener('selectionchange', followSelection);
      window.removeEventListener('pointerup', endDrag);
    };
  }, [followSelection]);

  const caret = useKeyboardCaret(textRef, pageRef, scrollRef, blocks);

  const clearSelection = useCallback(() => {
    document.getSelection()?.collapseToEnd();
    setMode('hidden');
    setSelected(null);
    textRef.current?.focus({ preventScroll: true });
  }, []);

  const actionContext = useCallback(
    (range: Selected): ReaderActionContext => ({
      source,
      selected: range,
      apply,
      editNote: (id) => editAnnotation(id, 'note'),
      now: () => new Date().toISOString(),
    }),
    [source, apply, editAnnotation],
  );

  // Re-placing an annotation from the revision report: P or "Place here" puts it on the selection.
  const placeHere = usePlaceHere(source, selected, clearSelection);

  const highlight = useCallback(() => {
    if (selected && highlightAction.perform(actionContext(selected))) clearSelection();
  }, [selected, actionContext, clearSelection]);

  const note = useCallback(() => {
    if (!selected || !noteAction.perform(actionContext(selected))) return;
    // The note editor takes the focus: the selection goes, without focusing the text.
    document.getSelection()?.collapseToEnd();
    setMode('hidden');
    setSelected(null);
  }, [selected, actionContext]);

  const saveClaim = useCallback(
    (ops: Operation[], claim: Claim) => {
      if (selected && claimAction.perform(actionContext(selected), { ops, claim })) clearSelection();
    },
    [selected, actionContext, clearSelection],
  );

  const cancelClaim = useCallback(() => {
    // Back to the text with the same words selected, so the analyst can pick another action.
    const range = selected && rangeOf(selected.start, selected.end);
    setMode(range ? 'buttons' : 'hidden');
    textRef.current?.focus({ preventScroll: true });
    if (range) document.getSelection()?.removeAllRanges();
    if (range) document.getSelection()?.addRange(range);
  }, [selected, rangeOf]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget) return;
    if (caret.onKeyDown(event)) {
      // Followed now, not when its selectionchange comes: that is a task, which may still wait behind
      // other work when the next key (Enter, H, N, T) acts on the selection.
      followSelection();
      return;
    }
    const key = event.key;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (selected && mode === 'buttons') {
      if (placeHere && key.toLowerCase() === 'p') {
        event.preventDefault();
        placeHere();
      } else if (key === 'Enter') {
        event.preventDefault();
        setToolbarFocus((n) => n + 1);
      } else if (key.toLowerCase() === highlightAction.key) {
        event.preventDefault();
        highlight();
      } else if (key.toLowerCase() === noteAction.key) {
        event.preventDefault();
        note();
      } else if (key.toLowerCase() === claimAction.key) {
        event.preventDefault();
        setMode('claim');
      } else if (key === 'Escape') {
        event.preventDefault();
        clearSelection();
      }
      return;
    }
    if (key === 'Enter') {
      // On a highlighted word: go to its card.
      const at = caret.offset();
      const hit = at === null ? null : (spanAt(spans.values(), at) ?? spanAt(spans.values(), at - 1));
      if (hit) {
        event.preventDefault();
        focusAnnotation(hit.id);
      }
    }
  }

  function onClick(event: MouseEvent<HTMLElement>) {
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    const root = textRef.current;
    if (!root) return;
    const at = sourceCharAtPoint(root, blocks, event.clientX, event.clientY);
    const hit = at === null ? null : spanAt(spans.values(), at);
    if (hit) focusAnnotation(hit.id);
  }

  // A pointer over a highlight shows it can be clicked.
  const hoverFrame = useRef(0);
  function onMouseMove(event: MouseEvent<HTMLElement>) {
    const { clientX, clientY } = event;
    cancelAnimationFrame(hoverFrame.current);
    hoverFrame.current = requestAnimationFrame(() => {
      const root = textRef.current;
      if (!root || dragging.current) return;
      const at = sourceCharAtPoint(root, blocks, clientX, clientY);
      root.classList.toggle('over-highlight', at !== null && spanAt(spans.values(), at) !== null);
    });
  }

  const count = annotations.length;
  return (
    <div className="reader-scroll" ref={scrollRef}>
      <div className="reader-page" ref={pageRef}>
        <header className="source-header">
          <h2 className={headingClass(source, source.text, blocks[0])}>{source.title}</h2>
          <p className="source-byline">
            {bylineOf(source, count)}
            {!readOnly && (
              <>
                {' · '}
                <button
                  type="button"
                  className="link-button source-revise"
                  onClick={() => void reviseSource(source.id)}
                  aria-label={`New version of ${source.title}…`}
                  title="Replace this source's text by a newer version of the article; its annotations follow their quotes"
                >
                  New version…
                </button>
                {' · '}
                <FindClaimsButton sourceId={source.id} title={source.title} />
              </>
            )}
          </p>
          <p className="reader-help" id="reader-help">
            {readOnly ? READER_HELP_READ_ONLY : READER_HELP}
          </p>
        </header>
        <SourceText
          text={source.text}
          format={source.format}
          blocks={blocks}
          lines={lines}
          partEnds={partEnds}
          textRef={textRef}
          label={`Text of ${source.title}`}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onMouseMove={onMouseMove}
          onPointerDown={(e) => {
            completeText();
            if (e.button === 0) dragging.current = true;
          }}
          onFocus={() => {
            completeText();
            caret.onFocus();
          }}
          onBlur={caret.onBlur}
        />
        {caret.rect && <div className="reader-caret" aria-hidden="true" style={{ top: caret.rect.top, left: caret.rect.left, height: caret.rect.height }} />}
        {selected && mode !== 'hidden' && (
          <SelectionToolbar
            mode={mode}
            selected={selected}
            source={source}
            rangeOf={rangeOf}
            pageRef={pageRef}
            focusNonce={toolbarFocus}
            onHighlight={highlight}
            onNote={note}
            onClaim={() => setMode('claim')}
            onSaveClaim={saveClaim}
            onCancelClaim={cancelClaim}
            onClose={clearSelection}
            {...(placeHere ? { onPlace: placeHere } : {})}
          />
        )}
      </div>
    </div>
  );
}

interface TextProps {
  text: string;
  format: Source['format'];
  blocks: readonly Block[];
  /** Estimated lines of each paragraph: its height until laid out. */
  lines: readonly number[];
  /** Where each part of the text in the page ends (useProgressiveBlocks); the rest hold their estimated height below. */
  partEnds: readonly number[];
  textRef: RefObject<HTMLElement | null>;
  label: string;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onClick(event: MouseEvent<HTMLElement>): void;
  onMouseMove(event: MouseEvent<HTMLElement>): void;
  onPointerDown(event: PointerEvent<HTMLElement>): void;
  onFocus(): void;
  onBlur(): void;
}

/**
 * The text itself: one element per paragraph, one text node each. Re-rendering
 * with the same text leaves those nodes alone, so ranges into them stay valid.
 */
function SourceText({ text, format, blocks, lines, partEnds, textRef, label, ...handlers }: TextProps) {
  const inPage = partEnds.at(-1) ?? 0;
  let restLines = 0;
  for (let i = inPage; i < blocks.length; i++) restLines += lines[i]!;
  const rest = blocks.length - inPage;
  return (
    <>
      <article
        ref={textRef as RefObject<HTMLElement>}
        className="reader-text"
        tabIndex={0}
        aria-label={label}
        aria-describedby="reader-help"
        aria-busy={rest > 0}
        onKeyDown={handlers.onKeyDown}
        onClick={handlers.onClick}
        onMouseMove={handlers.onMouseMove}
        onPointerDown={handlers.onPointerDown}
        onFocus={handlers.onFocus}
        onBlur={handlers.onBlur}
      >
        {partEnds.map((end, k) => (
          <Paragraphs key={k} text={text} format={format} blocks={blocks} lines={lines} from={k === 0 ? 0 : partEnds[k - 1]!} to={end} />
        ))}
      </article>
      {rest > 0 && <div className="reader-text-rest" aria-hidden="true" style={{ '--lines': restLines, '--paragraphs': rest } as CSSProperties} />}
    </>
  );
}
