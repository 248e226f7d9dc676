// A saved web page (or HTML from the clipboard) as a source: the article as
// Firefox's Reader View finds it (@mozilla/readability) on a linkedom DOM.
// linkedom only parses: it runs no script, loads no stylesheet, image or
// frame, and follows no refresh, so nothing of the page acts while we read it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleText, type DomNode } from './blocks.ts';
import { ImportRefusal } from './refusal.ts';
import type { ExtractedDocument } from './types.ts';

/** Less article text than this and the page had none worth keeping (a menu, a cookie wall, an error page). */
export const MIN_ARTICLE_CHARS = 80;

const clean = (s: string | null | undefined, max: number): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  const chars = Array.from(t);
  return chars.length <= max ? t : `${chars.slice(0, max - 1).join('')}…`;
};

/** An ISO timestamp cited as its day; anything else as written. */
export function publishedDay(value: string | null | undefined): string | undefined {
  const v = clean(value, 40);
  if (!v) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(v);
  return iso ? iso[1] : v;
}

/** Only an absolute http(s) address; a javascript:, data: or relative link is not where the page came from. */
export function webAddress(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v || v.length > 2000) return undefined;
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

function meta(doc: MetaDocument, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute(selector.startsWith('link') ? 'href' : 'content');
    if (value?.trim()) return value;
  }
  return undefined;
}

export function extractHtml(html: string, name: string): ExtractedDocument {
  // linkedom builds a document only from a whole page; a clipboard fragment gets its html and body around it.
  const { document } = parseHTML(/<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  // Read before Readability: it rewrites the document as it goes.
  const url = webAddress(meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]'));
  const author = meta(document, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="dc.creator"]');
  const article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const body = article?.content ? articleText(article.content) : '';
  if (body.replace(/\s/g, '').length < MIN_ARTICLE_CHARS) {
    throw new ImportRefusal('no-article', `“${name}” has no article text that Reader View can find — open the page in a browser, copy the article's text into a .txt file and import that.`);
  }
  const title = clean(article?.title, 200);
  return { text: withHeadline(body, title), format: 'html', title, ...metadata(article, document, author, url) };
}

/** The headline as the text's first line, once: Reader View drops it from the article or keeps it as a lower heading. */
function withHeadline(body: string, title: string | undefined): string {
  if (!title) return body;
  const [first = '', ...rest] = body.split('\n\n');
  if (first.replace(/^#+ /, '') === title) return [`# ${title}`, ...rest].join('\n\n');
  return `# ${title}\n\n${body}`;
}

type Article = ReturnType<Readability<DomNode>['parse']>;

/** A byline as a name: "By Layla Hassan" is Layla Hassan. */
function authorName(byline: string | null | undefined): string | undefined {
  return clean(byline?.replace(/^\s*(?:by|from|written by|بقلم|كتب|كتبت)[:\s]+/iu, ''), 200);
}

function metadata(article: Article, document: MetaDocument, author: string | undefined, url: string | undefined): Omit<ExtractedDocument, 'text' | 'format' | 'title'> {
  return {
    author: authorName(article?.byline) ?? clean(author, 200),
    publisher: clean(article?.siteName, 200),
    published: publishedDay(article?.publishedTime ?? meta(document, 'meta[property="article:published_time"]', 'meta[name="date"]')),
    url,
  };
}
