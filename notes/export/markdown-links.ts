// The HTML export's URL allow-list, applied to Markdown that stays Markdown.
// A Markdown viewer runs `[x](javascript:…)` on a click and fetches
// `![x](http://…)` on open, so in the Markdown briefing a link keeps only an
// http, https, mailto or in-page target (others become their text), an image
// becomes "[image: alt text]", and a reference definition becomes visible
// text: a definition in one note could otherwise lend a target to a reference
// in another, which no single note's check would see.
//
// The rewrite works on the parser's own reading of the block (marked, as the
// viewers do), replaces each offending piece where its text stands, and then
// reads the result again: a block still holding anything live after a few
// rounds is given back as plain text, so the result is inert by construction.
import { Lexer, type Token, type Tokens } from 'marked';
import { safeHref } from './note-html.ts';

/** Rewrites nest (a link inside a link's text): a few rounds settle any note a person writes. */
const MAX_ROUNDS = 4;

/** Every ASCII punctuation character escaped (CommonMark allows it): no markup, no autolink, one line. */
const asText = (text: string) => text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');

interface Live {
  raw: string;
  replacement: string;
}

/** The pieces of `tokens` that must not reach a viewer, in reading order. */
function livePieces(tokens: Token[] | undefined, found: Live[]): Live[] {
  for (const t of tokens ?? []) {
    if (t.type === 'image') {
      const alt = (t as Tokens.Image).text;
      found.push({ raw: t.raw, replacement: alt ? asText(`[image: ${alt}]`) : '' });
    } else if (t.type === 'link' && !safeHref((t as Tokens.Link).href)) {
      found.push({ raw: t.raw, replacement: (t as Tokens.Link).text });
    } else if (t.type === 'def') {
      found.push({ raw: t.raw.replace(/\n+$/, ''), replacement: t.raw.replace(/\n+$/, '').replace('[', '\\[') });
    } else if (t.type === 'html') {
      // Raw HTML is escaped before this runs; one left means the escape missed it.
      found.push({ raw: t.raw.replace(/\n+$/, ''), replacement: t.raw.replace(/\n+$/, '').replace(/</g, '&lt;') });
    } else {
      const nested = t as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
      livePieces(nested.tokens, found);
      livePieces(nested.items, found);
      for (const cell of nested.header ?? []) livePieces(cell.tokens, found);
      for (const row of nested.rows ?? []) for (const cell of row) livePieces(cell.tokens, found);
    }
  }
  return found;
}

/**
 * `markdown` with every link, image and definition a viewer could act on
 * made inert; undefined when that cannot be done by rewriting (the caller
 * then shows the block as plain text).
 */
export function inertLinks(markdown: string): string | undefined {
  let text = markdown;
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    const live = livePieces(Lexer.lex(text, { gfm: true }), []);
    if (live.length === 0) return text;
    if (round === MAX_ROUNDS) return undefined;
    let out = '';
    let from = 0;
    for (const piece of live) {
      const at = piece.raw ? text.indexOf(piece.raw, from) : -1;
      // The parser's raw text is not always the note's (a link across quoted lines): give up on the block.
      if (at < 0) return undefined;
      out += text.slice(from, at) + piece.replacement;
      from = at + piece.raw.length;
    }
    text = out + text.slice(from);
  }
  return undefined;
}
