// A PDF's text layer through pdf.js (its legacy build runs in Node). Nothing
// in the file runs and nothing is fetched: pdf.js 5 compiles nothing with eval
// (its isEvalSupported option is gone with the code path), no font faces are
// installed, no system or standard font data is read, XFA forms are not
// rendered, and no worker script is loaded — the worker's code runs here.
import { ImportRefusal } from './refusal.ts';
import { layoutPdfText, type PdfPageRuns } from './pdf-layout.ts';
import type { ExtractedDocument } from './types.ts';

/** Less text than this in the whole file and it is pictures of pages, not text. */
export const MIN_PDF_TEXT_CHARS = 20;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/** pdf.js, with its worker's message handler in place so it never loads a worker script. */
function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return lib;
  })();
  return loading;
}

interface TextRunLike {
  str?: string;
  dir?: string;
  transform?: number[];
  width?: number;
}

function refusalFor(err: unknown, name: string): ImportRefusal {
  const kind = (err as { name?: string }).name;
  if (kind === 'PasswordException') {
    return new ImportRefusal('encrypted', `“${name}” is protected by a password — open it in a PDF reader, save or print an unprotected copy and import that.`);
  }
  return new ImportRefusal('damaged', `“${name}” could not be read as a PDF (it is damaged or not really a PDF) — open it in a PDF reader, save a fresh copy and import that.`);
}

export async function extractPdf(bytes: Uint8Array, name: string): Promise<ExtractedDocument> {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; keep the caller's bytes intact.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    throw refusalFor(err, name);
  }
  try {
    const pages: PdfPageRuns[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({
        runs: (content.items as TextRunLike[]).flatMap((item) => {
          const t = item.transform;
          if (typeof item.str !== 'string' || !t) return [];
          return [{ str: item.str, dir: item.dir ?? 'ltr', x: t[4]!, y: t[5]!, width: item.width ?? 0, fontSize: Math.hypot(t[2]!, t[3]!) || Math.abs(t[0]!) || 1 }];
        }),
      });
      page.cleanup();
    }
    const { text, pages: starts } = layoutPdfText(pages);
    if (text.replace(/\s/g, '').length < MIN_PDF_TEXT_CHARS) {
      throw new ImportRefusal('no-text', `“${name}” has no text layer — it looks like scanned pages, and the notebook cannot read text from images (no OCR); import a PDF with selectable text, or a text copy.`);
    }
    // The file's creation date is when it was written or printed, not when it was published: not used.
    const info = ((await doc.getMetadata().catch(() => undefined))?.info ?? {}) as { Title?: unknown; Author?: unknown };
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim().slice(0, 200) : undefined);
    // Word and other tools write the file's name or "Untitled" as its title; the first line says more.
    const title = str(info.Title);
    const named = title && !/^(?:microsoft word - |untitled\b)|\.(?:docx?|pdf|odt|rtf|txt)$/i.test(title) ? title : undefined;
    return { text, format: 'pdf', pages: starts, title: named, author: str(info.Author) };
  } catch (err) {
    if (err instanceof ImportRefusal) throw err;
    throw refusalFor(err, name);
  } finally {
    await doc.destroy();
  }
}
