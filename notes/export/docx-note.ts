// The analyst's Markdown as Word paragraphs. Only what notes use: paragraphs,
// headings, lists, quotes, code, emphasis, links. Raw HTML stays visible text,
// as in the app; links keep only the targets `safeHref` allows.
import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';
import { noteBlocks } from './note-blocks.ts';
import { safeHref } from './note-html.ts';
import { textDirection } from '../text/direction.ts';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Marked leaves character references as written; Word needs the characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function run(text: string, style: RunStyle): TextRun {
  const rtl = textDirection(text) === 'rtl' ? { rightToLeft: true } : {};
  return new TextRun({ text, bold: style.bold, italics: style.italics, strike: style.strike, font: style.code ? 'Courier New' : undefined, ...rtl });
}

function inline(tokens: Token[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push(...inline((t as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inline((t as Tokens.Em).tokens, { ...style, italics: true }));
        break;
      case 'del':
        out.push(...inline((t as Tokens.Del).tokens, { ...style, strike: true }));
        break;
      case 'codespan':
        out.push(run((t as Tokens.Codespan).text, { ...style, code: true }));
        break;
      case 'br':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'link': {
        const link = t as Tokens.Link;
        const href = safeHref(link.href);
        const children = inline(link.tokens, style);
        if (href && !href.startsWith('#')) out.push(new ExternalHyperlink({ link: href, children: children.filter((c): c is TextRun => c instanceof TextRun) }));
        else out.push(...children);
        break;
      }
      case 'image':
        if ((t as Tokens.Image).text) out.push(run(`[image: ${(t as Tokens.Image).text}]`, style));
        break;
      case 'html':
        out.push(run((t as Tokens.Tag).text, style));
        break;
      case 'escape':
        out.push(run((t as Tokens.Escape).text, style));
        break;
      default: {
        const nested = (t as { tokens?: Token[] }).tokens;
        if (nested?.length) out.push(...inline(nested, style));
        else out.push(run(decodeEntities((t as { text?: string }).text ?? t.raw), style));
      }
    }
  }
  return out;
}

interface Context {
  quote: number;
  list: number;
  /** A list item's bullet, waiting for the item's first paragraph. */
  bullet?: { level: number };
}

function blocks(tokens: Token[], ctx: Context, out: Paragraph[] = []): Paragraph[] {
  const para = (children: ParagraphChild[], raw: string, extra: { keepNext?: boolean } = {}) => {
    const bullet = ctx.bullet;
    ctx.bullet = undefined;
    // List items indent by their bullet; paragraphs after the first in an item line up with its text.
    const left = 567 * ctx.quote + (bullet ? 0 : 360 * ctx.list);
    // Word has no automatic direction: a paragraph that starts in Arabic or Hebrew is marked right to left.
    const bidi = textDirection(raw) === 'rtl' ? { bidirectional: true } : {};
    out.push(new Paragraph({ children, bullet, indent: !bullet && left ? { left } : undefined, ...extra, ...bidi }));
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
      case 'def':
        break;
      case 'heading':
        para(inline((t as Tokens.Heading).tokens, { bold: true }), (t as Tokens.Heading).text, { keepNext: true });
        break;
      case 'paragraph':
      case 'text': {
        const nested = (t as Tokens.Paragraph).tokens;
        para(nested ? inline(nested) : [run(decodeEntities((t as Tokens.Text).text), {})], t.raw);
        break;
      }
      case 'blockquote':
        blocks((t as Tokens.Blockquote).tokens, { ...ctx, quote: ctx.quote + 1 }, out);
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) {
          const itemCtx: Context = { quote: ctx.quote, list: ctx.list + 1, bullet: { level: Math.min(8, ctx.list) } };
          blocks(item.tokens, itemCtx, out);
          if (itemCtx.bullet) blocks([{ type: 'text', raw: '', text: '' }], itemCtx, out);
        }
        break;
      case 'code':
        for (const line of (t as Tokens.Code).text.split('\n')) para([run(line, { code: true })], line);
        break;
      case 'table': {
        const table = t as Tokens.Table;
        const row = (cells: Tokens.TableCell[], style: RunStyle) => cells.flatMap((c, i) => [...(i ? [run(' | ', {})] : []), ...inline(c.tokens, style)]);
        para(row(table.header, { bold: true }), table.header.map((c) => c.text).join(' '));
        for (const r of table.rows) para(row(r, {}), r.map((c) => c.text).join(' '));
        break;
      }
      case 'hr':
        para([run('* * *', {})], '');
        break;
      case 'html':
        para([run((t as Tokens.HTML).text.replace(/\n+$/, ''), {})], (t as Tokens.HTML).text);
        break;
      default:
        para([run(t.raw, {})], t.raw);
    }
  }
  return out;
}

export function noteToParagraphs(markdown: string): Paragraph[] {
  // Blocks no person writes are kept as text: the parser would overflow its stack or take seconds over them.
  return noteBlocks(markdown).flatMap((block) =>
    block.plain ? block.text.trim().split('\n').map((line) => new Paragraph({ children: [run(line, {})] })) : blocks(Lexer.lex(block.text, { gfm: true }), { quote: 0, list: 0 }),
  );
}
