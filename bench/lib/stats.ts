// Every figure is the median of several timed runs after untimed warm-ups,
// reported with the fastest and slowest run.

export interface Figure {
  median: number;
  min: number;
  max: number;
  /** Every timed run, in order. */
  samples: number[];
}

export function summarize(samples: readonly number[]): Figure {
  if (samples.length === 0) throw new RangeError('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, samples: [...samples] };
}

export interface RepeatOptions {
  runs?: number;
  warmups?: number;
}

export const RUNS = 5;
export const WARMUPS = 1;

/** Runs `once` warm-up then timed times; `once` returns the value to record (usually milliseconds). */
export async function repeat(once: (run: number) => Promise<number> | number, options: RepeatOptions = {}): Promise<Figure> {
  const runs = options.runs ?? RUNS;
  const warmups = options.warmups ?? WARMUPS;
  for (let i = 0; i < warmups; i++) await once(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once(i));
  return summarize(samples);
}

/** Milliseconds `work` takes. */
export async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Two contenders timed alternately (A B A B …) in the same process, so that
 * drift (other processes, disk caches, heat) hits both alike; the ratio of
 * their medians is what a target compares.
 */
export async function alternate(
  a: (run: number) => Promise<number> | number,
  b: (run: number) => Promise<number> | number,
  options: RepeatOptions = {},
): Promise<{ a: Figure; b: Figure; ratio: number }> {
  const runs = options.runs ?? RUNS;
  const warmups = options.warmups ?? WARMUPS;
  for (let i = 0; i < warmups; i++) {
    await a(-1 - i);
    await b(-1 - i);
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(await a(i));
    bs.push(await b(i));
  }
  const fa = summarize(as);
  const fb = summarize(bs);
  return { a: fa, b: fb, ratio: fa.median / fb.median };
}
