// What a file really is, from its first bytes, so that a .pdf that is a saved
// web page or a .docx that is not a zip gets a line saying so instead of a
// parser's stack trace.

export type SniffedKind = 'pdf' | 'zip' | 'old-word' | 'image' | 'html' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

function ascii(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < Math.min(bytes.length, length); i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

const HTML_START = /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h[1-6])[\s>/]/i;

export function sniff(bytes: Uint8Array): SniffedKind {
  // PDF readers accept the header anywhere in the first kilobyte.
  if (ascii(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'old-word';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return 'image';
  }
  const head = ascii(bytes, 2048);
  if (HTML_START.test(head)) return 'html';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 4096).includes(0)) return 'binary';
  return 'text';
}

export const KIND_NAMES: Record<SniffedKind, string> = {
  pdf: 'a PDF',
  zip: 'a zip archive',
  'old-word': 'an old Word .doc file',
  image: 'an image',
  html: 'a web page (HTML)',
  text: 'plain text',
  binary: 'a binary file',
};
