// Putting text into a Markdown document without it turning into markup.
// `mdText` is for plain text (titles, names, quotes): every character comes out
// as written. `mdFragment` is for the analyst's own Markdown (BLUF, notes): it
// stays Markdown, but is kept from swallowing the rest of the document (an
// unclosed code fence) or carrying live HTML, a script link or a remote image
// into a viewer that renders it.
import { inertLinks } from './markdown-links.ts';
import { noteBlocks, type NoteBlock } from './note-blocks.ts';

// Any ASCII punctuation may be backslash-escaped in CommonMark; these are the
// ones that can start inline markup.
const INLINE_SPECIAL = /[\\`*_[\]<>|~#]/g;
// Block markers only matter at the start of a line (`*` and `>` are escaped already).
const BLOCK_MARKER = /^[-+#=]/;
const ORDERED_MARKER = /^(\d{1,9})([.)])/;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** Plain text in the middle of a line: inline markup escaped, line breaks as spaces. */
export function mdInline(text: string): string {
  return (
    text
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(INLINE_SPECIAL, '\\$&')
      .replace(ENTITY, '&amp;')
      // GFM turns bare URLs and e-mail addresses into links, and a link would
      // take in a following backslash escape; break the triggers instead.
      .replace(/(https?|ftp)(:\/\/)/gi, '$1\\$2')
      .replace(/(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
  );
}

/** Keeps an already escaped line from starting a list, heading or setext underline. */
export function guardLineStart(line: string): string {
  return line.replace(BLOCK_MARKER, '\\$&').replace(ORDERED_MARKER, '$1\\$2');
}

/** Plain text as Markdown inline content; line breaks are kept. */
export function mdText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      // Leading spaces would make indented code and trailing ones a hard break;
      // rendered Markdown drops both anyway.
      .map((line) => guardLineStart(mdInline(line.replace(/^[ \t]+|[ \t]+$/g, ''))))
      .join('\n')
  );
}

/** Plain text on one line (headings, list items). */
export function mdLine(text: string): string {
  return mdText(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** Plain text inside a GFM table cell: `|` escaped, line breaks as <br>. */
export function mdCell(text: string): string {
  return mdText(text).replace(/\n/g, '<br>');
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * The analyst's Markdown, made safe to embed: line ends normalised, headings
 * pushed below the briefing's own, an unclosed code fence closed, raw HTML
 * escaped so that it reads as text (as the app shows it), and links, images
 * and reference definitions held to the HTML export's allow-list.
 */
export function mdFragment(markdown: string, headingOffset = 3): string {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  let fence: { char: string; length: number } | undefined;
  const out: string[] = [];
  for (const line of lines) {
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && close[2]!.trim() === '') fence = undefined;
      out.push(line);
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      out.push(line);
      continue;
    }
    out.push(line.replace(/^( {0,3})(#{1,6})(?=\s|$)/, (_, indent: string, hashes: string) => indent + '#'.repeat(Math.min(6, hashes.length + headingOffset))));
  }
  if (fence) out.push(fence.char.repeat(fence.length));
  return noteBlocks(out.join('\n'))
    .map((block) => inertBlock(block) + block.gap)
    .join('');
}

/** A block of the note as inert Markdown: raw HTML as text, links allow-listed; or, failing that, plain text. */
function inertBlock(block: NoteBlock): string {
  if (block.plain) return mdText(block.text);
  // A cheap test first: most notes hold nothing that could be a tag.
  const escaped = /<[A-Za-z/!?]/.test(block.text) ? escapeRawHtml(block.text) : block.text;
  return inertLinks(escaped) ?? mdText(block.text);
}

const AUTOLINK = /^<(?:https?:\/\/|mailto:)[^\s<>]*>|^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>/i;

/**
 * Escapes every `<` that could open an HTML tag, comment or declaration, outside
 * fenced code and code spans. Autolinks stay. Indented code blocks are not
 * recognised: a tag inside one shows a backslash, which is the safe side.
 */
function escapeRawHtml(markdown: string): string {
  let out = '';
  let fence: { char: string; length: number } | undefined;
  const lines = markdown.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const nl = li < lines.length - 1 ? '\n' : '';
    const fenceLine = FENCE_OPEN.exec(line);
    if (fence) {
      if (fenceLine && fenceLine[1]![0] === fence.char && fenceLine[1]!.length >= fence.length && fenceLine[2]!.trim() === '') fence = undefined;
      out += line + nl;
      continue;
    }
    if (fenceLine) {
      fence = { char: fenceLine[1]![0]!, length: fenceLine[1]!.length };
      out += line + nl;
      continue;
    }
    // Prose: scan up to the end of the paragraph so code spans may cross line breaks.
    let end = li;
    while (end + 1 < lines.length && lines[end + 1]!.trim() !== '' && !FENCE_OPEN.test(lines[end + 1]!)) end++;
    out += escapeProse(lines.slice(li, end + 1).join('\n')) + (end < lines.length - 1 ? '\n' : '');
    li = end;
  }
  return out;
}

function escapeProse(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      let n = 1;
      while (text[i + n] === '`') n++;
      const run = '`'.repeat(n);
      let close = text.indexOf(run, i + n);
      // The closing run must be exactly as long.
      while (close >= 0 && text[close + n] === '`') {
        let skip = close;
        while (text[skip] === '`') skip++;
        close = text.indexOf(run, skip);
      }
      const stop = close >= 0 ? close + n : i + n;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === '<') {
      const auto = AUTOLINK.exec(text.slice(i));
      if (auto) {
        out += auto[0];
        i += auto[0].length;
      } else {
        // An entity, not "\\<": a bare URL just before would swallow the backslash
        // (GFM autolinks run up to the next "<") and leave the tag live.
        out += /[A-Za-z/!?]/.test(text[i + 1] ?? '') ? '&lt;' : '<';
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
