// A deliberately small HTML tokenizer for tests: enough to list every tag and
// attribute of the HTML our exports write, and to fail loudly on anything else.
// Our writer escapes every `<` in text, so each `<` in the output must open a
// tag, a closing tag, a comment or the doctype.

export interface Tag {
  name: string;
  closing: boolean;
  attrs: Map<string, string>;
  at: number;
}

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const RAW_TEXT = new Set(['style', 'script', 'textarea', 'title']);

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[ref.toLowerCase()]!;
  });
}

export function tokenize(html: string): { tags: Tag[]; text: string } {
  const tags: Tag[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const rest = html.slice(lt);
    if (/^<!doctype html>/i.test(rest)) {
      i = lt + '<!doctype html>'.length;
      continue;
    }
    const m = TAG.exec(rest);
    if (!m) throw new Error(`Stray "<" at ${lt}: ${JSON.stringify(html.slice(lt, lt + 60))}`);
    const attrs = new Map<string, string>();
    for (const a of m[3]!.matchAll(ATTR)) {
      const raw = a[2] ?? '';
      attrs.set(a[1]!.toLowerCase(), decodeEntities(raw.replace(/^["']|["']$/g, '')));
    }
    const tag: Tag = { name: m[2]!.toLowerCase(), closing: m[1] === '/', attrs, at: lt };
    tags.push(tag);
    i = lt + m[0].length;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      // Raw text runs to its closing tag; keep it out of the visible text.
      const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
      if (close < 0) throw new Error(`<${tag.name}> is never closed`);
      if (tag.name === 'title') text += html.slice(i, close);
      i = close;
    }
  }
  return { tags, text: decodeEntities(text) };
}

/** What the HTML exports may contain; anything else is a failure. */
export const ALLOWED_TAGS = new Set(
  'html head meta title style body main section h1 h2 h3 h4 h5 h6 p ol ul li strong em del code pre table thead tbody tfoot tr th td div span a figure figcaption blockquote br hr input bdi'.split(' '),
);

/** Every way a tag list could run or fetch something. Empty means inert. */
export function activeContent(tags: Tag[]): string[] {
  const problems: string[] = [];
  for (const t of tags) {
    if (t.closing) continue;
    if (!ALLOWED_TAGS.has(t.name)) problems.push(`<${t.name}>`);
    for (const [name, value] of t.attrs) {
      if (name.startsWith('on')) problems.push(`${name}= on <${t.name}>`);
      if (name === 'src' || name === 'srcset' || name === 'action' || name === 'formaction') problems.push(`${name}= on <${t.name}>`);
      if (name === 'href' && !/^(https?:\/\/|mailto:|#)/i.test(value)) problems.push(`href=${value}`);
      if (/javascript:|vbscript:|data:text/i.test(value.replace(/\s/g, ''))) problems.push(`${name}=${value}`);
      if (name === 'style' && /url\(|expression\(|@import/i.test(value)) problems.push(`style=${value}`);
    }
    if (t.name === 'input' && t.attrs.get('type') !== 'checkbox') problems.push('<input> other than a checkbox');
  }
  return problems;
}
