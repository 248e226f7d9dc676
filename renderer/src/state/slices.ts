// Work done a few milliseconds at a time, soon after it is asked for, but
// never as one long task: each slice is a task of its own, so a keystroke
// waits behind one slice at most. Idle callbacks were too slow for this: after
// an open, Chromium's idle periods came rarely enough that 40 ms of work took
// 200 ms to finish, and an analyst typing at once met an unready search.

/** Calls `step` in successive tasks while it returns true; the returned function stops it. */
export function inSlices(step: () => boolean): () => void {
  const channel = new MessageChannel();
  let stopped = false;
  const stop = () => {
    stopped = true;
    channel.port1.close();
  };
  channel.port1.onmessage = () => {
    if (stopped) return;
    if (step()) channel.port2.postMessage(null);
    else stop();
  };
  channel.port2.postMessage(null);
  return stop;
}
