// A Markdown source shown as it reads — headings, emphasis, lists, quotes,
// links as their words — while every character of its text stays in the page:
// the markup becomes runs the reader hides, so the paragraph's text is still
// the source's exactly and anchoring, selection and highlights keep their
// offsets. One paragraph at a time; no HTML is ever made from the source.

export type RunStyle = 'strong' | 'em' | 'code' | 'link';

export interface Run {
  text: string;
  /** Markup: kept in the page, not shown. */
  mark?: boolean;
  style?: RunStyle;
}

/** One line of a paragraph: a list item or a quoted line is drawn as one (its marker hidden). */
export interface Line {
  kind?: 'item' | 'quote';
  runs: Run[];
}

const LINE_MARKER = /^( {0,3})(#{1,6} +|[-*+] +|\d{1,9}[.)] +|> ?)/;
// Inline spans, tried in order at each position: code first (nothing inside it is markup).
const INLINE: { pattern: RegExp; style: RunStyle; open: number; close: number }[] = [
  { pattern: /^`([^`\n]+)`/, style: 'code', open: 1, close: 1 },
  { pattern: /^\*\*(?=\S)([^*\n]*?\S)\*\*/, style: 'strong', open: 2, close: 2 },
  { pattern: /^__(?=\S)([^_\n]*?\S)__/, style: 'strong', open: 2, close: 2 },
  { pattern: /^\*(?=\S)([^*\n]*?\S)\*/, style: 'em', open: 1, close: 1 },
  { pattern: /^_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/u, style: 'em', open: 1, close: 1 },
];
const LINK = /^\[([^\]\n]+)\]\(([^()\s]*)\)/;

function inline(text: string, runs: Run[]): void {
  let plain = '';
  const flush = () => {
    if (plain) runs.push({ text: plain });
    plain = '';
  };
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const link = rest[0] === '[' ? LINK.exec(rest) : null;
    if (link) {
      flush();
      runs.push({ text: '[', mark: true }, { text: link[1]!, style: 'link' }, { text: `](${link[2]})`, mark: true });
      i += link[0].length;
      continue;
    }
    const span = rest[0] === '`' || rest[0] === '*' || rest[0] === '_' ? INLINE.map((s) => ({ s, m: s.pattern.exec(rest) })).find((x) => x.m) : undefined;
    if (span?.m) {
      flush();
      const whole = span.m[0];
      runs.push({ text: whole.slice(0, span.s.open), mark: true }, { text: span.m[1]!, style: span.s.style }, { text: whole.slice(whole.length - span.s.close), mark: true });
      i += whole.length;
      continue;
    }
    plain += text[i];
    i++;
  }
  flush();
}

/** The lines of one paragraph of a Markdown source; all their runs' texts joined are the paragraph's text. */
export function markdownLines(paragraph: string): Line[] {
  return paragraph.split('\n').map((line, n) => {
    const runs: Run[] = [];
    const marker = LINE_MARKER.exec(line);
    const kind = marker ? (marker[2]!.startsWith('>') ? 'quote' : marker[2]!.startsWith('#') ? undefined : 'item') : undefined;
    // The line break before a line stays in the page; where the line is drawn as a line of its own it is hidden.
    if (n > 0) runs.push({ text: '\n', ...(kind ? { mark: true } : {}) });
    if (marker) runs.push({ text: marker[0], mark: true });
    inline(marker ? line.slice(marker[0].length) : line, runs);
    return { ...(kind ? { kind } : {}), runs: runs.filter((r) => r.text !== '') };
  });
}

/** The runs of one paragraph, lines joined. */
export const markdownRuns = (paragraph: string): Run[] => markdownLines(paragraph).flatMap((l) => l.runs);
