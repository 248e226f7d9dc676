// Tells tests, the bench and the DevTools timeline when a source's highlights
// are on screen: a `performance.mark` once the frame that drew them has been
// painted, carrying how many annotations anchored and how many ranges are
// registered (those near the screen).

export const HIGHLIGHTS_PAINTED = 'notebook:highlights-painted';

export interface PaintedDetail {
  sourceId: string;
  /** Annotations of the source placed on its text. */
  anchored: number;
  /** Highlight ranges registered: the anchored annotations on or near the screen. */
  registered: number;
}

export function markPainted(detail: PaintedDetail): void {
  // A task posted from inside the frame's animation callbacks runs after that frame is painted.
  // At 'user-blocking' priority where the browser has it, so the mark is not queued behind the tasks
  // already waiting (the rest of a long text, the search index), which would make it late.
  requestAnimationFrame(() => {
    const mark = () => performance.mark(HIGHLIGHTS_PAINTED, { detail });
    const scheduler = (globalThis as { scheduler?: { postTask?(task: () => void, options: { priority: string }): Promise<void> } }).scheduler;
    if (scheduler?.postTask) {
      void scheduler.postTask(mark, { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      mark();
    };
    channel.port2.postMessage(null);
  });
}
