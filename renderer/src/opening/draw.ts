// The first screen: the app's shell with the top of the first source and its
// highlights, drawn from main's FirstScreen (notes/export/first-screen.ts) with
// the reader's own classes and words, so its text lies exactly where the app's
// reader will put it. A picture of the app for the few hundred milliseconds
// until the app replaces it (handover.ts): inert and hidden from assistive
// technology, which hears the app's "Opening notebook…" meanwhile. Every
// string goes in as text.
import type { FirstScreen } from '../../../notes/export/first-screen.ts';
import { paragraphs } from '../../../notes/text/paragraphs.ts';
import { staticRangesFor } from '../reader/dom.ts';
import { GROUP_PREFIX, groupHighlights, highlightCss } from '../reader/highlightStyles.ts';
import { paintGroups, setHighlightCss } from '../reader/paint.ts';
import { markPainted } from '../reader/painted.ts';
import { blockClass, bylineOf, headingClass, linesOf, READER_HELP } from '../reader/textLook.ts';
import { FIRST_SCREEN_CLASS } from './handover.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className: string, text: string): HTMLButtonElement {
  const node = el('button', className, text);
  node.type = 'button';
  return node;
}

/** The reader's header and text, as SourceReader renders them. */
function readerPage(screen: FirstScreen, blocks: ReturnType<typeof paragraphs>): { page: HTMLElement; text: HTMLElement } {
  const { source, text } = screen;
  const byline = el('p', 'source-byline', `${bylineOf(source, screen.annotations)} · `);
  byline.append(button('link-button source-revise', 'New version…'));
  const header = el('header', 'source-header');
  header.append(el('h2', headingClass(source, text, blocks[0]), source.title), byline, el('p', 'reader-help', READER_HELP));
  const article = el('article', 'reader-text');
  blocks.forEach((block, i) => {
    const content = text.slice(block.start, block.end);
    const p = el('p', blockClass(content, source.format, i), content);
    p.dataset.block = String(i);
    p.style.setProperty('--lines', String(linesOf(text, block)));
    article.append(p);
  });
  const page = el('div', 'reader-page');
  page.append(header, article);
  return { page, text: article };
}

/** Draws the first screen over the page and marks when its highlights are painted. */
export function drawFirstScreen(screen: FirstScreen): void {
  const blocks = paragraphs(screen.text);
  const { page, text } = readerPage(screen, blocks);
  const title = el('h1', 'notebook-title');
  title.append(button('title-button', screen.notebookTitle));
  const top = el('header', 'topbar');
  top.append(title);
  const scroll = el('div', 'reader-scroll');
  scroll.append(page);
  const reader = el('main', 'reader-column');
  reader.append(scroll);
  const columns = el('div', 'columns');
  columns.append(el('nav', 'sources'), reader, el('aside', 'pane'));
  const shell = el('div', `app ${FIRST_SCREEN_CLASS}`);
  shell.inert = true;
  shell.setAttribute('aria-hidden', 'true');
  shell.append(top, el('div', 'notice-slot'), columns);
  document.body.append(shell);

  // The same groups and colours as the reader's (highlightStyles.ts); every one of its spans is registered.
  const spans = new Map(screen.spans.map((s) => [s.id, { id: s.id, start: s.start, end: s.end }]));
  const looked = screen.spans.map((s) => ({ id: s.id, tags: s.tags, ...(s.actorId ? { claim: { actorId: s.actorId } } : {}) }));
  const groups = groupHighlights(looked, spans, screen);
  let registered = 0;
  const painted = new Map<string, StaticRange[]>();
  for (const group of groups) {
    const ranges = staticRangesFor(text, blocks, group.spans);
    registered += ranges.length;
    painted.set(group.name, ranges);
  }
  setHighlightCss(highlightCss(groups));
  paintGroups(GROUP_PREFIX, painted);
  markPainted({ sourceId: screen.source.id, anchored: screen.anchored, registered, by: 'first-screen' });
}
