// Spans are UTF-16 offsets into the source's text, end exclusive: the same
// units as the notebook's TextPositionSelector.
export interface Span {
  start: number;
  end: number;
}

export const span = (start: number, end: number): Span => ({ start, end });

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The span without the spacing at either edge (and without any of `extra`). */
export function trimSpan(text: string, s: Span, extra = ''): Span {
  let { start, end } = s;
  const skip = (c: string | undefined) => c !== undefined && (/\s/.test(c) || extra.includes(c));
  while (start < end && skip(text[start])) start++;
  while (end > start && skip(text[end - 1])) end--;
  return { start, end };
}
