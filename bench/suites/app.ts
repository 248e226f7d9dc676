// The app in headless Chromium (the e2e harness: the real renderer, the
// real main-process handlers) with the ~1 MB source and 10k annotations:
// - open: from navigation start until the window first marks the source's
//   highlights painted (every annotation anchored; those near the view
//   registered in CSS.highlights, checked against the probe's count) — the
//   first screen's mark, drawn before the app (renderer/src/opening/); then
//   when the app's own reader has taken its place, and the pane's cards;
// - renderer JS heap after a forced GC, once the searching and typing below are done;
// - search-as-you-type: input event → the annotation count shows the result;
// - typing 200 characters in a note: the longest long task (PerformanceObserver).
// Each timed session is a fresh launch on a fresh copy of the notebook.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp, type HarnessApp } from '../../e2e/harness/launch.ts';
import { anchorAll } from '../../notes/anchoring/index.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import { filterAnnotations, SearchIndex } from '../../renderer/src/annotations/searchIndex.ts';
import { DATA_DIR, notebookFile, readNotebook } from '../generate/data.ts';
import { SOURCE_ID } from '../generate/notebook.ts';
import { le, row, type Row } from '../lib/result.ts';
import { summarize, RUNS, WARMUPS } from '../lib/stats.ts';
import { buildRenderer } from './app-build.ts';
import { PAINTED_SIGNAL, type ProbeState } from './app-probe.ts';
import { SESSION_RECEIVED, SESSION_REQUESTED } from '../../renderer/src/state/firstSession.ts';
import { HIGHLIGHTS_PAINTED, type PaintedDetail } from '../../renderer/src/reader/painted.ts';

const SIZE = 10_000;
const NOTE_TEXT = 'Ministry wording differs from the Pentagon line; check the date of the second round and who attended. ';
const TYPED = NOTE_TEXT.repeat(3).slice(0, 200);
const KEY_DELAY_MS = 20;
/** The note editor applies the text 300 ms after the last key; pause past that now and then so saves happen while typing. */
const PAUSE_EVERY = 50;
const PAUSE_MS = 400;
const CANDIDATE_QUERIES = ['peshmerga', 'timeline', 'sovereignty', 'transition', 'withdrawal'];

/** Queries that narrow the list as they are typed (at least one keystroke changes the count). */
function chooseQueries(nb: Notebook, wanted: number): { text: string; final: string }[] {
  const index = new SearchIndex();
  const total = nb.annotations.length;
  const shown = (query: string) => filterAnnotations(nb, index, { query, actorId: '', questionId: '', tagId: '', sourceId: SOURCE_ID }).length;
  return CANDIDATE_QUERIES.map((text) => ({ text, count: shown(text) }))
    .filter((q) => q.count > 0 && q.count < total)
    .slice(0, wanted)
    .map((q) => ({ text: q.text, final: `${q.count} of ${total}` }));
}

function within(promise: Promise<void>, ms: number, message: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

interface Session {
  /** The first paint of the source's highlights: the first screen's, or the app's reader's when it came first. */
  openMs: number;
  openBy: PaintedDetail['by'];
  /** The app's own reader painted (from then on it takes input), and the pane's first list of cards committed. */
  readerMs: number;
  cardsMs: number;
  /** When the renderer asked main for the notebook, and when it had it (ms since navigation start). */
  requestedMs: number;
  receivedMs: number;
  heapMB: number;
  /** Highlight ranges registered when the mark was made. */
  registered: number;
  /** Search keystrokes: input event → the list updated, ms. */
  keystrokes: number[];
  longTasks: number[];
}

async function session(run: number, rendererDir: string, anchored: number, queries: { text: string; final: string }[], log: (line: string) => void): Promise<Session> {
  const folder = path.join(DATA_DIR, 'app', `run-${run}`);
  await rm(folder, { recursive: true, force: true });
  const notebooksDir = path.join(folder, 'Research Notebook');
  const userDataDir = path.join(folder, 'user-data');
  await mkdir(notebooksDir, { recursive: true });
  await mkdir(userDataDir, { recursive: true });
  const file = path.join(notebooksDir, 'Coalition report.notebook.json');
  await copyFile(notebookFile(SIZE), file);
  // The notebook to reopen, as the app remembers it between launches.
  await writeFile(path.join(userDataDir, 'settings.json'), JSON.stringify({ recent: [file], lastNotebook: file }));

  let app: HarnessApp | undefined;
  try {
    let signalled = () => {};
    const paintedSignal = new Promise<void>((resolve) => (signalled = resolve));
    app = await launchApp({
      notebooksDir,
      userDataDir,
      rendererDir,
      beforeNavigate: (p) => {
        p.on('console', (message) => message.text() === PAINTED_SIGNAL && signalled());
      },
    });
    const page = app.page;
    await within(paintedSignal, 120_000, `The renderer made no ${HIGHLIGHTS_PAINTED} mark within 2 minutes.`);
    // The renderer's mark once the frame with the source's highlights is painted (renderer/src/reader/painted.ts).
    const mark = await page.evaluate((name) => {
      const entry = performance.getEntriesByName(name, 'mark')[0] as PerformanceMark | undefined;
      return entry && { startTime: entry.startTime, detail: entry.detail as PaintedDetail };
    }, HIGHLIGHTS_PAINTED);
    if (!mark) throw new Error(`The renderer made no ${HIGHLIGHTS_PAINTED} mark.`);
    if (mark.detail.anchored !== anchored) throw new Error(`The reader anchored ${mark.detail.anchored} annotations, expected ${anchored}.`);
    const state = await probe(page);
    // The probe must have seen CSS.highlights hold what the mark says was registered, before the mark.
    const registered = mark.detail.registered;
    if (registered === 0 || !state.paints.some(([at, n]) => at <= mark.startTime && n === registered)) {
      throw new Error(`The mark says ${registered} highlight ranges were registered; the probe saw ${state.paints.map(([, n]) => n).join(', ')}.`);
    }
    const painted: [number, number] = [mark.startTime, registered];
    // Then the app takes the first screen's place: its reader's own mark, and the pane's first cards.
    const readerMs = await page
      .waitForFunction(
        (name) => (performance.getEntriesByName(name, 'mark') as PerformanceMark[]).find((m) => (m.detail as PaintedDetail).by === 'reader')?.startTime,
        HIGHLIGHTS_PAINTED,
        { timeout: 120_000 },
      )
      .then((h) => h.jsonValue() as Promise<number>);
    await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.lists.length > 0, null, { timeout: 120_000 });
    const cardsMs = (await probe(page)).lists[0]!;
    await page.evaluate(() => ((window as unknown as { __bench: ProbeState }).__bench.stopped = true));
    // The marks around the window's one request for the notebook: made by its bridge as it asks
    // (electron/first-call.ts) and by the renderer when the answer is in (renderer/src/state/controller.ts).
    const [requestedMs, receivedMs] = await page.evaluate((names) => names.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN), [SESSION_REQUESTED, SESSION_RECEIVED]);


    // Search as you type: each keystroke, from its input event to the last
    // commit of the pane's list of cards it caused, once the list is quiet.
    const search = page.getByPlaceholder('Search quotes, notes, tags…');
    const keystrokes: number[] = [];
    for (const query of queries) {
      await search.click();
      for (const char of query.text) {
        const before = (await probe(page)).searches.length;
        await page.keyboard.type(char);
        const timing = await page.evaluate(async (index) => {
          const bench = (window as unknown as { __bench: ProbeState }).__bench;
          const quiet = 100;
          for (;;) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            const input = bench.searches[index];
            const lastList = bench.lists[bench.lists.length - 1] ?? 0;
            if (input && performance.now() - Math.max(input.at, lastList) > quiet) {
              const done = bench.lists.filter((t) => t >= input.at).pop();
              return done === undefined ? null : done - input.at;
            }
          }
        }, before);
        if (timing === null) throw new Error(`Typing “${char}” in the search box caused no update of the list.`);
        keystrokes.push(timing);
      }
      const count = page.locator('.pane .column-head .count');
      if ((await count.textContent()) !== query.final) throw new Error(`Searching “${query.text}” shows ${await count.textContent()}, expected ${query.final}.`);
      await search.fill('');
      await count.filter({ hasText: new RegExp(`^${SIZE}$`) }).waitFor({ timeout: 10_000 });
    }

    // Typing in a note.
    await page.locator('.pane .card').first().getByRole('button', { name: /^(Add|Edit) note$/ }).click();
    const editor = page.getByLabel('Note (Markdown)');
    await editor.waitFor();
    await editor.click();
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    for (let i = 0; i < TYPED.length; i += PAUSE_EVERY) {
      await page.keyboard.type(TYPED.slice(i, i + PAUSE_EVERY), { delay: KEY_DELAY_MS });
      await page.waitForTimeout(PAUSE_MS);
    }
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const typedText = await editor.inputValue();
    if (!typedText.endsWith(TYPED)) throw new Error('The note editor did not receive the typed text.');

    // The heap last, after searching and typing: DevTools' forced GC also drops compiled code a normal
    // GC keeps, and a search typed right after it ran colder than any analyst's (its first keystroke
    // ~20 ms instead of ~14 ms in alternating runs).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();

    const typed = queries.map((q) => q.text).join('');
    const slowest = keystrokes.indexOf(Math.max(...keystrokes));
    log(
      `app run ${run}: open ${painted[0].toFixed(0)} ms (${mark.detail.by}), the app's reader ${readerMs.toFixed(0)} ms, heap ${(heap.usedSize / 1e6).toFixed(0)} MB, slowest keystroke ${keystrokes[slowest]!.toFixed(1)} ms (“${typed[slowest]}”, key ${slowest + 1}; all: ${keystrokes.map((k) => k.toFixed(0)).join(' ')}), long tasks ${longTasks.length}`,
    );
    return { openMs: painted[0], openBy: mark.detail.by, readerMs, cardsMs, registered, requestedMs: requestedMs!, receivedMs: receivedMs!, heapMB: heap.usedSize / 1e6, keystrokes, longTasks };
  } finally {
    if (app) {
      const errors = [...app.pageErrors, ...app.cspViolations.map((v) => `CSP: ${v.directive} ${v.blocked}`), ...app.requests.map((r) => `request: ${r}`)];
      await app.close();
      if (errors.length) log(`app run ${run}: page problems: ${errors.join('; ')}`);
    }
    await rm(folder, { recursive: true, force: true });
  }
}

const registeredSummary = (sessions: Session[]) => `${[...new Set(sessions.map((s) => s.registered))].join(' or ')} ranges`;

export async function runApp(log: (line: string) => void): Promise<{ rows: Row[]; details: Record<string, unknown>[] }> {
  const rendererDir = await buildRenderer(log);
  const nb = await readNotebook(notebookFile(SIZE));
  const source = nb.sources.find((s) => s.id === SOURCE_ID)!;
  const anchored = [...anchorAll(source.text, nb.annotations).values()].filter((r) => r.state !== 'orphaned').length;
  const queries = chooseQueries(nb, 2);
  if (queries.length === 0) throw new Error('No search query changes the count at every keystroke; extend CANDIDATE_QUERIES.');

  const sessions: Session[] = [];
  for (let run = -WARMUPS; run < RUNS; run++) {
    const s = await session(run + WARMUPS, rendererDir, anchored, queries, log);
    if (run >= 0) sessions.push(s);
  }
  const open = summarize(sessions.map((s) => s.openMs));
  const byFirstScreen = sessions.filter((s) => s.openBy === 'first-screen').length;
  const split = sessions.every((s) => Number.isFinite(s.requestedMs) && Number.isFinite(s.receivedMs));
  const boot = split ? summarize(sessions.map((s) => s.requestedMs)) : undefined;
  const received = split ? summarize(sessions.map((s) => s.receivedMs)) : undefined;
  const reader = summarize(sessions.map((s) => s.readerMs));
  const cards = summarize(sessions.map((s) => s.cardsMs));
  const slowestKey = summarize(sessions.map((s) => Math.max(...s.keystrokes)));
  const medianKey = summarize(sessions.map((s) => summarize(s.keystrokes).median));
  const longest = summarize(sessions.map((s) => Math.max(0, ...s.longTasks)));
  const heap = summarize(sessions.map((s) => s.heapMB));
  const keys = queries.reduce((n, q) => n + q.text.length, 0);
  return {
    rows: [
      row(
        'app',
        'Open 10k notebook until its highlights are painted',
        'ms',
        open,
        le(500),
        `from navigation start to the first mark that the source's highlights are painted (by the first screen in ${byFirstScreen} of ${sessions.length} runs, renderer/src/opening/): all ${anchored} annotations anchored, the highlights in view registered (${registeredSummary(sessions)}) and painted`,
      ),
      ...(boot ? [row('app', '  of which: page loads and asks main', 'ms', boot, undefined, "until the window's bridge asks for the first screen and the session as it is installed (the preload; here the harness's init script: electron/first-call.ts)")] : []),
      row('app', "  then: the app's reader in its place, taking input", 'ms', reader, undefined, "from navigation start to the app's own reader's mark (renderer/src/reader/painted.ts): the first screen is a picture; from here the analyst can select, scroll and type"),
      ...(received ? [row('app', '    of which: the notebook in the app’s hands', 'ms', received, undefined, "from navigation start: the packed notebook (~4.1 MB of ASCII JSON text; the harness: fetched from its loopback server; Electron: IPC) received by the app's script, then parsed, anchored, rendered and painted")] : []),
      row('app', "  then: the pane's cards", 'ms', cards, undefined, "from navigation start to the pane's first list of cards committed (they come in the task after the reader's first screen: renderer/src/state/afterFirstPaint.ts)"),
      row('app', 'Longest long task while typing 200 characters in a note, 10k', 'ms', longest, le(50), `long tasks per run: ${sessions.map((s) => s.longTasks.length).join(', ')} (0 ms = none over 50 ms)`),
      row('app', 'Search-as-you-type, slowest keystroke, 10k', 'ms', slowestKey, le(16), `${keys} keystrokes per run (${queries.map((q) => `“${q.text}”`).join(', ')}): input event → the last commit of the pane's list it caused (notebook:list-committed)`),
      row('app', 'Search-as-you-type, median keystroke, 10k', 'ms', medianKey),
      row('app', 'Renderer JS heap after GC, 10k', 'MB', heap, le(150), 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage, after the search and the typing'),
    ],
    details: [{ anchored, queries: queries.map((q) => q.text), sessions }],
  };
}
