// The notebook store at 1k / 10k / 100k annotations:
// - save after a one-annotation edit (openNotebook → set → flush), against
//   a plain durable write of the same notebook (notebookJson, write, fsync,
//   rename, fsync the folder) in the same process, alternately;
// - the longest the event loop was blocked during each save;
// - load (read, parse, migrate, validate: openNotebook read-only).
import { copyFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Notebook } from '../../notes/model/schema.ts';
import { openNotebook } from '../../notes/store/index.ts';
import { DATA_DIR, label, notebookFile, readNotebook } from '../generate/data.ts';
import { le, row, type Row } from '../lib/result.ts';
import { ratio, repeat, summarize, RUNS, WARMUPS } from '../lib/stats.ts';
import { notebookJson } from '../../notes/store/serialize.ts';

interface Watched {
  ms: number;
  /** Longest gap between two turns of the event loop, in ms. */
  longestBlockMs: number;
}

/**
 * Runs `work` while a setImmediate ticker measures how long the event loop
 * goes without a turn (a timer at 1 ms resolution would hide gaps below it).
 */
export async function watchLoop(work: () => Promise<unknown>): Promise<Watched> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  running = false;
  tick();
  return { ms, longestBlockMs: longest };
}

/** The simplest durable save: what a store without slicing or coalescing would do. */
async function plainSave(file: string, nb: Notebook): Promise<void> {
  // The same bytes the store writes: ASCII JSON (notes/store/serialize.ts).
  const bytes = Buffer.from(notebookJson(nb), 'utf8');
  const temp = `${file}.plain-tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const folder = await open(path.dirname(file), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * A full collection before each timed save, when the process allows it
 * (run.ts starts suites with --expose-gc): the plain write leaves a
 * notebook-sized string behind, and collecting it during the store's save
 * would be charged to the store.
 */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The notebook with one annotation's note edited (a new object, as the app's operations make). */
function editOne(nb: Notebook, run: number): Notebook {
  const i = (run * 7919 + 13) % nb.annotations.length;
  const a = nb.annotations[i]!;
  const at = new Date(Date.parse(nb.updatedAt) + (run + 10) * 1000).toISOString();
  return { ...nb, updatedAt: at, annotations: nb.annotations.with(i, { ...a, note: `${a.note}\n\nEdited in run ${run}.`, updatedAt: at }) };
}

export async function runStore(log: (line: string) => void): Promise<{ rows: Row[]; details: Record<string, unknown>[] }> {
  const folder = path.join(DATA_DIR, 'store');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const rows: Row[] = [];
  const details: Record<string, unknown>[] = [];
  try {
    for (const n of [1_000, 10_000, 100_000]) {
      const size = label(n);
      const file = path.join(folder, `notebook-${size}.json`);
      await copyFile(notebookFile(n), file);
      const megabytes = (await stat(file)).size / 1e6;

      const loadCpu: number[] = [];
      const load = await repeat(async (run) => {
        settle();
        const start = performance.now();
        const cpu = process.cpuUsage();
        const reader = await openNotebook(file, { readOnly: true });
        const ms = performance.now() - start;
        const used = process.cpuUsage(cpu);
        if (run >= 0) loadCpu.push((used.user + used.system) / 1000);
        await reader.close();
        return ms;
      });
      log(`store ${size}: load ${load.median.toFixed(0)} ms`);

      let nb = await readNotebook(file);
      const store = await openNotebook(file);
      const plainFile = path.join(folder, `plain-${size}.json`);
      const saves: Watched[] = [];
      const plains: Watched[] = [];
      const idles: Watched[] = [];
      try {
        for (let run = -WARMUPS; run < RUNS; run++) {
          nb = editOne(nb, run + WARMUPS);
          const edited = nb;
          settle();
          const s = await watchLoop(async () => {
            store.set(edited);
            await store.flush();
          });
          // The same stretch of time with nothing to do: gaps here are the machine's, not the save's.
          const quiet = await watchLoop(() => new Promise((resolve) => setTimeout(resolve, s.ms)));
          settle();
          const p = await watchLoop(() => plainSave(plainFile, edited));
          if (run >= 0) {
            saves.push(s);
            idles.push(quiet);
            plains.push(p);
          }
        }
      } finally {
        await store.close();
      }
      log(`store ${size}: save ${summarize(saves.map((s) => s.ms)).median.toFixed(0)} ms, plain ${summarize(plains.map((s) => s.ms)).median.toFixed(0)} ms`);
      const about = `${size} annotations, ${megabytes.toFixed(1)} MB file`;
      const versus = ratio(saves.map((s) => s.ms), plains.map((p) => p.ms));
      rows.push(
        row('store', `Save after a one-annotation edit, ${size}`, 'ms', summarize(saves.map((s) => s.ms)), undefined, about),
        row('store', `Plain durable write of the same notebook, ${size}`, 'ms', summarize(plains.map((s) => s.ms)), undefined, 'notebookJson (the bytes the store writes) + write + fsync + rename + folder fsync'),
        row('store', `Save / plain write, ${size}`, '×', versus, le(1.2), 'save median / plain median (min, max: per pair of runs)'),
        row(
          'store',
          `Longest event-loop block during a save, ${size}`,
          'ms',
          summarize(saves.map((s) => s.longestBlockMs)),
          n === 10_000 ? le(16) : n === 100_000 ? le(50) : undefined,
          `plain write blocks ${summarize(plains.map((s) => s.longestBlockMs)).median.toFixed(0)} ms`,
        ),
        row('store', `Longest event-loop gap with nothing running (noise floor), ${size}`, 'ms', summarize(idles.map((s) => s.longestBlockMs)), undefined, 'idle for as long as the save took, right after it'),
        row('store', `Load (read, parse, validate), ${size}`, 'ms', load, n === 10_000 ? le(100) : undefined, about),
        row('store', `Load CPU time (this process), ${size}`, 'ms', summarize(loadCpu), undefined, 'less sensitive than wall time to other work on the machine'),
      );
      details.push({ size, megabytes });
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { rows, details };
}
