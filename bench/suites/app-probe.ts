// What the bench adds to its own copy of the built renderer: one classic
// script, loaded before the app's module, that watches from the start of the
// page. The renderer exposes no "highlights painted" signal, so the probe
// polls CSS.highlights once per animation frame and logs each change of the
// number of highlight ranges (and when the text first appears). It also
// times search keystrokes: from the input event's timestamp to the moment the
// annotation count shows the expected result (a MutationObserver, i.e. right
// after React commits). Like the e2e bridge, it must not import anything.

export interface ProbeConfig {
  /** Highlight names of annotations start with this (renderer/src/reader/highlightStyles.ts). */
  groupPrefix: string;
}

export interface ProbeState {
  /** [ms since navigation start, highlight ranges] at each change. */
  paints: [number, number][];
  /** ms since navigation start when the source's paragraphs were first in the DOM. */
  textShown: number | null;
  /** Search keystrokes, in order: input event → expected count shown, and → the next frame. */
  keystrokes: { query: string; toDom: number; toFrame: number }[];
  /** Set by the bench before each search keystroke: the count text that keystroke should produce. */
  expectCount: string | null;
}

export function installProbe(config: ProbeConfig): void {
  const state: ProbeState = { paints: [], textShown: null, keystrokes: [], expectCount: null };
  (window as unknown as { __bench: ProbeState }).__bench = state;

  let last = -1;
  const frame = () => {
    if (state.textShown === null && document.querySelector('.reader-text p[data-block]')) state.textShown = performance.now();
    let ranges = 0;
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      for (const [name, highlight] of CSS.highlights) if (name.startsWith(config.groupPrefix)) ranges += highlight.size;
    }
    if (ranges !== last) {
      state.paints.push([performance.now(), ranges]);
      last = ranges;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // Search timing. Registered on the document in the capture phase, so it
  // runs before React's listeners on the root.
  let pending: { at: number; query: string; expect: string } | null = null;
  let observer: MutationObserver | null = null;
  let pane: Element | null = null;
  const countNow = () => pane?.querySelector('.column-head .count')?.textContent ?? '';
  const check = () => {
    if (!pending || countNow() !== pending.expect) return;
    const done = pending;
    pending = null;
    const toDom = performance.now() - done.at;
    requestAnimationFrame(() => state.keystrokes.push({ query: done.query, toDom, toFrame: performance.now() - done.at }));
  };
  document.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || !target.classList.contains('search-input') || state.expectCount === null) return;
      pending = { at: event.timeStamp, query: target.value, expect: state.expectCount };
      state.expectCount = null;
      if (!observer) {
        pane = target.closest('.pane');
        observer = new MutationObserver(check);
        if (pane) observer.observe(pane, { subtree: true, childList: true, characterData: true });
      }
      check();
    },
    true,
  );
}

/** The probe as a classic script (tsx names functions through a `__name` helper the page lacks). */
export function probeScript(config: ProbeConfig): string {
  return `(() => { const __name = (target) => target; (${installProbe.toString()})(${JSON.stringify(config)}); })();\n`;
}
