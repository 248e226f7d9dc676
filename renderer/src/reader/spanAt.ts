// Which annotation a click in the reader lands on.

export interface AnchoredSpan {
  id: string;
  start: number;
  end: number;
}

/** The innermost (shortest) span covering the character at `offset`, so a claim inside a highlight stays reachable. */
export function spanAt<T extends AnchoredSpan>(spans: Iterable<T>, offset: number): T | null {
  let best: T | null = null;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end && (!best || span.end - span.start < best.end - best.start)) best = span;
  }
  return best;
}
