// What the bench adds to its own copy of the built renderer: one classic
// script, loaded before the app's module, that watches from the start of the
// page. The renderer marks when a source's highlights are painted
// (`notebook:highlights-painted`, renderer/src/reader/painted.ts); the probe
// also polls CSS.highlights once per animation frame and logs each change of
// the number of highlight ranges. For search
// keystrokes it records each input event's timestamp and, through a minimal
// React DevTools hook, when each React commit ended, so the bench can time a
// keystroke from its input event to the last commit it caused (the list
// updated). Like the e2e bridge, it must not import anything.

export interface ProbeConfig {
  /** Highlight names of annotations start with this (renderer/src/reader/highlightStyles.ts). */
  groupPrefix: string;
}

export interface ProbeState {
  /** [ms since navigation start, highlight ranges] at each change. */
  paints: [number, number][];
  /** When React finished each commit (DOM updated, layout effects run). */
  commits: number[];
  /** Input events on the annotation search box: the event's timestamp and the query after it. */
  searches: { at: number; query: string }[];
  /** Set by the bench once the open is measured: stops the per-frame polling so it cannot disturb what follows. */
  stopped: boolean;
}

export function installProbe(config: ProbeConfig): void {
  const state: ProbeState = { paints: [], commits: [], searches: [], stopped: false };
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

  // React reports every commit to a DevTools hook when one is present, in
  // production builds too; this minimal one only notes when each commit ended.
  let renderers = 0;
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => ++renderers,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    // Called after the commit's DOM changes and layout effects.
    onCommitFiberRoot: () => state.commits.push(performance.now()),
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
  };

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
  return `(() => { const __name = (target) => target; (${installProbe.toString()})(${JSON.stringify(config)}); })();\n`;
}
