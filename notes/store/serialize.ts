// The notebook's JSON, produced in slices and mostly from a cache, as plain
// UTF-8 with one record to a line: every top-level field, and every element of
// the top-level arrays (each source, annotation, actor…), on its own line, so
// an analyst's Arabic reads as Arabic in their own file and a diff of two
// notebooks shows which records changed, in words.
//
// Slices: a 100k-annotation notebook is ~60 MB of JSON; stringifying it in
// one go blocks the main process for hundreds of milliseconds, which freezes
// every window. The top-level arrays are handled an element at a time and
// handed out in batches, so the writer's awaits give the event loop a turn
// between batches.
//
// Cache: each element's UTF-8 JSON is kept by object identity (a WeakMap, so
// it goes when the element does). Edits make new objects only for what they
// change (notes/model/apply.ts is pure), so a save after editing one
// annotation stringifies that one and copies the cached bytes of the others.
// This relies on the store's contract: a notebook handed to the store, and
// every object in it, is never mutated afterwards (immutability.test.ts applies every
// operation to a deep-frozen notebook). A mutated element would be saved as
// it was when first saved.
//
// The bytes are exactly those of Buffer.from(notebookJson(value)).
import { Buffer } from 'node:buffer';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** The notebook's file text: the JSON that serializeInSlices writes, in one piece. */
export function notebookJson(value: object): string {
  const lines: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (omitted(item)) continue;
    const json = Array.isArray(item) ? (item.length ? `[\n${Array.from(item, elementJson).join(',\n')}\n]` : '[]') : JSON.stringify(item);
    lines.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Holes, undefined and functions are `null` inside an array, as JSON.stringify writes them. */
const elementJson = (item: unknown): string => (omitted(item) ? 'null' : JSON.stringify(item));

export interface SliceOptions {
  /** Yield a batch once making it took this long (ms)… */
  budgetMs?: number;
  /** …or once it holds this many bytes (one write). */
  batchBytes?: number;
}

/** Element (an annotation, a source…) → its JSON, UTF-8. */
const saved = new WeakMap<object, Buffer>();

const NEXT = Buffer.from(',\n');

/** Whether JSON.stringify leaves an object property out. */
const omitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** The cached JSON of an array element, if it is an object saved before. */
const cached = (item: unknown): Buffer | undefined => (typeof item === 'object' && item !== null ? saved.get(item) : undefined);

/** An array element's JSON, made and cached (undefined and functions are `null`, as inside an array). */
function fresh(item: unknown): Buffer {
  const bytes = Buffer.from(elementJson(item), 'utf8');
  if (typeof item === 'object' && item !== null) saved.set(item, bytes);
  return bytes;
}

/**
 * Yields the JSON of `value` (a plain object) as UTF-8 batches. Between
 * batches the caller awaits I/O; a batch that filled up on time rather than
 * size is also followed by one event-loop turn. A batch is only valid until
 * the next one is asked for (they share one buffer): write it, or copy it.
 */
export async function* serializeInSlices(value: object, options: SliceOptions = {}): AsyncGenerator<Buffer> {
  const budgetMs = options.budgetMs ?? 4;
  // Copying a megabyte of cached JSON takes well under a millisecond; fewer writes cost less.
  const batchBytes = options.batchBytes ?? 1024 * 1024;
  let parts: Buffer[] = [];
  let size = 0;
  let started = performance.now();
  const push = (bytes: Buffer) => {
    parts.push(bytes);
    size += bytes.length;
  };
  const text = (s: string) => push(Buffer.from(s, 'utf8'));
  // Batches are copied into one buffer, reused: a new one per batch (60 per save at 100k annotations)
  // is external memory that makes V8 collect garbage, with long pauses, during the save.
  const scratch = Buffer.allocUnsafe(batchBytes + 64 * 1024);
  const take = (): Buffer => {
    let batch: Buffer;
    if (size > scratch.length) {
      batch = Buffer.concat(parts, size); // a very large element: a buffer of its own
    } else {
      let at = 0;
      for (const part of parts) {
        scratch.set(part, at);
        at += part.length;
      }
      batch = scratch.subarray(0, size);
    }
    parts = [];
    size = 0;
    return batch;
  };

  text('{\n');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (omitted(item)) continue;
    text(`${first ? '' : ',\n'}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(item)) {
      push(cached(item) ?? fresh(item));
      continue;
    }
    if (item.length === 0) {
      text('[]');
      continue;
    }
    text('[\n');
    for (let i = 0; i < item.length; i++) {
      if (i) push(NEXT);
      // Holes read as undefined, which JSON.stringify writes as null too.
      const known = cached(item[i]);
      push(known ?? fresh(item[i]));
      // A cached element costs a copy: the clock is read after every stringified one, else every 32.
      if (size >= batchBytes || ((!known || (i & 31) === 31) && performance.now() - started >= budgetMs)) {
        const onTime = size < batchBytes;
        yield take();
        if (onTime) await nextTurn();
        started = performance.now();
      }
    }
    text('\n]');
  }
  text('\n}\n');
  yield take();
}
