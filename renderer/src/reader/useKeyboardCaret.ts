// The reader is not editable, so browsers show no caret in it and arrow keys
// would only scroll. This gives it one: arrows move a caret (Selection.modify),
// Shift extends the selection, Ctrl/Cmd moves by word or paragraph, and a thin
// drawn caret shows where it is. Selecting text this way works exactly like
// selecting it with the mouse.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { sourceOffsetOf } from './dom.ts';
import type { Block } from './offsets.ts';

export interface CaretRect {
  top: number;
  left: number;
  height: number;
}

type Direction = 'forward' | 'backward';
const MOVES: Record<string, [Direction, 'character' | 'line' | 'lineboundary']> = {
  ArrowLeft: ['backward', 'character'],
  ArrowRight: ['forward', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
  Home: ['backward', 'lineboundary'],
  End: ['forward', 'lineboundary'],
};
const WITH_MODIFIER = { character: 'word', line: 'paragraph', lineboundary: 'documentboundary' } as const;

function textNodes(root: HTMLElement): { first: Text | null; last: Text | null } {
  const first = root.firstElementChild?.firstChild;
  const last = root.lastElementChild?.firstChild;
  return { first: first instanceof Text ? first : null, last: last instanceof Text ? last : null };
}

export function useKeyboardCaret(
  textRef: RefObject<HTMLElement | null>,
  pageRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  blocks: readonly Block[],
) {
  const [rect, setRect] = useState<CaretRect | null>(null);
  const focused = useRef(false);

  const measure = useCallback(() => {
    const root = textRef.current;
    const page = pageRef.current;
    const selection = document.getSelection();
    if (!root || !page || !focused.current || !selection || selection.rangeCount === 0 || !selection.isCollapsed || !root.contains(selection.focusNode)) {
      setRect(null);
      return;
    }
    const range = selection.getRangeAt(0);
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    if (!r || r.height === 0) {
      setRect(null);
      return;
    }
    const p = page.getBoundingClientRect();
    setRect({ top: r.top - p.top, left: r.left - p.left, height: r.height });
  }, [textRef, pageRef]);

  useEffect(() => {
    document.addEventListener('selectionchange', measure);
    window.addEventListener('resize', measure);
    return () => {
      document.removeEventListener('selectionchange', measure);
      window.removeEventListener('resize', measure);
    };
  }, [measure]);

  /** Puts the caret at the start of the first paragraph in view when the selection is elsewhere. */
  const ensureInside = useCallback(() => {
    const root = textRef.current;
    const selection = document.getSelection();
    if (!root || !selection) return;
    if (selection.rangeCount > 0 && root.contains(selection.anchorNode) && root.contains(selection.focusNode)) return;
    const top = scrollRef.current?.getBoundingClientRect().top ?? 0;
    const visible = [...root.children].find((el) => el.getBoundingClientRect().bottom > top) ?? root.firstElementChild;
    const node = visible?.firstChild;
    if (node) selection.collapse(node, 0);
  }, [textRef, scrollRef]);

  const scrollFocusIntoView = useCallback(() => {
    const selection = document.getSelection();
    const container = scrollRef.current;
    if (!selection?.focusNode || !container) return;
    const range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const c = container.getBoundingClientRect();
    if (r.top < c.top + 8) container.scrollTop -= c.top + 8 - r.top;
    else if (r.bottom > c.bottom - 8) container.scrollTop += r.bottom - (c.bottom - 8);
  }, [scrollRef]);

  /** Handles caret keys; true when the key was one. */
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>): boolean => {
      const root = textRef.current;
      const selection = document.getSelection();
      if (!root || !selection) return false;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        const { first, last } = textNodes(root);
        if (first && last) selection.setBaseAndExtent(first, 0, last, last.length);
        return true;
      }
      const move = MOVES[event.key];
      if (!move || event.altKey) return false;
      event.preventDefault();
      ensureInside();
      const [direction, unit] = move;
      const before = { anchor: selection.anchorNode, anchorOffset: selection.anchorOffset };
      selection.modify(event.shiftKey ? 'extend' : 'move', direction, mod ? WITH_MODIFIER[unit] : unit);
      if (!root.contains(selection.focusNode)) {
        // Moved past the text (into the header or the pane): stop at its edge instead.
        const { first, last } = textNodes(root);
        const edge = direction === 'backward' ? first : last;
        if (edge) {
          const at = direction === 'backward' ? 0 : edge.length;
          if (event.shiftKey && before.anchor && root.contains(before.anchor)) selection.setBaseAndExtent(before.anchor, before.anchorOffset, edge, at);
          else selection.collapse(edge, at);
        }
      }
      scrollFocusIntoView();
      return true;
    },
    [textRef, ensureInside, scrollFocusIntoView],
  );

  const onFocus = useCallback(() => {
    focused.current = true;
    ensureInside();
    measure();
  }, [measure, ensureInside]);

  const onBlur = useCallback(() => {
    focused.current = false;
    setRect(null);
  }, []);

  /** The caret's source offset, when the selection is a caret in the text. */
  const offset = useCallback((): number | null => {
    const root = textRef.current;
    const selection = document.getSelection();
    if (!root || !selection?.focusNode || !selection.isCollapsed) return null;
    return sourceOffsetOf(root, blocks, selection.focusNode, selection.focusOffset);
  }, [textRef, blocks]);

  return { rect, onKeyDown, onFocus, onBlur, offset, ensureInside };
}
