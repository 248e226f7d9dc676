// An article's DOM as the text a source keeps: one block a paragraph, a blank
// line between blocks, and only the Markdown that keeps a block's role —
// `#` headings, `>` quotes, `-`/`1.` list items. Inline formatting, links,
// images, media and anything interactive are dropped: the notebook keeps what
// was written, not the page's machinery. Shared by the web-page and Word
// importers (mammoth turns a .docx into HTML).

/** The little of a DOM node this walk reads; linkedom's nodes have it. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Not text a reader reads: dropped with everything inside them. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'IMG', 'PICTURE', 'SOURCE', 'TRACK', 'MAP', 'HEAD', 'LINK', 'META', 'TITLE', 'MATH',
]);
/** Elements that start a block of their own. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'CENTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT',
  'TR', 'TD', 'TH', 'CAPTION', 'HR', 'BODY', 'HTML', 'DETAILS', 'SUMMARY',
]);

// Collapse HTML white space (space, tab, line ends, form feed) but not the
// no-break spaces and other Unicode spaces that belong to the text.
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');

const tag = (node: DomNode) => node.nodeName.toUpperCase();

/** A node's children. Walked by sibling links: linkedom builds `childNodes` afresh by scanning the subtree on every read. */
function children(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

/** Stands for <br> until white space is collapsed; a NUL never survives an HTML parser. */
const BREAK = '\u0000';

/** The text of an inline run, with <br> kept as a line break. */
function inlineText(nodes: DomNode[]): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT) parts.push(node.textContent ?? '');
    else if (node.nodeType === ELEMENT) {
      const name = tag(node);
      if (name === 'BR') parts.push(BREAK);
      else if (!SKIPPED.has(name)) for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    }
  };
  nodes.forEach(walk);
  const text = collapse(parts.join(''));
  if (!text.includes(BREAK)) return text.trim();
  return text
    .split(BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Blocks under `node`, each a string without blank lines; `prefix` is what each line starts with (quotes). */
function blocksOf(node: DomNode, out: string[]): void {
  let run: DomNode[] = [];
  const flush = () => {
    const text = inlineText(run);
    if (text) out.push(text);
    run = [];
  };
  for (const child of children(node)) {
    const name = child.nodeType === ELEMENT ? tag(child) : '';
    if (child.nodeType === ELEMENT && SKIPPED.has(name)) continue;
    if (!BLOCK.has(name)) {
      run.push(child);
      continue;
    }
    flush();
    block(child, name, out);
  }
  flush();
}

function block(node: DomNode, name: string, out: string[]): void {
  const heading = /^H([1-6])$/.exec(name);
  if (heading) {
    const text = inlineText(children(node)).replace(/\n/g, ' ');
    if (text) out.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
    return;
  }
  switch (name) {
    case 'BLOCKQUOTE': {
      const inner: string[] = [];
      blocksOf(node, inner);
      if (inner.length) out.push(inner.map((b) => b.split('\n').map((l) => `> ${l}`).join('\n')).join('\n>\n'));
      return;
    }
    case 'UL':
    case 'OL': {
      const items = children(node).filter((c) => c.nodeType === ELEMENT && tag(c) === 'LI');
      items.forEach((li, i) => {
        const inner: string[] = [];
        blocksOf(li, inner);
        const text = inner.join('\n');
        if (!text) return;
        const marker = name === 'OL' ? `${i + 1}. ` : '- ';
        // Continuation lines of an item are indented so they stay in the item.
        out.push(marker + text.split('\n').join(`\n${' '.repeat(marker.length)}`));
      });
      return;
    }
    case 'TR': {
      const cells = children(node)
        .filter((c) => c.nodeType === ELEMENT && (tag(c) === 'TD' || tag(c) === 'TH'))
        .map((c) => inlineText(children(c)).replace(/\n/g, ' '))
        .filter((t) => t !== '');
      if (cells.length) out.push(cells.join(' | '));
      return;
    }
    case 'PRE': {
      const text = (node.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (text.trim()) out.push(text.replace(/\n[ \t]*\n/g, '\n'));
      return;
    }
    case 'HR':
      return;
    default:
      blocksOf(node, out);
  }
}

/** The article under `root` as the text of a source: blocks separated by one blank line. */
export function articleText(root: DomNode): string {
  const out: string[] = [];
  blocksOf(root, out);
  return out.join('\n\n');
}
