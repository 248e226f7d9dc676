// Small wording helpers shared by the commands' text output.
import type { AnchorState } from '../anchoring/index.ts';
import type { Notebook, Source } from '../model/schema.ts';
import { markedQuote } from '../text/nested.ts';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Spacing runs (line breaks, NBSP) flattened, cut to `max` characters with an ellipsis. */
export function shortText(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The words, shortened, in quotation marks (see markedQuote). */
export function quoted(text: string, max = 80): string {
  return markedQuote(shortText(text, max));
}

/** "exact", "moved", "fuzzy (3 errors)", "orphaned". */
export function stateLabel(state: AnchorState, errors?: number): string {
  return state === 'fuzzy' ? `fuzzy (${plural(errors ?? 0, 'error')})` : state;
}

export function sourceLabel(source: Source): string {
  return `${source.id} ${quoted(source.title, 60)}`;
}

/** "src-a (“Title”), src-b (“Other”)", at most `max` of them. */
export function listSources(nb: Notebook, max = 5): string {
  const shown = nb.sources.slice(0, max).map((s) => `${s.id} (${quoted(s.title, 40)})`);
  if (nb.sources.length > max) shown.push(`and ${nb.sources.length - max} more`);
  return shown.join(', ');
}

export function grades(reliability: string, credibility: string): string {
  return `${reliability}${credibility}`;
}
