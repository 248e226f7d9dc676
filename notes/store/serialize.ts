// JSON.stringify(notebook), produced in slices. A 100k-annotation notebook
// is ~40 MB of JSON; stringifying it in one go blocks the main process for
// hundreds of milliseconds, which freezes every window. Here the top-level
// arrays (annotations, sources, …) are stringified element by element and
// handed out in batches, so the writer's awaits give the event loop a turn
// between batches. The bytes are exactly those of JSON.stringify(notebook).
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface SliceOptions {
  /** Stop a batch once stringifying it took this long (ms). */
  budgetMs?: number;
  /** …or once it holds this many characters (one write). */
  batchChars?: number;
}

/** Whether JSON.stringify leaves an object property out. */
const omitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * Yields the JSON text of `value` (a plain object) in batches. Each batch is
 * cheap to encode and write; between batches the caller awaits I/O, and if a
 * batch filled up on time rather than size we also wait one event-loop turn.
 */
export async function* serializeInSlices(value: object, options: SliceOptions = {}): AsyncGenerator<string> {
  const budgetMs = options.budgetMs ?? 4;
  const batchChars = options.batchChars ?? 256 * 1024;
  let parts: string[] = [];
  let size = 0;
  let started = performance.now();
  const push = (text: string) => {
    parts.push(text);
    size += text.length;
  };
  const full = () => size >= batchChars || performance.now() - started >= budgetMs;
  const take = () => {
    const batch = parts.join('');
    parts = [];
    size = 0;
    return batch;
  };

  push('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (omitted(item)) continue;
    push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(item)) {
      push(JSON.stringify(item));
      continue;
    }
    push('[');
    for (let i = 0; i < item.length; i++) {
      // Array holes and undefined become null, as in JSON.stringify.
      push((i ? ',' : '') + (JSON.stringify(item[i]) ?? 'null'));
      // Checking the clock costs little next to stringifying an annotation.
      if (full()) {
        yield take();
        await nextTurn();
        started = performance.now();
      }
    }
    push(']');
  }
  push('}');
  yield take();
}
