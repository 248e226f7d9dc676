// Annotations as CSV (RFC 4180): one row per annotation, CRLF line ends, fields
// quoted when they hold a comma, a quote or a line break, quotes doubled.
//
// Spreadsheet formula injection: Excel, LibreOffice and Google Sheets run a
// cell that starts with = + - @ (or a tab / carriage return, which some of them
// strip before looking) as a formula, and a quote or note from an untrusted
// article could carry one ("=HYPERLINK(…)"). Such cells get a leading single
// quote, the usual neutraliser: spreadsheets show the text, and a reader of the
// raw file can still see what was written.
import type { Notebook } from '../model/schema.ts';
import { pageAt } from '../text/pages.ts';
import { paragraphLocator } from '../text/paragraphs.ts';

export const CSV_COLUMNS = [
  'source',
  'quote',
  'note',
  'tags',
  'actor',
  'question',
  'position',
  'cue',
  'relations',
  'reliability',
  'credibility',
  'created',
  'paragraph',
  'page',
  'annotation id',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV text, starting with a byte order mark so that Excel reads it as
 * UTF-8 (without one it mangles curly quotes and accents); RFC 4180 readers
 * that do not expect it see it as part of the first header name.
 */
export function annotationsToCsv(nb: Notebook): string {
  const sources = new Map(nb.sources.map((s) => [s.id, s]));
  const actors = new Map(nb.actors.map((a) => [a.id, a.name]));
  const questions = new Map(nb.questions.map((q) => [q.id, q.text]));
  const tags = new Map(nb.tags.map((t) => [t.id, t.label]));
  // One locator per source: annotations of several sources interleave.
  const locators = new Map<string, (offset: number) => number>();
  const paragraph = (sourceId: string, text: string, offset: number) => {
    let locate = locators.get(sourceId);
    if (!locate) locators.set(sourceId, (locate = paragraphLocator(text)));
    return locate(offset);
  };
  const relationsOf = relationsCell(nb);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const a of nb.annotations) {
    const source = sources.get(a.sourceId);
    const c = a.claim;
    rows.push([
      source?.title ?? a.sourceId,
      a.target.quote.exact,
      a.note,
      a.tags.map((t) => tags.get(t) ?? t).join('; '),
      c ? (actors.get(c.actorId) ?? c.actorId) : '',
      c ? (questions.get(c.questionId) ?? c.questionId) : '',
      c?.position ?? '',
      c?.cue ?? '',
      relationsOf(a.id),
      c?.reliability ?? '',
      c?.credibility ?? '',
      a.createdAt,
      source ? String(paragraph(source.id, source.text, a.target.position.start)) : '',
      // Empty for a source without pages (anything but a PDF).
      source?.pages ? String(pageAt(source.pages, a.target.position.start)) : '',
      a.id,
    ]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One cell per annotation naming its links, both ways, by the other
 * annotation's id (a column of the same file): "supports ann-2; ann-7 qualifies this".
 */
function relationsCell(nb: Notebook): (annotationId: string) => string {
  const words = new Map<string, string[]>();
  const add = (id: string, text: string) => {
    const list = words.get(id);
    if (list) list.push(text);
    else words.set(id, [text]);
  };
  for (const r of nb.relations) {
    add(r.from, `${r.kind} ${r.to}`);
    add(r.to, `${r.from} ${r.kind} this`);
  }
  return (id) => words.get(id)?.join('; ') ?? '';
}
