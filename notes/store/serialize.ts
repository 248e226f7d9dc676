// JSON.stringify(notebook), produced in slices. A 100k-annotation notebook
// is ~40 MB of JSON; stringifying it in one go blocks the main process for
// hundreds of milliseconds, which freezes every window. Here the top-level
// arrays (annotations, sources, …) are stringified a group of elements at a
// time and handed out in batches, so the writer's awaits give the event loop
// a turn between batches. The bytes are exactly those of JSON.stringify(notebook).
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface SliceOptions {
  /** Stop a batch once stringifying it took this long (ms). */
  budgetMs?: number;
  /** …or once it holds this many characters (one write). */
  batchChars?: number;
}

/** Elements stringified in one call, at most (a few hundred kilobytes of JSON for annotations). */
const MAX_GROUP = 512;

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
    // Elements go through JSON.stringify in groups: one call per element
    // costs about as much again as the stringifying itself at 10k
    // annotations. The group grows while it stays well inside the budget.
    let group = 16;
    for (let i = 0; i < item.length; ) {
      const end = Math.min(item.length, i + group);
      const before = performance.now();
      // A slice's JSON is its elements' JSON joined by commas (holes and undefined become null), bracketed.
      const json = JSON.stringify(item.slice(i, end));
      push((i ? ',' : '') + json.slice(1, -1));
      i = end;
      const took = performance.now() - before;
      if (took < budgetMs / 8 && group < MAX_GROUP) group *= 2;
      else if (took > budgetMs / 2 && group > 1) group >>= 1;
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
