// DOM points in the reader ↔ source offsets. The reader's text element has one
// child per paragraph (`data-block`), whose text nodes together hold exactly
// the paragraph's text: one node for plain text, several for a Markdown
// paragraph (its markup in hidden elements, markdownRuns.ts).
import { toBlockRange, toSourceOffset, type Block } from './offsets.ts';

function blockElement(root: HTMLElement, index: number): HTMLElement | null {
  const el = root.children[index];
  return el instanceof HTMLElement && el.dataset.block === String(index) ? el : null;
}

/** The text node and offset in it at `offset` characters into the paragraph element. */
function textPoint(el: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const first = el.firstChild;
  if (first instanceof Text && !first.nextSibling) return { node: first, offset: Math.min(offset, first.length) };
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let before = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= before + node.length) return { node, offset: offset - before };
    before += node.length;
    last = node;
  }
  return last && { node: last, offset: last.length };
}

/** Characters of text in `el` before the DOM point (node, offset) inside it. */
function textBefore(el: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  let count = 0;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (t === node) return count + offset;
    if (!range.intersectsNode(t)) break;
    count += t.length;
  }
  return count;
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
  const startAt = from && textPoint(from, span.start.offset);
  const endAt = to && textPoint(to, span.end.offset);
  if (!startAt || !endAt) return null;
  return { startContainer: startAt.node, startOffset: startAt.offset, endContainer: endAt.node, endOffset: endAt.offset };
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
  if (node === el && el.childNodes.length <= 1) return offset === 0 ? blocks[index].start : blocks[index].end;
  if (node instanceof Text && node.parentNode === el && !node.previousSibling) return toSourceOffset(blocks, { index, offset });
  return toSourceOffset(blocks, { index, offset: textBefore(el, node, offset) });
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
