// What kind of claim a span is: a direct quote, a mixed one (a paraphrase
// holding a quoted fragment), or indirect speech.
import type { Quote } from './quotes.ts';
import { trimSpan, type Span } from './span.ts';
import { TRAILING } from './draft.ts';

export type ClaimKind = 'direct' | 'mixed' | 'indirect';

/** Direct when it opens and closes with a quote (a split quote too), mixed when it holds a quoted fragment, else indirect. */
export function kindOf(text: string, content: Span, quotes: readonly Quote[]): ClaimKind {
  const inside = quotesWithin(quotes, content);
  if (inside.length === 0) return 'indirect';
  const bare = trimSpan(text, content, TRAILING);
  const opens = inside.some((q) => q.start <= bare.start);
  const closes = inside.some((q) => q.end >= bare.end);
  return opens && closes ? 'direct' : 'mixed';
}

/** The quotes overlapping `s`, found by binary search (a source may hold thousands). */
function quotesWithin(quotes: readonly Quote[], s: Span): Quote[] {
  const out: Quote[] = [];
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < quotes.length && quotes[i]!.start < s.end; i++) out.push(quotes[i]!);
  return out;
}
