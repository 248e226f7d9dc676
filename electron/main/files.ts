// File names the app suggests, and plain words for the system's refusals.
import path from 'node:path';
import type { ExportFormat } from '../contract.ts';
import type { FileFilter } from './host.ts';

export const NOTEBOOK_SUFFIX = '.notebook.json';
export const NOTEBOOK_FILTERS: FileFilter[] = [{ name: 'Research notebooks', extensions: ['json'] }];
export const SOURCE_FILTERS: FileFilter[] = [
  { name: 'Documents (web page, PDF, Word, text, Markdown)', extensions: ['html', 'htm', 'pdf', 'docx', 'txt', 'md', 'markdown'] },
  { name: 'All files', extensions: ['*'] },
];

/** A notebook title made safe as a file name on Windows, macOS and Linux. */
export function safeFileName(title: string, fallback = 'Notebook'): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .trim();
  const short = Array.from(cleaned).slice(0, 120).join('').trim();
  return short || fallback;
}

export interface ExportSpec {
  extension: string;
  /** What the file holds, as it appears in the suggested name: "Coalition talks — briefing.md". */
  content: 'briefing' | 'annotations';
  filter: FileFilter;
}

export const EXPORT_SPECS: Record<ExportFormat, ExportSpec> = {
  md: { extension: 'md', content: 'briefing', filter: { name: 'Markdown', extensions: ['md'] } },
  html: { extension: 'html', content: 'briefing', filter: { name: 'Web page (HTML)', extensions: ['html', 'htm'] } },
  pdf: { extension: 'pdf', content: 'briefing', filter: { name: 'PDF', extensions: ['pdf'] } },
  docx: { extension: 'docx', content: 'briefing', filter: { name: 'Word document', extensions: ['docx'] } },
  w3c: { extension: 'jsonld', content: 'annotations', filter: { name: 'W3C Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] } },
  csv: { extension: 'csv', content: 'annotations', filter: { name: 'CSV spreadsheet', extensions: ['csv'] } },
};

export function exportFileName(title: string, format: ExportFormat): string {
  const spec = EXPORT_SPECS[format];
  return `${safeFileName(title)} — ${spec.content}.${spec.extension}`;
}

/** Adds the extension when the analyst typed a bare name in the save dialog. */
export function withExtension(file: string, extensions: readonly string[]): string {
  const lower = file.toLowerCase();
  return extensions.some((ext) => lower.endsWith(`.${ext}`)) ? file : `${file}.${extensions[0]}`;
}

/** A notebook, or a file the store keeps beside one: an export must never be written over these. */
export function isNotebookFileName(file: string): boolean {
  return /\.notebook\.json(\.bak|\.lock|\.lock\.takeover)?$/i.test(path.basename(file));
}

export function notebookFileFor(file: string): string {
  return file.toLowerCase().endsWith('.json') ? file : `${file}${NOTEBOOK_SUFFIX}`;
}

export function titleFromNotebookFile(file: string): string {
  const name = path.basename(file).replace(/\.notebook\.json$|\.json$/i, '');
  return safeFileName(name, 'Untitled notebook');
}

function errnoOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('E')) return code;
  }
  return undefined;
}

/** The system's refusal in the analyst's words. */
export function reasonOf(err: unknown): string {
  const code = errnoOf(err);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'that folder does not exist';
    case 'EISDIR':
      return 'that is a folder';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EBUSY':
      return 'another program is using the file';
    default:
      return code ? `the system refused (${code})` : 'the system refused';
  }
}
