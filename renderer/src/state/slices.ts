// Work done a few milliseconds at a time, soon after it is asked for, but
// never as one long task: each slice is a task of its own, so a keystroke
// waits behind one slice at most. Not idle callbacks: after an open,
// Chromium's idle periods come too rarely, and an analyst typing at once
// would meet an unready search.
//
// Every job's slices go through one queue: jobs of a priority take turns, a
// slice at a time, and 'high' ones (the search index, which a search typed
// just after opening needs) go before 'normal' ones (the rest of a long text).
// They are ordinary tasks, so the page's frames and inputs come between them.

export type SlicePriority = 'high' | 'normal';

interface Job {
  step: () => boolean;
  priority: SlicePriority;
  stopped: boolean;
}

const queues: Record<SlicePriority, Set<Job>> = { high: new Set(), normal: new Set() };
let channel: MessageChannel | null = null;

function next(): Job | undefined {
  return queues.high.values().next().value ?? queues.normal.values().next().value;
}

function runOne(): void {
  const job = next();
  if (job) {
    const queue = queues[job.priority];
    // Its turn ends: to the back of its queue, or out when done.
    queue.delete(job);
    try {
      if (job.step() && !job.stopped) queue.add(job);
    } catch (error) {
      // One job's fault ends that job only: the others share this queue.
      report(error);
    }
  }
  if (next()) channel!.port2.postMessage(null);
  else {
    // Nothing left: let the port go (in Node an open port keeps the process alive).
    channel!.port1.close();
    channel = null;
  }
}

/** As an uncaught error would be (the console, window.onerror), without stopping the queue. */
function report(error: unknown): void {
  const reportError = (globalThis as { reportError?: (e: unknown) => void }).reportError;
  if (typeof reportError === 'function') reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

/** Calls `step` in successive tasks while it returns true; the returned function stops it. */
export function inSlices(step: () => boolean, priority: SlicePriority = 'normal'): () => void {
  const job: Job = { step, priority, stopped: false };
  queues[priority].add(job);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runOne;
    channel.port2.postMessage(null);
  }
  return () => {
    job.stopped = true;
    queues[priority].delete(job);
  };
}
