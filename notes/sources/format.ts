// How a source's stored text is to be read, by what it was imported from.
// Light on purpose: the window imports it (the importers live apart, in
// notes/sources/import/). A web page or a Word file is kept as Markdown blocks
// (headings, quotes, list items) so the reader can show their structure;
// anchoring is always on the stored text, whatever the reader shows.
import type { Source } from '../model/schema.ts';

/** True when the reader should render the text as Markdown rather than as plain paragraphs. */
export function storedAsMarkdown(format: Source['format']): boolean {
  return format === 'markdown' || format === 'html' || format === 'docx';
}

/** What the source was imported from, as the analyst calls it. */
export const FORMAT_NAMES: Record<Source['format'], string> = {
  text: 'Text',
  markdown: 'Markdown',
  html: 'Web page',
  pdf: 'PDF',
  docx: 'Word document',
};
