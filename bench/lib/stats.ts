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

/**
 * A comparison of two contenders timed in the same runs: the figure is the
 * ratio of their medians (steadier than the median of per-run ratios when a
 * single run is disturbed); min and max are the extreme per-run ratios.
 */
export function ratio(numerators: readonly number[], denominators: readonly number[]): Figure {
  if (numerators.length !== denominators.length) throw new RangeError('a ratio needs the same number of runs on both sides');
  const pairs = numerators.map((n, i) => n / denominators[i]!);
  const spread = summarize(pairs);
  return { median: summarize(numerators).median / summarize(denominators).median, min: spread.min, max: spread.max, samples: pairs };
}

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
