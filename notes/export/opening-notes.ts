// The notes of the cards a window shows first when it opens a notebook: the
// first annotations of its first source, in reading order. Main renders them
// with the one note renderer and hands them over with the notebook, so the
// window's first paint does not wait on Markdown: the first notes a page
// renders are slow, since every pattern of the Markdown parser is compiled then
// (about 100 ms of a 10k notebook's first render, a profile said). The window
// still sanitises each with its own DOMPurify, as it does every note.
import type { Notebook } from '../model/schema.ts';
import { renderNoteHtml } from './note-html.ts';

/** Enough cards to fill a tall pane, with its overscan. */
export const OPENING_CARDS = 40;

/** [Markdown, its HTML] for the notes of the first `cards` annotations of the first source, by where their quote starts. */
export function openingNotes(notebook: Notebook, cards = OPENING_CARDS): [markdown: string, html: string][] {
  const first = notebook.sources[0];
  if (!first) return [];
  // The recorded start stands in for where the quote anchors: the window renders any note this misses itself.
  const ofFirst = notebook.annotations.filter((a) => a.sourceId === first.id);
  ofFirst.sort((a, b) => a.target.position.start - b.target.position.start);
  const notes = new Set<string>();
  for (const a of ofFirst.slice(0, cards)) if (a.note.trim()) notes.add(a.note);
  return [...notes].map((markdown) => [markdown, renderNoteHtml(markdown)]);
}
