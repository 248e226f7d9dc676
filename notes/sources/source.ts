// Builds the Source record for decoded text. The fingerprint is taken over the
// text as stored (normalised line ends, UTF-8), so anyone can recompute it
// from the notebook alone and a re-import of the same article is recognisable.
import { newId, nowIso } from '../model/factory.ts';
import type { Source } from '../model/schema.ts';
import type { SourceFormat } from './decode.ts';

export interface DecodedText {
  text: string;
  format: SourceFormat;
  title: string;
}

export interface SourceDetails {
  id?: string;
  /** Stamped as importedAt. */
  now?: string;
  publisher?: string;
}

export async function sha256Hex(text: string): Promise<string> {
  // crypto.subtle exists in browsers and in Node ≥ 19 as a global, so this stays free of node: imports.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function makeSource(decoded: DecodedText, details: SourceDetails = {}): Promise<Source> {
  return {
    id: details.id ?? newId('src'),
    title: decoded.title,
    publisher: details.publisher ?? '',
    format: decoded.format,
    text: decoded.text,
    sha256: await sha256Hex(decoded.text),
    importedAt: details.now ?? nowIso(),
  };
}
