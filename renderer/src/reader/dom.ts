// DOM points in the reader ↔ source offsets. The reader's text element has one
// child per paragraph (`data-block`), each holding one text node.
import { toBlockRange, toSourceOffset, type Block } from './offsets.ts';

function blockElement(root: HTMLElement, index: number): HTMLElement | null {
  const el = root.children[index];
  return el instanceof HTMLElement && el.dataset.block === String(index) ? el : null;
}

function textNodeOf(el: HTMLElement): Text | null {
  const node = el.firstChild;
  return node instanceof Text ? node : null;
}

interface Bounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

function boundsFor(root: HTMLElement, blocks: readonly Block[], start: number, end: number): Bounds | null {
  const span = toBlockRange(blocks, start, end);
  if (!span) return null;
  const from = blockElement(root, span.start.index);
  const to = blockElement(root, span.end.index);
  const fromText = from && textNodeOf(from);
  const toText = to && textNodeOf(to);
  if (!fromText || !toText) return null;
  return {
    startContainer: fromText,
    startOffset: Math.min(span.start.offset, fromText.length),
    endContainer: toText,
    endOffset: Math.min(span.end.offset, toText.length),
  };
}

/** A live DOM Range over source offsets [start, end), or null when nothing shown lies there. */
export function rangeFor(root: HTMLElement, blocks: readonly Block[], start: number, end: number): Range | null {
  const b = boundsFor(root, blocks, start, end);
  if (!b) return null;
  const range = document.createRange();
  range.setStart(b.startContainer, b.startOffset);
  range.setEnd(b.endContainer, b.endOffset);
  return range;
}

/**
 * The same as a StaticRange, for highlights. Live Ranges are updated by the
 * browser on every DOM change anywhere in the page, which with thousands of
 * annotations makes each keystroke slow; the reader's text nodes never change
 * while shown, so static ranges stay right.
 */
export function staticRangeFor(root: HTMLElement, blocks: readonly Block[], start: number, end: number): StaticRange | null {
  const b = boundsFor(root, blocks, start, end);
  return b && new StaticRange(b);
}

/** Static ranges over `spans` (those whose paragraphs are in the page). */
export function staticRangesFor(root: HTMLElement, blocks: readonly Block[], spans: Iterable<{ start: number; end: number }>): StaticRange[] {
  const ranges: StaticRange[] = [];
  for (const s of spans) {
    const range = staticRangeFor(root, blocks, s.start, s.end);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** The source offset of a DOM point inside the reader's text, or null when it is elsewhere. */
export function sourceOffsetOf(root: HTMLElement, blocks: readonly Block[], node: Node, offset: number): number | null {
  if (blocks.length === 0) return null;
  if (node === root) {
    if (offset >= root.children.length) return blocks.at(-1)!.end;
    return blocks[offset]?.start ?? null;
  }
  if (!root.contains(node)) return null;
  const el = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-block]');
  if (!el || !root.contains(el)) return null;
  const index = Number(el.dataset.block);
  if (!Number.isInteger(index) || !blocks[index]) return null;
  if (node === el) return offset === 0 ? blocks[index].start : blocks[index].end;
  return toSourceOffset(blocks, { index, offset });
}

/**
 * The part of a DOM range that lies in the reader's text, as source offsets
 * with surrounding whitespace trimmed (a drag often takes a space along).
 */
export function sourceRangeOf(root: HTMLElement, blocks: readonly Block[], text: string, range: Range): { start: number; end: number } | null {
  if (range.collapsed || blocks.length === 0 || !range.intersectsNode(root)) return null;
  const first = blocks[0]!.start;
  const last = blocks.at(-1)!.end;
  const startsInside = root.contains(range.startContainer);
  const endsInside = root.contains(range.endContainer);
  let start = startsInside ? sourceOffsetOf(root, blocks, range.startContainer, range.startOffset) : first;
  let end = endsInside ? sourceOffsetOf(root, blocks, range.endContainer, range.endOffset) : last;
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The source offset under a screen point, or null when the point is not over the text. */
export function sourceOffsetAtPoint(root: HTMLElement, blocks: readonly Block[], x: number, y: number): number | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const pos = document.caretPositionFromPoint(x, y);
    return pos ? sourceOffsetOf(root, blocks, pos.offsetNode, pos.offset) : null;
  }
  const range = document.caretRangeFromPoint(x, y);
  return range ? sourceOffsetOf(root, blocks, range.startContainer, range.startOffset) : null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** The source offset of the character under a screen point (not the caret gap nearest to it). */
export function sourceCharAtPoint(root: HTMLElement, blocks: readonly Block[], x: number, y: number): number | null {
  const at = sourceOffsetAtPoint(root, blocks, x, y);
  if (at === null) return null;
  for (const candidate of [at, at - 1]) {
    if (candidate < 0) continue;
    const range = rangeFor(root, blocks, candidate, candidate + 1);
    if (range && [...range.getClientRects()].some((r) => contains(r, x, y))) return candidate;
  }
  return null;
}

/** Scrolls `container` so the range is comfortably in view (a third from the top), unless it already is. */
export function scrollRangeIntoView(container: HTMLElement, range: Range): void {
  const r = range.getBoundingClientRect();
  const c = container.getBoundingClientRect();
  if (r.top >= c.top + 24 && r.bottom <= c.bottom - 24) return;
  container.scrollTop += r.top - c.top - c.height / 3;
}
