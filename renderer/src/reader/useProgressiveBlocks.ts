// A long source goes into the page in parts: its first screens before the
// first paint, the rest a slice per frame after it. Putting the ~1,700
// paragraphs of a 1 MB report in the page at once cost ~130 ms of DOM and
// style before anything showed. Whatever needs a paragraph not yet in the
// page (focus, a pointer, a jump to a quote) puts the rest in at once.
import { useCallback, useEffect, useState } from 'react';
import { firstWhere } from '../../../notes/text/partition.ts';
import type { Block } from './offsets.ts';

/** Text in the page before the first paint: a few screens (a screen shows ~2,000 characters). */
export const OPENING_CHARS = 16_000;
/** Text added per frame after it. */
export const SLICE_CHARS = 64_000;

/** How many paragraphs hold the text up to `chars` characters in (at least one, when there is one). */
export function blocksUpTo(blocks: readonly Block[], chars: number): number {
  if (blocks.length === 0) return 0;
  return Math.max(1, firstWhere(blocks.length, (i) => blocks[i]!.start >= chars));
}

export interface ProgressiveBlocks {
  /** Paragraphs [0, count) are in the page. */
  count: number;
  /** Puts every paragraph in the page now. */
  complete(): void;
}

export function useProgressiveBlocks(blocks: readonly Block[]): ProgressiveBlocks {
  const [state, setState] = useState(() => ({ blocks, count: blocksUpTo(blocks, OPENING_CHARS) }));
  let current = state;
  if (state.blocks !== blocks) {
    // Another text: its top first again.
    current = { blocks, count: blocksUpTo(blocks, OPENING_CHARS) };
    setState(current);
  }
  const { count } = current;

  useEffect(() => {
    if (count >= blocks.length) return;
    // After the next frame is painted, not before it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setState((s) => (s.blocks === blocks && s.count === count ? { blocks, count: Math.max(count + 1, blocksUpTo(blocks, blocks[count]!.start + SLICE_CHARS)) } : s));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [blocks, count]);

  const complete = useCallback(() => {
    setState((s) => (s.blocks === blocks && s.count < blocks.length ? { blocks, count: blocks.length } : s));
  }, [blocks]);

  return { count, complete };
}
