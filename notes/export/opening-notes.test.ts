import { describe, expect, it } from 'vitest';
import { describe as describeQuote } from '../anchoring/describe.ts';
import type { Annotation, Notebook } from '../model/schema.ts';
import { sampleNotebook } from '../samples/sample.ts';
import { renderNoteHtml } from './note-html.ts';
import { openingNotes } from './opening-notes.ts';

const at = '2024-05-01T09:00:00.000Z';

function notebookWith(notes: { start: number; note: string; sourceId?: string }[]): Notebook {
  const nb = sampleNotebook(at);
  const text = nb.sources[0]!.text;
  const other = { ...nb.sources[0]!, id: 'src-other', title: 'Other' };
  const annotations = notes.map(({ start, note, sourceId }, i): Annotation => ({
    id: `an-${i}`,
    sourceId: sourceId ?? nb.sources[0]!.id,
    target: describeQuote(text, start, start + 10),
    note,
    tags: [],
    createdAt: at,
    updatedAt: at,
  }));
  return { ...nb, sources: [nb.sources[0]!, other], annotations };
}

describe('the notes of the first cards, rendered for the window', () => {
  it('renders the notes of the first annotations of the first source, in reading order, with the one note renderer', () => {
    const nb = notebookWith([
      { start: 300, note: 'third **card**' },
      { start: 10, note: 'first: *Baghdad* says end' },
      { start: 200, note: '' },
      { start: 100, note: '- a list\n- of two' },
      { start: 20, note: 'another source', sourceId: 'src-other' },
    ]);
    expect(openingNotes(nb, 3)).toEqual([
      ['first: *Baghdad* says end', renderNoteHtml('first: *Baghdad* says end')],
      ['- a list\n- of two', renderNoteHtml('- a list\n- of two')],
    ]);
    expect(openingNotes(nb, 4).map(([markdown]) => markdown)).toEqual(['first: *Baghdad* says end', '- a list\n- of two', 'third **card**']);
  });

  it('gives each note once, and nothing for a notebook with no source', () => {
    const nb = notebookWith([
      { start: 10, note: 'same' },
      { start: 40, note: 'same' },
    ]);
    expect(openingNotes(nb)).toEqual([['same', renderNoteHtml('same')]]);
    expect(openingNotes({ ...nb, sources: [], annotations: [] })).toEqual([]);
  });
});
