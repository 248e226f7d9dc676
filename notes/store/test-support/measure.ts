// Store timings, for the report and for bench/: load (read + parse + migrate +
// validate), save (sliced serialization + fsync + rename), and the longest the
// event loop was blocked during a save. Not a test: timings vary by machine.
//
//   node --import tsx notes/store/test-support/measure.ts [annotations...]
//   (default: 10000 100000; add e.g. 480000 for a ~200 MB notebook)
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createNotebookFile, openNotebook } from '../index.ts';
import { syntheticNotebook } from './synthetic.ts';

/** Runs `work` while pinging the event loop; returns the work's time and the longest gap between pings. */
async function withLoopWatch(work: () => Promise<void>): Promise<{ ms: number; longestBlockMs: number }> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const ping = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(ping);
  };
  setImmediate(ping);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  running = false;
  ping();
  return { ms, longestBlockMs: longest };
}

const round = (n: number) => Math.round(n * 10) / 10;

async function measure(count: number, folder: string): Promise<void> {
  const file = path.join(folder, `n${count}.json`);
  await createNotebookFile(file, syntheticNotebook(count));
  const size = (await fsp.stat(file)).size;
  const loads: number[] = [];
  const loadCpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const reader = await openNotebook(file, { readOnly: true });
    loads.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    loadCpu.push((used.user + used.system) / 1000);
    await reader.close();
  }
  const store = await openNotebook(file);
  const saves: { ms: number; longestBlockMs: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const next = { ...store.notebook, title: `Save ${i}` };
    saves.push(
      await withLoopWatch(async () => {
        store.set(next);
        await store.flush();
      }),
    );
  }
  await store.close();
  console.log(
    JSON.stringify({
      annotations: count,
      megabytes: round(size / 1e6),
      loadMs: loads.map(round),
      // CPU time of the load: close to its wall time on an idle core, and not inflated by other processes.
      loadCpuMs: loadCpu.map(round),
      saveMs: saves.map((s) => round(s.ms)),
      longestBlockDuringSaveMs: saves.map((s) => round(s.longestBlockMs)),
    }),
  );
}

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'notebook-measure-'));
try {
  for (const count of counts.length ? counts : [10_000, 100_000]) await measure(count, folder);
} finally {
  await fsp.rm(folder, { recursive: true, force: true });
}
