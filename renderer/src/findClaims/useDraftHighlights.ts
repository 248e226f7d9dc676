// The finder's suggestions drawn over the reader's text as drafts (a dashed
// underline, unlike a confirmed claim's solid one), the focused suggestion
// stronger, and scrolled into view when the queue moves to it. Like the
// annotations, only the drafts near the screen are registered.
import { useEffect, useLayoutEffect, useMemo, type RefObject } from 'react';
import type { Block } from '../reader/offsets.ts';
import { rangeFor, scrollRangeIntoView, staticRangesFor } from '../reader/dom.ts';
import { setHighlight } from '../reader/highlightRegistry.ts';
import { indexSpans, spansIn, windowOffsets, type BlockWindow } from '../reader/spanWindow.ts';
import { keyOf } from './acceptPlan.ts';
import { useFindClaims } from './FindClaimsProvider.tsx';

export const DRAFT_HIGHLIGHT = 'rn-draft';
export const DRAFT_FOCUS_HIGHLIGHT = 'rn-draft-focus';

interface Reader {
  sourceId: string;
  textRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  blocks: readonly Block[];
  shown: BlockWindow;
  /** Paragraphs in the page so far; ranges can only be drawn over those. */
  inPage: number;
  completeText(): void;
}

export function useDraftHighlights({ sourceId, textRef, scrollRef, blocks, shown, inPage, completeText }: Reader): void {
  const { review, open, focusKey } = useFindClaims();
  const mine = review?.sourceId === sourceId ? open : null;
  const index = useMemo(() => indexSpans((mine ?? []).map((s) => ({ id: keyOf(s), start: s.content.start, end: s.content.end }))), [mine]);
  const focused = mine?.find((s) => keyOf(s) === focusKey);

  useLayoutEffect(() => {
    const root = textRef.current;
    const span = windowOffsets(blocks, shown);
    setHighlight(DRAFT_HIGHLIGHT, root && span ? staticRangesFor(root, blocks, spansIn(index, span.start, span.end)) : []);
  }, [index, blocks, shown, inPage, textRef]);

  // The focused draft: the whole text enters the page first, so a suggestion far down can be reached.
  const far = focused !== undefined && inPage < blocks.length;
  useEffect(() => {
    if (far) completeText();
  }, [far, completeText]);
  useLayoutEffect(() => {
    const root = textRef.current;
    const range = root && focused && inPage >= blocks.length ? rangeFor(root, blocks, focused.content.start, focused.content.end) : null;
    setHighlight(DRAFT_FOCUS_HIGHLIGHT, range ? [range] : []);
    if (range && scrollRef.current) scrollRangeIntoView(scrollRef.current, range);
  }, [focused, inPage, blocks, textRef, scrollRef]);

  useLayoutEffect(
    () => () => {
      setHighlight(DRAFT_HIGHLIGHT, []);
      setHighlight(DRAFT_FOCUS_HIGHLIGHT, []);
    },
    [],
  );
}
