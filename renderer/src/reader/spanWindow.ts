// Which highlights to register: only those over the paragraphs on screen (and
// a screen either side). Chromium re-checks every registered highlight range
// after any DOM change in the page, so 10,000 registered ranges cost hundreds
// of milliseconds per keystroke anywhere in the window; the few dozen in view
// cost nothing. Spans are sorted once per change of the highlights, then each
// scroll step is two binary searches.
import type { AnchoredSpan } from './spanAt.ts';
import type { Block } from './offsets.ts';
import { firstWhere } from '../../../notes/text/partition.ts';

export interface SpanIndex {
  /** By start offset. */
  spans: readonly AnchoredSpan[];
  /** The longest span: a span ending inside a window starts at most this far before it. */
  longest: number;
}

export function indexSpans(spans: Iterable<AnchoredSpan>): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  let longest = 0;
  for (const s of sorted) longest = Math.max(longest, s.end - s.start);
  return { spans: sorted, longest };
}

/** The spans that overlap source offsets [start, end). */
export function spansIn(index: SpanIndex, start: number, end: number): AnchoredSpan[] {
  const out: AnchoredSpan[] = [];
  const { spans } = index;
  const from = start - index.longest;
  for (let i = firstWhere(spans.length, (k) => spans[k]!.start >= from); i < spans.length && spans[i]!.start < end; i++) {
    const span = spans[i]!;
    if (span.end > start) out.push(span);
  }
  return out;
}

/** Paragraphs [from, to) of the reader, as the range of source offsets they show. */
export interface BlockWindow {
  from: number;
  to: number;
}

export function windowOffsets(blocks: readonly Block[], window: BlockWindow): { start: number; end: number } | null {
  const first = blocks[Math.max(0, window.from)];
  const last = blocks[Math.min(blocks.length, window.to) - 1];
  return first && last && window.to > window.from ? { start: first.start, end: last.end } : null;
}

/**
 * Widens a window to hold at least `chars` characters of text either side of
 * it. Paragraphs not laid out yet have estimated heights, so a window found
 * by pixels can fall short; and a short article is then registered whole.
 */
export function widen(blocks: readonly Block[], window: BlockWindow, chars: number): BlockWindow {
  let { from, to } = window;
  if (blocks.length === 0 || to <= from) return window;
  const start = blocks[from]!.start - chars;
  const end = blocks[to - 1]!.end + chars;
  while (from > 0 && blocks[from - 1]!.end > start) from--;
  while (to < blocks.length && blocks[to]!.start < end) to++;
  return { from, to };
}

/** Characters a reader's first screens are assumed to show before layout says which paragraphs are in view. */
const FIRST_SCREENS_CHARS = 12_000;

/** The paragraphs at the top of the text: what the reader shows when a source opens. */
export function openingWindow(blocks: readonly Block[]): BlockWindow {
  let to = 0;
  const limit = (blocks[0]?.start ?? 0) + FIRST_SCREENS_CHARS;
  while (to < blocks.length && blocks[to]!.start < limit) to++;
  return { from: 0, to };
}

/** Lines a paragraph takes at about `perLine` characters a line: its size before it is laid out. */
export function estimatedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / perLine));
  return lines;
}
