// Turns the bytes of an imported file into the text a Source keeps. Pure and
// platform-free (it runs in main and could run in the renderer): the only
// decisions are "is this readable text?" and "what is its title?".

import { lengthProblem } from '../model/limits.ts';
import { SOURCE_MAX_CHARS } from '../model/vocabulary.ts';

export type SourceFormat = 'text' | 'markdown';

export type DecodedSource =
  | { ok: true; text: string; format: SourceFormat; title: string }
  | { ok: false; problem: string };

/** Sources are read whole and kept in the notebook JSON; past this they make it slow to save. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/** PDFs and Word files (notes/sources/import). */
export const PAGED_MAX_BYTES = 64 * 1024 * 1024;

/** The refusal for a file over the limit, or undefined; the window asks before reading a dropped file. */
export function sizeProblem(name: string, size: number): string | undefined {
  // PDFs and Word files carry layout and images besides their text: they may be larger (notes/sources/import).
  const paged = /\.(pdf|docx)$/i.test(name);
  const limit = paged ? PAGED_MAX_BYTES : MAX_SOURCE_BYTES;
  if (size <= limit) return undefined;
  return `“${name}” is ${formatSize(size)}; ${paged ? 'a PDF or Word file' : 'sources'} can be at most ${formatSize(limit)} — split it into smaller files and import those.`;
}

const FORMATS: Record<string, SourceFormat> = { txt: 'text', md: 'markdown', markdown: 'markdown' };

/** The last path segment, so a name like "C:\\x\\a.txt" or "a/b.md" is shown as the analyst knows it. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** ASCII-heavy UTF-16 without a BOM: (almost) every other byte is zero, the rest are not. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return (evenZeros > pairs * 0.9 && oddZeros === 0) || (oddZeros > pairs * 0.9 && evenZeros === 0);
}

type Decoding = { ok: true; text: string } | { ok: false; problem: string };

function decodeBytes(name: string, bytes: Uint8Array): Decoding {
  const [b0, b1, b2] = bytes;
  try {
    if (b0 === 0xff && b1 === 0xfe) return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)) };
    if (b0 === 0xfe && b1 === 0xff) {
      // Swap to little-endian ourselves: not every runtime ships a utf-16be decoder.
      if (bytes.length % 2 === 1) throw new TypeError('a UTF-16 file has an even number of bytes');
      const swapped = new Uint8Array(bytes.length - 2);
      for (let i = 2; i + 1 < bytes.length; i += 2) {
        swapped[i - 2] = bytes[i + 1]!;
        swapped[i - 1] = bytes[i]!;
      }
      return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(swapped) };
    }
  } catch {
    return { ok: false, problem: `“${name}” starts like UTF-16 text but is not valid UTF-16 — re-save it as UTF-8 and import it again.` };
  }
  const hasBom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  if (bytes.includes(0)) {
    if (looksLikeUtf16WithoutBom(bytes)) {
      return { ok: false, problem: `“${name}” looks like UTF-16 text without a byte-order mark — re-save it as UTF-8 and import it again.` };
    }
    return { ok: false, problem: `“${name}” looks like a binary file, not text (it contains NUL bytes) — import a .txt or .md file saved as UTF-8.` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes) };
  } catch {
    return { ok: false, problem: `“${name}” is not valid UTF-8 text — re-save it as UTF-8 and import it again.` };
  }
}

// Tab, line feed, vertical tab, form feed and carriage return occur in real
// text files; any other C0 control or DEL means the file is not prose.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

function truncateTitle(title: string): string {
  const chars = Array.from(title.replace(/\s+/g, ' ').trim());
  return chars.length <= 200 ? chars.join('') : `${chars.slice(0, 199).join('')}…`;
}

/** First Markdown heading, else the first non-empty line, else the file name without its extension. */
export function titleOf(text: string, format: SourceFormat, fileName: string): string {
  const lines = text.split('\n');
  if (format === 'markdown') {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const atx = ATX_HEADING.exec(line);
      if (atx && atx[1]!.trim()) return truncateTitle(atx[1]!);
      // Setext heading: a text line underlined with === or ---.
      const next = lines[i + 1];
      if (line.trim() && next !== undefined && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && !/^ {0,3}([-*_])/.test(line)) {
        return truncateTitle(line);
      }
    }
  }
  const first = lines.find((l) => l.trim() !== '');
  if (first) return truncateTitle(format === 'markdown' ? first.replace(/^ {0,3}(?:>\s*|[-*+]\s+)/, '') || first : first);
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return truncateTitle(dot > 0 ? name.slice(0, dot) : name) || 'Untitled source';
}

/**
 * Decodes an imported .txt/.md file. Refusals carry one line for the analyst:
 * what is wrong with the file and what to do about it.
 */
export function decodeSourceFile(fileName: string, bytes: Uint8Array): DecodedSource {
  const name = baseName(fileName);
  const format = FORMATS[extensionOf(name)];
  if (!format) {
    return { ok: false, problem: `“${name}” is not a text or Markdown file — import a .txt, .md or .markdown file.` };
  }
  if (bytes.length === 0) return { ok: false, problem: `“${name}” is empty — there is no text to import.` };
  const tooLarge = sizeProblem(name, bytes.length);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const decoded = decodeBytes(name, bytes);
  if (!decoded.ok) return decoded;
  // Annotations point into the text by UTF-16 offset. A file saved on Windows
  // (CRLF) or old Mac OS (CR) must give the same offsets as the same file saved
  // on Linux, or a re-import of an identical article would move every anchor.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      ok: false,
      problem: `“${name}” looks like a binary file, not text (control character U+${code} on line ${lineOf(text, control.index)}) — import a .txt or .md file saved as UTF-8.`,
    };
  }
  if (text.trim() === '') return { ok: false, problem: `“${name}” is empty — it has only blank lines or spaces.` };
  const tooLong = lengthProblem(`“${name}”`, text, SOURCE_MAX_CHARS);
  if (tooLong) return { ok: false, problem: `${tooLong} for a source — split it into smaller files and import those.` };
  return { ok: true, text, format, title: titleOf(text, format, name) };
}
