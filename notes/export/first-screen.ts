// What a window draws of a notebook before the app's script and the whole
// notebook have reached it: the top of the first source (the one the reader
// opens on), the highlights on it and what decides their colours. Main makes it
// once per state of the notebook, as it packs the notebook for the window; the
// window's first-screen script (renderer/src/opening/) draws it in the ~300 ms
// the app's 430 KB script and the 4 MB notebook take to arrive, and the app
// replaces it when its own reader is painted. Nothing in it is markup: the
// window puts every string in as text.
import { anchorAll } from '../anchoring/index.ts';
import type { Notebook, Source } from '../model/schema.ts';
import { paragraphs } from '../text/paragraphs.ts';

/** Text drawn: a few screens (a screen of the reader shows ~2,000 characters). */
export const FIRST_SCREEN_CHARS = 16_000;

export interface FirstScreenSpan {
  id: string;
  start: number;
  end: number;
  /** What the highlight's look is chosen by (renderer/src/reader/highlightStyles.ts): the claim's actor, else the first tag with a colour. */
  actorId?: string;
  tags: string[];
}

export interface FirstScreen {
  notebookTitle: string;
  source: Pick<Source, 'id' | 'title' | 'publisher' | 'published' | 'format'>;
  /**
   * The source's first paragraphs: up to FIRST_SCREEN_CHARS characters, and the rest of the paragraph that
   * crosses them (cut at twice as many characters).
   */
  text: string;
  /** The source's annotations, and how many of them anchored on its text. */
  annotations: number;
  anchored: number;
  /** The anchored annotations whose quote lies wholly in `text`, by where they start. */
  spans: FirstScreenSpan[];
  actors: { id: string; color: string }[];
  tags: { id: string; color: string }[];
}

/** The first screen of `notebook`, or null when its reader would open on no text. */
export function firstScreen(notebook: Notebook, chars = FIRST_SCREEN_CHARS): FirstScreen | null {
  const source = notebook.sources[0];
  if (!source) return null;
  const blocks = paragraphs(source.text);
  const last = blocks.findLast((b) => b.start < chars) ?? blocks[0];
  if (!last) return null;
  // A paragraph running far past the screens drawn (a text with no blank lines) is cut: the rest is out of sight.
  const text = source.text.slice(0, Math.min(last.end, 2 * chars));
  const ofSource = notebook.annotations.filter((a) => a.sourceId === source.id);
  const anchors = anchorAll(source.text, ofSource);
  let anchored = 0;
  const spans: FirstScreenSpan[] = [];
  for (const a of ofSource) {
    const at = anchors.get(a.id);
    if (!at || at.state === 'orphaned') continue;
    anchored++;
    if (at.end > text.length) continue;
    spans.push({ id: a.id, start: at.start, end: at.end, tags: a.tags, ...(a.claim ? { actorId: a.claim.actorId } : {}) });
  }
  spans.sort((x, y) => x.start - y.start);
  return {
    notebookTitle: notebook.title,
    source: { id: source.id, title: source.title, publisher: source.publisher, format: source.format, ...(source.published ? { published: source.published } : {}) },
    text,
    annotations: ofSource.length,
    anchored,
    spans,
    actors: notebook.actors.map((a) => ({ id: a.id, color: a.color })),
    tags: notebook.tags.map((t) => ({ id: t.id, color: t.color })),
  };
}
