import { PAGED_MAX_BYTES } from '../decode.ts';
// The one error an import throws on bad input: a single line that says what is
// wrong with the file and what to do, shown as is by the app and the CLI.

export type RefusalReason =
  | 'too-large'
  | 'wrong-type'
  | 'unsupported'
  | 'empty'
  | 'damaged'
  | 'encrypted'
  | 'no-text'
  | 'no-article';

export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message.replace(/\s*\n\s*/g, ' '));
  }
}

/**
 * Largest file the importer reads. PDFs and Word files carry images and fonts
 * beside their text, so this is above the text-file limit (MAX_SOURCE_BYTES);
 * the text extracted still has to fit a source.
 */
export const SOURCE_MAX_BYTES = PAGED_MAX_BYTES;
