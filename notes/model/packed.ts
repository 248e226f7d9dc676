// The notebook as main hands it to the window. Most of a notebook's bytes are
// quotes, and a quote whose words and context main finds at its position in
// its source is the same text twice: such an annotation crosses as four
// numbers and the window reads its quote back out of the source. About 40%
// less to serialize, carry and parse when a notebook opens. Quotes that no
// longer sit where their position says (an edited source, an orphan) cross
// whole, so nothing the analyst kept is ever rebuilt from a guess.
import { asciiJson } from './ascii-json.ts';
import type { Annotation, Notebook, Source } from './schema.ts';

/** Start, end, prefix length, suffix length: the quote selector is the source's text around [start, end). */
export type QuoteAt = readonly [start: number, end: number, prefixLength: number, suffixLength: number];

export type PackedAnnotation = Omit<Annotation, 'target'> & ({ target: Annotation['target']; at?: undefined } | { at: QuoteAt; target?: undefined });

export interface PackedNotebook extends Omit<Notebook, 'annotations'> {
  annotations: PackedAnnotation[];
}

/** Where the annotation's quote selector reads exactly from `text`, else null. */
function quoteAt(text: string, { quote, position }: Annotation['target']): QuoteAt | null {
  const { start, end } = position;
  const from = start - quote.prefix.length;
  const to = end + quote.suffix.length;
  if (from < 0 || to > text.length || end - start !== quote.exact.length) return null;
  if (!text.startsWith(quote.exact, start) || !text.startsWith(quote.prefix, from) || !text.startsWith(quote.suffix, end)) return null;
  return [start, end, quote.prefix.length, quote.suffix.length];
}

function textsById(sources: readonly Source[]): Map<string, string> {
  return new Map(sources.map((s) => [s.id, s.text]));
}

/**
 * Pack and unpack build annotations field by field, in the file's order:
 * several times faster than copying keys in a loop, and unpacking runs before
 * the first paint. A field added to the schema fails to compile here until
 * both carry it.
 */
// `by` (merged-in annotations) is carried by not packing those.
type CarriedField = 'id' | 'sourceId' | 'target' | 'note' | 'tags' | 'claim' | 'createdAt' | 'updatedAt' | 'by';
const _everyFieldCarried: Exclude<keyof Annotation, CarriedField> extends never ? true : never = true;

export function packNotebook(notebook: Notebook): PackedNotebook {
  const texts = textsById(notebook.sources);
  return {
    ...notebook,
    annotations: notebook.annotations.map((a): PackedAnnotation => {
      const text = texts.get(a.sourceId);
      const at = text === undefined ? null : quoteAt(text, a.target);
      if (!at || a.by !== undefined) return a;
      const { id, sourceId, note, tags, claim, createdAt, updatedAt } = a;
      return claim ? { id, sourceId, note, tags, claim, createdAt, updatedAt, at } : { id, sourceId, note, tags, createdAt, updatedAt, at };
    }),
  };
}

export function unpackNotebook(packed: PackedNotebook): Notebook {
  const texts = textsById(packed.sources);
  return {
    ...packed,
    annotations: packed.annotations.map((a): Annotation => {
      if (!a.at) return a as Annotation;
      const text = texts.get(a.sourceId);
      const [start, end, prefixLength, suffixLength] = a.at;
      if (text === undefined || start - prefixLength < 0 || end + suffixLength > text.length || end <= start) {
        // Main packs only quotes it has just read in the text, so this is a fault in the crossing, not in the file.
        throw new Error(`Annotation ${a.id} points outside its source's text. The notebook's file is unchanged — open it again.`);
      }
      const target: Annotation['target'] = {
        quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(start - prefixLength, start), suffix: text.slice(end, end + suffixLength) },
        position: { type: 'TextPositionSelector', start, end },
      };
      const { id, sourceId, note, tags, claim, createdAt, updatedAt } = a;
      return claim ? { id, sourceId, target, note, tags, claim, createdAt, updatedAt } : { id, sourceId, target, note, tags, createdAt, updatedAt };
    }),
  };
}

/** The notebook as it crosses to the window: packed, as ASCII-only JSON text (ascii-json.ts says why). */
export function packNotebookText(notebook: Notebook): string {
  return asciiJson(packNotebook(notebook));
}

export function unpackNotebookText(text: string): Notebook {
  let packed: PackedNotebook;
  try {
    packed = JSON.parse(text) as PackedNotebook;
  } catch {
    // Main writes this text itself, so a fault here is in the crossing, not in the file.
    throw new Error("The notebook did not arrive whole from the app's main process. The notebook's file is unchanged — open it again.");
  }
  return unpackNotebook(packed);
}
