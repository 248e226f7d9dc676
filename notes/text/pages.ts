// Page numbers of a paged source (a PDF), for citations ("p. 3"). Source.pages
// holds the offset where each page starts; page n starts at pages[n-1].
import { firstWhere } from './partition.ts';

/** The 1-based page an offset falls on, or 0 for a source without pages. */
export function pageAt(pages: readonly number[] | undefined, offset: number): number {
  if (!pages || pages.length === 0) return 0;
  return Math.max(1, firstWhere(pages.length, (i) => pages[i]! > offset));
}
