// The reader shows each paragraph of the source as one element holding one
// text node with exactly the paragraph's text, so a DOM point is (paragraph,
// offset in its text) and the source offset is paragraph start + offset. The
// blank lines between paragraphs are not shown; offsets that fall there snap
// to the nearest shown text.
import { firstWhere } from '../../../notes/text/partition.ts';

export interface Block {
  start: number;
  end: number;
}

export interface BlockPoint {
  /** Index of the paragraph. */
  index: number;
  /** UTF-16 offset inside the paragraph's text. */
  offset: number;
}

/** Index of the last block starting at or before `offset` (-1 when before the first). */
function blockBefore(blocks: readonly Block[], offset: number): number {
  return firstWhere(blocks.length, (i) => blocks[i]!.start > offset) - 1;
}

/**
 * Where a source offset is shown. An offset between paragraphs snaps forward to
 * the next paragraph's start when it begins a range (`'start'`), back to the
 * previous paragraph's end when it ends one (`'end'`).
 */
export function toBlockPoint(blocks: readonly Block[], offset: number, bias: 'start' | 'end'): BlockPoint | null {
  if (blocks.length === 0) return null;
  const i = blockBefore(blocks, offset);
  const block = i >= 0 ? blocks[i]! : undefined;
  if (block && offset <= block.end) {
    // Nothing is shown after a paragraph's last character or before its first:
    // a range starting at a paragraph's end begins with the next one, a range
    // ending at a paragraph's start ends with the previous one.
    const next = blocks[i + 1];
    const prev = blocks[i - 1];
    if (bias === 'start' && offset === block.end && next) return { index: i + 1, offset: 0 };
    if (bias === 'end' && offset === block.start && prev) return { index: i - 1, offset: prev.end - prev.start };
    return { index: i, offset: offset - block.start };
  }
  if (bias === 'start') {
    const next = blocks[i + 1];
    return next ? { index: i + 1, offset: 0 } : null;
  }
  return block ? { index: i, offset: block.end - block.start } : null;
}

/** The source offset of a point inside a paragraph (clamped to the paragraph). */
export function toSourceOffset(blocks: readonly Block[], point: BlockPoint): number {
  const block = blocks[point.index];
  if (!block) throw new RangeError(`no paragraph ${point.index}`);
  return block.start + Math.max(0, Math.min(point.offset, block.end - block.start));
}

/** A source range as paragraph points, or null when no shown text lies in it. */
export function toBlockRange(blocks: readonly Block[], start: number, end: number): { start: BlockPoint; end: BlockPoint } | null {
  const from = toBlockPoint(blocks, start, 'start');
  const to = toBlockPoint(blocks, end, 'end');
  if (!from || !to) return null;
  if (to.index < from.index || (to.index === from.index && to.offset <= from.offset)) return null;
  return { start: from, end: to };
}
