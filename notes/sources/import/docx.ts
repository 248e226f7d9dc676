// A Word file (.docx) as a source: mammoth turns its paragraphs, headings and
// lists into HTML by their styles, which becomes text as a web page's article
// does. The author and title come from the file's own properties.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { articleText, type DomNode } from './blocks.ts';
import { ImportRefusal } from './refusal.ts';
import type { ExtractedDocument } from './types.ts';

const damaged = (name: string) =>
  new ImportRefusal('damaged', `“${name}” is not a readable Word document (.docx) — it is damaged or another kind of file; open it in Word, save it as .docx again and import that.`);

function property(xml: string, tag: string): string | undefined {
  const found = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1];
  const text = found
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, 200) : undefined;
}

export async function extractDocx(bytes: Uint8Array, name: string): Promise<ExtractedDocument> {
  let core: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file('word/document.xml')) throw damaged(name);
    core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  } catch {
    throw damaged(name);
  }
  let html: string;
  try {
    // mammoth's Node build reads `buffer` (it hands it to JSZip, which takes any Uint8Array).
    const input = { buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    // Images are left out: the notebook keeps text, and embedding them would bloat the notebook file.
    html = (await mammoth.convertToHtml(input, { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"], convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) })).value;
  } catch {
    throw damaged(name);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const text = articleText(document.body as unknown as DomNode);
  if (!text.trim()) throw new ImportRefusal('empty', `“${name}” has no text — there is nothing to import.`);
  return {
    text,
    format: 'docx',
    title: property(core, 'dc:title'),
    author: property(core, 'dc:creator'),
  };
}
