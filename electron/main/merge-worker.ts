// The worker thread that plans a merge (merge-plan.ts): it gets the job as
// workerData and posts back the result, or the error it failed with.
import { parentPort, workerData } from 'node:worker_threads';
import { planMergeOfFiles, type MergeJob } from './merge-plan.ts';

planMergeOfFiles(workerData as MergeJob).then(
  (result) => parentPort!.postMessage({ result }),
  (err: unknown) => parentPort!.postMessage({ failed: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
);
