// The characters of a saved web page: a byte-order mark wins, then the page's
// own <meta charset>, then UTF-8 (as browsers do for local files today).

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i]!);
  const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  let label = 'utf-8';
  if (declared && !/^utf-?16/.test(declared)) {
    try {
      label = new TextDecoder(declared).encoding;
    } catch {
      // An unknown label: browsers fall back too.
    }
  }
  return new TextDecoder(label).decode(bytes);
}
