// How the reader presents a source: its header's words and each paragraph's
// look.
import type { Source } from '../../../notes/model/schema.ts';
import { storedAsMarkdown } from '../../../notes/sources/format.ts';
import { dateBeside } from '../../../notes/text/direction.ts';
import type { Block } from './offsets.ts';
import { estimatedLines } from './spanWindow.ts';

/** Looks of a paragraph; its text is always exactly the source's. */
export function blockClass(text: string, format: Source['format'], index: number): string | undefined {
  if (storedAsMarkdown(format)) {
    const level = /^(#{1,6})\s/.exec(text)?.[1]?.length;
    return level ? `md-heading md-h${Math.min(level, 3)}` : undefined;
  }
  // A plain-text article usually opens with its headline: one short line without a full stop.
  if (index === 0 && text.length <= 160 && !text.includes('\n') && !/[.!?]["”’]?\s*$/.test(text)) return 'headline';
  return undefined;
}

/** About how many characters a line of the reader holds (68ch of the reading font): sizes paragraphs not yet laid out. */
const CHARS_PER_LINE = 72;

/** Estimated lines of a paragraph: its height until it is laid out. */
export const linesOf = (text: string, block: Block): number => estimatedLines(text.slice(block.start, block.end), CHARS_PER_LINE);

/** The title is shown above the text unless the text opens with it. */
export function headingClass(source: Pick<Source, 'title'>, text: string, first: Block | undefined): string {
  return first && text.slice(first.start, first.end).trim() === source.title.trim() ? 'visually-hidden' : 'source-heading';
}

/** The byline before its "New version…" button: publisher, date and how many annotations. */
export function bylineOf(source: Pick<Source, 'publisher' | 'published'>, annotations: number): string {
  // Beside an Arabic publisher a date would read backwards (notes/text/direction.ts).
  const date = source.published && dateBeside(source.publisher, source.published);
  const where = [source.publisher, date].filter(Boolean).join(' · ');
  return `${where}${where ? ' · ' : ''}${annotations} annotation${annotations === 1 ? '' : 's'}`;
}

export const READER_HELP =
  'Select text (mouse, or Shift+arrow keys), then choose Highlight, Note or Tag claim — or press Enter for the toolbar. Click a highlight to see its card.';
export const READER_HELP_READ_ONLY = 'Read-only. Click a highlight to see its card.';
