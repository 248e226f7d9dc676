// The paragraphs of the reader that are on screen or within a screen of it,
// as a window [from, to) of paragraph indices. Recomputed once per frame
// after a scroll or a resize (and before the first paint) by binary search over the paragraphs' boxes
// (about 2 × 11 reads of a clean layout), rather than by an
// IntersectionObserver on every paragraph: with thousands of paragraphs that
// observer costs several milliseconds in every frame, keystrokes included.
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Block } from './offsets.ts';
import { firstWhere } from '../../../notes/text/partition.ts';
import { openingWindow, widen, type BlockWindow } from './spanWindow.ts';

/** Text registered beyond the measured window on each side, whatever the layout says (a screen is ~2,000). */
const MARGIN_CHARS = 4_000;

/** Index of the first paragraph whose box ends below `y` (viewport coordinates). */
function firstEndingBelow(items: HTMLCollection, count: number, y: number): number {
  return firstWhere(count, (i) => items[i]!.getBoundingClientRect().bottom > y);
}

export function visibleWindow(root: HTMLElement, scroller: HTMLElement, count: number): BlockWindow | null {
  const items = root.children;
  const n = Math.min(count, items.length);
  if (n === 0) return null;
  const view = scroller.getBoundingClientRect();
  // A screen above and below: a highlight is registered before it scrolls into view.
  const from = firstEndingBelow(items, n, view.top - view.height);
  const to = Math.min(n, firstEndingBelow(items, n, view.bottom + view.height) + 1);
  return { from: Math.min(from, Math.max(0, to - 1)), to };
}

/** The window, and whether it was measured on the laid-out page (not the first guess made before layout). */
export type ShownBlocks = BlockWindow & { measured: boolean };

const guess = (blocks: readonly Block[]): ShownBlocks => ({ ...openingWindow(blocks), measured: false });

export function useVisibleBlocks(textRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>, blocks: readonly Block[]): ShownBlocks {
  const [shown, setShown] = useState<ShownBlocks>(() => guess(blocks));
  const [seenBlocks, setSeenBlocks] = useState(blocks);
  if (seenBlocks !== blocks) {
    // A new text starts at its top.
    setSeenBlocks(blocks);
    setShown(guess(blocks));
  }

  useLayoutEffect(() => {
    const root = textRef.current;
    const scroller = scrollRef.current;
    if (!root || !scroller) return;
    const measure = () => {
      const measured = visibleWindow(root, scroller, blocks.length);
      const next = measured && widen(blocks, measured, MARGIN_CHARS);
      if (next) setShown((w) => (w.measured && w.from === next.from && w.to === next.to ? w : { ...next, measured: true }));
    };
    // Measured before the first frame is painted (the page is laid out for it anyway), so the text and
    // its highlights appear in the same frame, not the text a frame or two before its highlights.
    measure();
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    scroller.addEventListener('scroll', schedule, { passive: true });
    // The scroller resized (window, panes), or paragraphs took their real heights.
    const resized = new ResizeObserver(schedule);
    resized.observe(scroller);
    resized.observe(root);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      resized.disconnect();
    };
  }, [textRef, scrollRef, blocks]);

  return shown;
}
