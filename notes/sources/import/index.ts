// Importing a file as a source: one entry point for the app's main process and
// the CLI. Kept apart from notes/sources/index.ts because it pulls in pdf.js,
// mammoth, linkedom and Readability, which the window's bundle must not.
//
//   const { source, report } = await importDocument(bytes, 'statement.pdf');
//
// Bad input throws an ImportRefusal whose message is one line for the analyst.
import { newId, nowIso } from '../../model/factory.ts';
import type { Source } from '../../model/schema.ts';
import { paragraphs } from '../../text/paragraphs.ts';
import { decodeSourceFile, formatSize, MAX_SOURCE_BYTES, titleOf } from '../decode.ts';
import { sha256Hex } from '../source.ts';
import { decodeHtmlBytes } from './decode-html.ts';
import { extractDocx } from './docx.ts';
import { extractHtml } from './html.ts';
import { extractPdf } from './pdf.ts';
import { ImportRefusal, SOURCE_MAX_BYTES } from './refusal.ts';
import { KIND_NAMES, sniff } from './sniff.ts';
import type { ExtractedDocument } from './types.ts';

export { ImportRefusal, SOURCE_MAX_BYTES, type RefusalReason } from './refusal.ts';
export type { ExtractedDocument } from './types.ts';

/** What an import found, for the analyst to check: the CLI prints it, the app shows it. */
export interface ImportReport {
  title: string;
  publisher?: string;
  author?: string;
  published?: string;
  url?: string;
  /** Pages, for paged documents. */
  pages?: number;
  paragraphs: number;
}

export interface ImportOptions {
  id?: string;
  /** Stamped as importedAt. */
  now?: string;
  /** Read the bytes as this kind whatever the name says (HTML from the clipboard has no file name). */
  kind?: ImportKind;
}

export type ImportKind = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

const EXTENSIONS: Record<string, ImportKind> = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html', pdf: 'pdf', docx: 'docx' };
export const IMPORT_EXTENSIONS = Object.keys(EXTENSIONS);

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() || fileName;

function kindOf(name: string): ImportKind | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? EXTENSIONS[name.slice(dot + 1).toLowerCase()] : undefined;
}

/** The refusal for a file over the size limit, before it is read; the app and CLI ask with the file's size. */
export function importSizeProblem(fileName: string, size: number): string | undefined {
  const name = baseName(fileName);
  const kind = kindOf(name);
  const limit = kind === 'pdf' || kind === 'docx' ? SOURCE_MAX_BYTES : MAX_SOURCE_BYTES;
  if (size <= limit) return undefined;
  return `“${name}” is ${formatSize(size)}; a ${kind === 'pdf' || kind === 'docx' ? kind.toUpperCase() : 'text or web page'} file can be at most ${formatSize(limit)} — split it into smaller files and import those.`;
}

const RENAME: Partial<Record<ReturnType<typeof sniff>, string>> = { pdf: '.pdf', html: '.html', zip: '.docx' };

/** Refuses a file whose bytes are not what its extension says, naming what it is. */
function checkKind(name: string, kind: ImportKind, bytes: Uint8Array): void {
  const found = sniff(bytes);
  const expected: Record<ImportKind, (typeof found)[]> = {
    pdf: ['pdf'],
    docx: ['zip'],
    html: ['html', 'text'],
    // decodeSourceFile words its own refusal of a binary file saved as text.
    text: ['text', 'html', 'binary', 'image'],
    markdown: ['text', 'html', 'binary', 'image'],
  };
  if (expected[kind].includes(found)) return;
  if (found === 'old-word') {
    throw new ImportRefusal('unsupported', `“${name}” is an old Word .doc file, not .docx — open it in Word, save it as .docx and import that.`);
  }
  if (found === 'image') {
    throw new ImportRefusal('unsupported', `“${name}” is an image — the notebook cannot read text from images (no OCR); import the text as .txt, .html, .pdf or .docx.`);
  }
  const rename = RENAME[found] && kind !== 'docx' ? ` — if it is, rename it to ${RENAME[found]} and import it again` : '';
  const what = { pdf: 'a PDF', docx: 'a Word document (.docx)', html: 'a web page', text: 'a text file', markdown: 'a Markdown file' }[kind];
  throw new ImportRefusal('wrong-type', `“${name}” is not ${what}: it looks like ${KIND_NAMES[found]}${rename || ' — check that you picked the right file'}.`);
}

function fromText(bytes: Uint8Array, name: string, kind: 'text' | 'markdown'): ExtractedDocument {
  // decodeSourceFile goes by the extension; a clipboard import may have none.
  const decoded = decodeSourceFile(kindOf(name) ? name : `${name}.${kind === 'text' ? 'txt' : 'md'}`, bytes);
  if (!decoded.ok) throw new ImportRefusal(/empty/.test(decoded.problem) ? 'empty' : 'damaged', decoded.problem);
  return { text: decoded.text, format: decoded.format, title: decoded.title };
}

async function extract(bytes: Uint8Array, name: string, kind: ImportKind): Promise<ExtractedDocument> {
  switch (kind) {
    case 'pdf':
      return extractPdf(bytes, name);
    case 'docx':
      return extractDocx(bytes, name);
    case 'html':
      return extractHtml(decodeHtmlBytes(bytes), name);
    default:
      return fromText(bytes, name, kind);
  }
}

/**
 * Reads a .txt, .md, .html, .pdf or .docx file into a Source (not yet in any
 * notebook) and a report of what was found. Throws ImportRefusal, and only
 * that, for bad input.
 */
export async function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<{ source: Source; report: ImportReport }> {
  const name = baseName(fileName);
  const kind = options.kind ?? kindOf(name);
  if (!kind) {
    throw new ImportRefusal('unsupported', `“${name}” is not a file the notebook can import — import a .txt, .md, .html, .pdf or .docx file.`);
  }
  const tooLarge = importSizeProblem(kind === 'pdf' || kind === 'docx' ? `${name}.${kind}` : name, bytes.length);
  if (tooLarge) throw new ImportRefusal('too-large', tooLarge.replace(`${name}.${kind}`, name));
  if (bytes.length === 0) throw new ImportRefusal('empty', `“${name}” is empty — there is no text to import.`);
  checkKind(name, kind, bytes);
  const found = await extract(bytes, name, kind).catch((err: unknown) => {
    if (err instanceof ImportRefusal) throw err;
    // A parser's own failure on a file it should have read: still one line, naming the file.
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 120);
    throw new ImportRefusal('damaged', `“${name}” could not be read (${why}) — check that the file opens in its own program, save a fresh copy and import that.`);
  });
  if (found.text.length > MAX_SOURCE_BYTES) {
    throw new ImportRefusal('too-large', `“${name}” holds ${formatSize(found.text.length)} of text; a source can be at most ${formatSize(MAX_SOURCE_BYTES)} — split it and import the parts.`);
  }
  const title = found.title ?? titleOf(found.text, found.format === 'text' || found.format === 'pdf' ? 'text' : 'markdown', name);
  const source: Source = {
    id: options.id ?? newId('src'),
    title,
    publisher: found.publisher ?? '',
    ...(found.author ? { author: found.author } : {}),
    ...(found.url ? { url: found.url } : {}),
    ...(found.published ? { published: found.published } : {}),
    format: found.format,
    text: found.text,
    ...(found.pages ? { pages: found.pages } : {}),
    sha256: await sha256Hex(found.text),
    importedAt: options.now ?? nowIso(),
  };
  const report: ImportReport = {
    title,
    ...(found.publisher ? { publisher: found.publisher } : {}),
    ...(found.author ? { author: found.author } : {}),
    ...(found.published ? { published: found.published } : {}),
    ...(found.url ? { url: found.url } : {}),
    ...(found.pages ? { pages: found.pages.length } : {}),
    paragraphs: paragraphs(found.text).length,
  };
  return { source, report };
}
