import type { Source } from '../../model/schema.ts';

/** What an importer read out of a file, before it is a Source. */
export interface ExtractedDocument {
  /** The text the source keeps; annotations anchor into it. */
  text: string;
  format: Source['format'];
  title?: string;
  author?: string;
  publisher?: string;
  published?: string;
  url?: string;
  /** For paged documents: the offset in `text` where each page starts. */
  pages?: number[];
}
