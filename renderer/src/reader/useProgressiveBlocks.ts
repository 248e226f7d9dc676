// A long source goes into the page in parts: its first screens before the
// first paint, the rest in parts right after it: the DOM and style of every
// paragraph of a long report would otherwise come before anything shows. Whatever needs a paragraph not yet in the
// page (focus, a pointer, a jump to a quote) puts the rest in at once.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { firstWhere } from '../../../notes/text/partition.ts';
import { inSlices } from '../state/slices.ts';
import type { Block } from './offsets.ts';

/** Text in the page before the first paint: a few screens (a screen shows ~2,000 characters). */
export const OPENING_CHARS = 16_000;
/** Text in each later part. */
export const PART_CHARS = 128_000;

/** How many paragraphs hold the text up to `chars` characters in (at least one, when there is one). */
export function blocksUpTo(blocks: readonly Block[], chars: number): number {
  if (blocks.length === 0) return 0;
  return Math.max(1, firstWhere(blocks.length, (i) => blocks[i]!.start >= chars));
}

/** Where each part ends (a paragraph index, exclusive): the opening screens, then PART_CHARS at a time. */
export function partsOf(blocks: readonly Block[]): number[] {
  const ends: number[] = [];
  let end = blocksUpTo(blocks, OPENING_CHARS);
  while (end > 0) {
    ends.push(end);
    if (end >= blocks.length) break;
    end = Math.max(end + 1, blocksUpTo(blocks, blocks[end]!.start + PART_CHARS));
  }
  return ends;
}

export interface ProgressiveBlocks {
  /** The ends of the parts in the page, in order: paragraphs [0, ends.at(-1)) are in. */
  ends: readonly number[];
  /** Paragraphs in the page. */
  count: number;
  /** Puts every paragraph in the page now. */
  complete(): void;
}

/** `painted`: the first part is on screen; the rest wait for it, so they never hold up the first paint. */
export function useProgressiveBlocks(blocks: readonly Block[], painted: boolean): ProgressiveBlocks {
  const parts = useMemo(() => partsOf(blocks), [blocks]);
  const [state, setState] = useState({ blocks, shown: 1 });
  let shown = state.shown;
  if (state.blocks !== blocks) {
    // Another text: its top first again.
    shown = 1;
    setState({ blocks, shown });
  }

  useEffect(() => {
    if (!painted || shown >= parts.length) return;
    const next = () => setState((s) => (s.blocks === blocks && s.shown === shown ? { blocks, shown: shown + 1 } : s));
    // The second part after the next frame; the others each in a task of its own, without waiting
    // for frames, so the text is whole before an analyst can type (an input waits one part at most).
    let stop = () => {};
    const post = () => {
      stop = inSlices(() => {
        next();
        return false;
      });
    };
    const frame = shown === 1 ? requestAnimationFrame(post) : 0;
    if (shown > 1) post();
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [blocks, parts, shown, painted]);

  const complete = useCallback(() => {
    setState((s) => (s.blocks === blocks && s.shown < parts.length ? { blocks, shown: parts.length } : s));
  }, [blocks, parts]);

  const ends = useMemo(() => parts.slice(0, shown), [parts, shown]);
  return { ends, count: ends.at(-1) ?? 0, complete };
}
