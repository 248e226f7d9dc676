// What the bench adds to its own copy of the built renderer: one classic
// script, deferred before the app's module so it runs just before it, that
// watches from the start of the page. The renderer marks when a source's
// highlights are painted (`notebook:highlights-painted`,
// renderer/src/reader/painted.ts); the probe also polls CSS.highlights once per
// animation frame and logs each change of the number of highlight ranges. For
// search keystrokes it records each input event's timestamp and when the
// annotations pane committed its list of cards, so the bench can time a
// keystroke from its input event to the last commit of the list it caused
// (not to commits of other parts of the page, such as the rest of a long text
// arriving). Like the e2e bridge, it must not import anything.

export interface ProbeConfig {
  /** Highlight names of annotations start with this (renderer/src/reader/highlightStyles.ts). */
  groupPrefix: string;
  /** The mark of each commit of the pane's list (renderer/src/annotations/marks.ts). */
  listMark: string;
  /** The renderer's mark once the source's highlights are painted (renderer/src/reader/painted.ts). */
  paintedMark: string;
}

/**
 * Written to the console when the painted mark is made. The bench waits for this console message rather
 * than polling the page: Playwright's waitForFunction first evaluates its ~300 KB injected script in the
 * page, on the page's main thread in the middle of the open it measures.
 */
export const PAINTED_SIGNAL = 'research-notebook-bench: highlights painted';

export interface ProbeState {
  /** [ms since navigation start, highlight ranges] at each change. */
  paints: [number, number][];
  /** When the annotations pane committed its list of cards, each time. */
  lists: number[];
  /** Input events on the annotation search box: the event's timestamp and the query after it. */
  searches: { at: number; query: string }[];
  /** Set by the bench once the open is measured: stops the per-frame polling so it cannot disturb what follows. */
  stopped: boolean;
}

export function installProbe(config: ProbeConfig & { signal: string }): void {
  const state: ProbeState = { paints: [], lists: [], searches: [], stopped: false };
  (window as unknown as { __bench: ProbeState }).__bench = state;

  let last = -1;
  const frame = () => {
    let ranges = 0;
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      for (const [name, highlight] of CSS.highlights) if (name.startsWith(config.groupPrefix)) ranges += highlight.size;
    }
    if (ranges !== last) {
      state.paints.push([performance.now(), ranges]);
      last = ranges;
    }
    if (!state.stopped) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // The pane marks each commit of its list of cards (renderer/src/annotations/marks.ts); the app keeps
  // only the latest, so they are collected as they come.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === config.listMark) state.lists.push(entry.startTime);
      else if (entry.name === config.paintedMark) console.debug(config.signal);
    }
  }).observe({ type: 'mark' });

  // Registered on the document in the capture phase, so it runs before React's listeners on the root.
  document.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.classList.contains('search-input')) state.searches.push({ at: event.timeStamp, query: target.value });
    },
    true,
  );
}
/** The probe as a classic script (tsx names functions through a `__name` helper the page lacks). */
export function probeScript(config: ProbeConfig): string {
  return `(() => { const __name = (target) => target; (${installProbe.toString()})(${JSON.stringify({ ...config, signal: PAINTED_SIGNAL })}); })();\n`;
}
