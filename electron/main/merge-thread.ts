// Runs a merge plan in a worker thread, so the main process keeps answering
// the window (and saving) while two large notebooks are read and merged. From
// the sources (tests, the e2e harness) the worker is the .ts file, loaded
// through tsx; in the built app it is merge-worker.js beside this chunk.
import { Worker } from 'node:worker_threads';
import type { MergeJob, MergeJobResult } from './merge-plan.ts';

const fromSources = import.meta.url.endsWith('.ts');

function startWorker(job: MergeJob): Worker {
  const entry = new URL(`./merge-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSources) return new Worker(entry, { workerData: job });
  // A worker does not inherit tsx's loader: register it in the thread, then load the entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: job });
}

export function planMergeInWorker(job: MergeJob): Promise<MergeJobResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    worker.once('message', (message: { result?: MergeJobResult; failed?: string }) => {
      settled = true;
      void worker.terminate();
      if (message.result) resolve(message.result);
      else reject(new Error(`the merge worker failed: ${message.failed ?? 'no reason given'}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the merge worker stopped (exit ${code}) before it answered`));
    });
  });
}
