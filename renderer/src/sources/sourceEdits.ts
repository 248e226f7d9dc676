// What a field of the source details form turns into: a source.update patch,
// or one line saying what is wrong. The same limits as the schema, without it.
import type { SourcePatch } from '../../../notes/model/operation.ts';
import { lengthProblem } from '../../../notes/model/limits.ts';
import { TITLE_MAX_CHARS } from '../../../notes/model/vocabulary.ts';

export type DetailField = 'title' | 'publisher' | 'author' | 'published' | 'url';

export const PUBLISHED_MAX_CHARS = 40;

/** Why `text` is not a web address the notebook keeps (http or https only), or undefined. */
export function urlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'That is not a web address — paste the full address, starting with https://.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `Only http and https addresses are kept (this one is ${url.protocol.slice(0, -1)}:) — paste the page's https:// address.`;
  return undefined;
}

export function detailPatch(field: DetailField, typed: string): { patch: SourcePatch } | { problem: string } {
  const text = typed.trim();
  if (field === 'title') {
    if (!text) return { problem: 'A source needs a title.' };
    const long = lengthProblem('a title', text, TITLE_MAX_CHARS);
    return long ? { problem: `${long[0]!.toUpperCase()}${long.slice(1)}.` } : { patch: { title: text } };
  }
  if (field === 'publisher') {
    const long = lengthProblem('a publisher', text, TITLE_MAX_CHARS);
    return long ? { problem: `${long[0]!.toUpperCase()}${long.slice(1)}.` } : { patch: { publisher: text } };
  }
  if (!text) return { patch: { [field]: null } };
  const max = field === 'published' ? PUBLISHED_MAX_CHARS : TITLE_MAX_CHARS;
  const long = field === 'url' ? undefined : lengthProblem(`the ${field === 'author' ? 'author' : 'date'}`, text, max);
  if (long) return { problem: `${long[0]!.toUpperCase()}${long.slice(1)}.` };
  if (field === 'url') {
    const problem = urlProblem(text);
    if (problem) return { problem };
  }
  return { patch: { [field]: text } };
}
