// Notes are the analyst's Markdown, but they may hold text pasted from
// anywhere. The core renders them (`renderNoteHtml`, already sanitised) and
// the renderer sanitises again with its own DOMPurify: belt and braces, since
// this HTML goes into the app's own DOM. Links keep only http(s)/mailto
// targets and are opened by main, never in the app; images only as data: URLs
// (nothing a note holds may make a request).
import createDOMPurify from 'dompurify';
// The note renderer alone: the export index would also bring the Word library into the app bundle.
import { renderNoteHtml } from '../../../notes/export/note-html.ts';

const purify = createDOMPurify(window);

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'sub', 'sup', 'small',
  'code', 'pre', 'kbd', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'span', 'input',
];
const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'colspan', 'rowspan', 'align', 'type', 'checked', 'disabled'];

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!/^(https?:|mailto:)/i.test(href.trim())) node.removeAttribute('href');
    node.setAttribute('rel', 'noopener noreferrer');
    node.removeAttribute('target');
  } else if (node.tagName === 'IMG') {
    const src = node.getAttribute('src') ?? '';
    if (!/^data:image\/(png|gif|jpe?g|webp);/i.test(src.trim())) node.removeAttribute('src');
  } else if (node.tagName === 'INPUT') {
    // Task-list checkboxes only, and inert.
    if (node.getAttribute('type') !== 'checkbox') node.remove();
    else node.setAttribute('disabled', '');
  }
});

// Set once: a config passed to each sanitize() call is parsed again every time (its lists made into
// sets), which was most of sanitizing a short note.
purify.setConfig({ ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false });

export function sanitize(html: string): string {
  return purify.sanitize(html);
}

/**
 * Notes rendered, by their Markdown: a card scrolled or searched into view
 * shows its note without running Markdown again. The app renders every
 * note in idle time after opening (`prepareNotes`); the oldest go first once
 * there are more than a large notebook holds.
 */
const rendered = new Map<string, string>();
const KEEP = 20_000;

export function safeNoteHtml(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = sanitize(renderNoteHtml(markdown));
    if (rendered.size >= KEEP) rendered.delete(rendered.keys().next().value!);
  } else rendered.delete(markdown);
  // Last used goes last, so the oldest is dropped first.
  rendered.set(markdown, html);
  return html;
}

/** Renders the notes of `annotations` from `from` on for at most `budgetMs`; says where it stopped. */
export function prepareNotes(annotations: readonly { note: string }[], from: number, budgetMs: number): number {
  const until = performance.now() + budgetMs;
  let i = from;
  while (i < annotations.length) {
    const note = annotations[i++]!.note;
    if (note && !rendered.has(note)) safeNoteHtml(note);
    if (performance.now() > until) break;
  }
  return i;
}
