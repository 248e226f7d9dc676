// Markdown → HTML that cannot run anything: the one renderer for the analyst's
// notes, used by the HTML export and (with DOMPurify on top) by the app's
// previews. Raw HTML in the Markdown comes out as visible text, links keep only
// http(s), mailto and in-page targets, images are dropped (a document that loads
// nothing from anywhere), and every attribute value is escaped by us.
import { Marked, type Tokens } from 'marked';
import { noteBlocks } from './note-blocks.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The href to keep, or undefined. Browsers ignore ASCII whitespace and control
 * characters inside a scheme ("java\tscript:"), so those are stripped before
 * the allow-list check, and the stripped form is what gets written.
 */
export function safeHref(href: string): string | undefined {
  let compact = '';
  for (const ch of href) {
    const code = ch.codePointAt(0)!;
    if (code > 0x20 && code !== 0x7f) compact += ch;
  }
  return /^(?:https?:\/\/|mailto:|#)/i.test(compact) ? compact : undefined;
}

function makeRenderer(headingOffset: number): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    async: false,
    renderer: {
      html({ text, block }: Tokens.HTML | Tokens.Tag) {
        return block ? `<p>${escapeHtml(text.replace(/\n+$/, ''))}</p>\n` : escapeHtml(text);
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const safe = safeHref(href);
        if (!safe) return inner;
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(safe)}"${titleAttr} rel="noopener noreferrer">${inner}</a>`;
      },
      image({ text }: Tokens.Image) {
        return text ? `<span class="image-omitted">[image: ${escapeHtml(text)}]</span>` : '';
      },
      code({ text, escaped }: Tokens.Code) {
        // No language class: the info string is the author's text, not ours to put in an attribute.
        return `<pre><code>${escaped ? text : escapeHtml(text)}</code></pre>\n`;
      },
      heading({ tokens, depth }: Tokens.Heading) {
        const level = Math.min(6, depth + headingOffset);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
  });
}

const renderers = new Map<number, Marked>();

/**
 * Safe HTML for one piece of the analyst's Markdown. `headingOffset` pushes its
 * headings below the headings of the page it sits in.
 */
export function renderNoteHtml(markdown: string, opts: { headingOffset?: number } = {}): string {
  const offset = Math.max(0, Math.min(5, Math.trunc(opts.headingOffset ?? 0)));
  let marked = renderers.get(offset);
  if (!marked) {
    marked = makeRenderer(offset);
    renderers.set(offset, marked);
  }
  const parser = marked;
  // Blocks no person writes are shown as text: the parser would overflow its stack or take seconds over them.
  return noteBlocks(markdown)
    .map((block) => (block.plain ? `<p>${escapeHtml(block.text.trim()).replace(/\n/g, '<br>\n')}</p>\n` : parser.parse(block.text, { async: false })))
    .join('');
}
