// The app in headless Chromium (the e2e harness: the real renderer, the
// real main-process handlers) with the ~1 MB source and 10k annotations:
// - open: from navigation start until the app's reader marks the source's
//   highlights painted (every annotation anchored; those near the view
//   registered in CSS.highlights, checked against the probe's count): from
//   then on the analyst can select, scroll and type; then the pane's cards;
// - renderer JS heap after a forced GC, once the searching and typing below are done;
// - search-as-you-type: input event → the annotation count shows the result;
// - typing 200 characters in a note: the longest long task (PerformanceObserver).
// Each timed session is a fresh launch on a fresh copy of the notebook.
// BENCH_BEFORE=<another checkout> times that checkout's open in the same run,
// alternating with this one, with its own harness, renderer and data.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchApp as launchThisApp, type HarnessApp, type LaunchOptions } from '../../e2e/harness/launch.ts';
import { anchorAll } from '../../notes/anchoring/index.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import { filterAnnotations, SearchIndex } from '../../renderer/src/annotations/searchIndex.ts';
import { DATA_DIR, notebookFile, readNotebook } from '../generate/data.ts';
import { SOURCE_ID } from '../generate/notebook.ts';
import { le, row, type Row } from '../lib/result.ts';
import { summarize, RUNS, WARMUPS } from '../lib/stats.ts';
import { buildRenderer } from './app-build.ts';
import { PAINTED_SIGNAL, type ProbeState } from './app-probe.ts';
import { HIGHLIGHTS_PAINTED, type PaintedDetail } from '../../renderer/src/reader/paintedMark.ts';

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

/** A checkout to time: this one, or BENCH_BEFORE's with its own harness, renderer and data. */
interface Build {
  label: string;
  rendererDir: string;
  notebook: string;
  launchApp: (options: LaunchOptions & { dialogs?: undefined }) => Promise<HarnessApp>;
}

interface Session {
  /** The app's reader painted with its highlights, taking input; then the pane's first list of cards committed. */
  openMs: number;
  cardsMs: number;
  heapMB: number;
  /** Highlight ranges registered when the mark was made. */
  registered: number;
  /** Search keystrokes: input event → the list updated, ms. */
  keystrokes: number[];
  longTasks: number[];
}

/** Until the app's own reader marks the highlights painted (an older build also marked a first screen, `by: 'first-screen'`). */
async function readerPainted(page: Page): Promise<{ startTime: number; detail: PaintedDetail }> {
  const handle = await page.waitForFunction(
    (name) => {
      const mark = (performance.getEntriesByName(name, 'mark') as PerformanceMark[]).find((m) => (m.detail as { by?: string }).by !== 'first-screen');
      return mark && { startTime: mark.startTime, detail: mark.detail as PaintedDetail };
    },
    HIGHLIGHTS_PAINTED,
    { timeout: 120_000 },
  );
  return (await handle.jsonValue())!;
}

/** The open alone, of `build` (the comparison with another checkout). */
async function openOnly(run: number, build: Build, anchored: number): Promise<number> {
  const { app, folder } = await launch(run, build);
  try {
    const mark = await readerPainted(app.page);
    if (mark.detail.anchored !== anchored) throw new Error(`${build.label}: the reader anchored ${mark.detail.anchored} annotations, expected ${anchored}.`);
    return mark.startTime;
  } finally {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  }
}

async function launch(run: number, build: Build): Promise<{ app: HarnessApp; folder: string; paintedSignal: Promise<void> }> {
  const folder = path.join(DATA_DIR, 'app', `${build.label}-run-${run}`);
  await rm(folder, { recursive: true, force: true });
  const notebooksDir = path.join(folder, 'Research Notebook');
  const userDataDir = path.join(folder, 'user-data');
  await mkdir(notebooksDir, { recursive: true });
  await mkdir(userDataDir, { recursive: true });
  const file = path.join(notebooksDir, 'Coalition report.notebook.json');
  await copyFile(build.notebook, file);
  // The notebook to reopen, as the app remembers it between launches.
  await writeFile(path.join(userDataDir, 'settings.json'), JSON.stringify({ recent: [file], lastNotebook: file }));
  let signalled = () => {};
  const paintedSignal = new Promise<void>((resolve) => (signalled = resolve));
  const app = await build.launchApp({
    notebooksDir,
    userDataDir,
    rendererDir: build.rendererDir,
    beforeNavigate: (p) => {
      p.on('console', (message) => message.text() === PAINTED_SIGNAL && signalled());
    },
  });
  return { app, folder, paintedSignal };
}

async function session(run: number, build: Build, anchored: number, queries: { text: string; final: string }[], log: (line: string) => void): Promise<Session> {
  let app: HarnessApp | undefined;
  let folder: string | undefined;
  try {
    const launched = await launch(run, build);
    ({ app, folder } = launched);
    const { paintedSignal } = launched;
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
    await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.lists.length > 0, null, { timeout: 120_000 });
    const cardsMs = (await probe(page)).lists[0]!;
    await page.evaluate(() => ((window as unknown as { __bench: ProbeState }).__bench.stopped = true));

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
    // GC keeps, and a search typed right after it would run colder than any analyst's.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();

    const typed = queries.map((q) => q.text).join('');
    const slowest = keystrokes.indexOf(Math.max(...keystrokes));
    log(
      `app run ${run}: open ${mark.startTime.toFixed(0)} ms, heap ${(heap.usedSize / 1e6).toFixed(0)} MB, slowest keystroke ${keystrokes[slowest]!.toFixed(1)} ms (“${typed[slowest]}”, key ${slowest + 1}; all: ${keystrokes.map((k) => k.toFixed(0)).join(' ')}), long tasks ${longTasks.length}`,
    );
    return { openMs: mark.startTime, cardsMs, registered, heapMB: heap.usedSize / 1e6, keystrokes, longTasks };
  } finally {
    if (app) {
      const errors = [...app.pageErrors, ...app.cspViolations.map((v) => `CSP: ${v.directive} ${v.blocked}`), ...app.requests.map((r) => `request: ${r}`)];
      await app.close();
      if (errors.length) log(`app run ${run}: page problems: ${errors.join('; ')}`);
    }
    if (folder) await rm(folder, { recursive: true, force: true });
  }
}

/** The other checkout named by BENCH_BEFORE: its renderer built, its data generated, its harness loaded. */
async function beforeBuild(dir: string, log: (line: string) => void): Promise<Build> {
  const root = path.resolve(dir);
  const load = <T>(file: string) => import(pathToFileURL(path.join(root, file)).href) as Promise<T>;
  const data = await load<typeof import('../generate/data.ts')>('bench/generate/data.ts');
  await data.ensureData(data.DATA_DIR, log);
  const { buildRenderer: buildThat } = await load<typeof import('./app-build.ts')>('bench/suites/app-build.ts');
  const { launchApp } = await load<typeof import('../../e2e/harness/launch.ts')>('e2e/harness/launch.ts');
  return { label: 'before', rendererDir: await buildThat(log), notebook: data.notebookFile(SIZE), launchApp };
}

const registeredSummary = (sessions: Session[]) => `${[...new Set(sessions.map((s) => s.registered))].join(' or ')} ranges`;

export async function runApp(log: (line: string) => void): Promise<{ rows: Row[]; details: Record<string, unknown>[] }> {
  const build: Build = { label: 'this', rendererDir: await buildRenderer(log), notebook: notebookFile(SIZE), launchApp: launchThisApp };
  const before = process.env.BENCH_BEFORE ? await beforeBuild(process.env.BENCH_BEFORE, log) : undefined;
  const nb = await readNotebook(notebookFile(SIZE));
  const source = nb.sources.find((s) => s.id === SOURCE_ID)!;
  const anchored = [...anchorAll(source.text, nb.annotations).values()].filter((r) => r.state !== 'orphaned').length;
  const queries = chooseQueries(nb, 2);
  if (queries.length === 0) throw new Error('No search query changes the count at every keystroke; extend CANDIDATE_QUERIES.');

  const sessions: Session[] = [];
  const beforeOpens: number[] = [];
  for (let run = -WARMUPS; run < RUNS; run++) {
    const s = await session(run + WARMUPS, build, anchored, queries, log);
    if (run >= 0) sessions.push(s);
    // Alternated with this checkout's, so both see the same machine.
    if (before) {
      const ms = await openOnly(run + WARMUPS, before, anchored);
      log(`app run ${run + WARMUPS}: before (${process.env.BENCH_BEFORE}) open ${ms.toFixed(0)} ms`);
      if (run >= 0) beforeOpens.push(ms);
    }
  }
  const open = summarize(sessions.map((s) => s.openMs));
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
        "Open 10k notebook: the app's reader painted, taking input",
        'ms',
        open,
        le(800),
        `from navigation start to the reader's mark that the source's highlights are painted (renderer/src/reader/painted.ts): all ${anchored} annotations anchored, the highlights in view registered (${registeredSummary(sessions)}) and painted; the analyst can select, scroll and type`,
      ),
      ...(before ? [row('app', '  the same, before (BENCH_BEFORE), alternating', 'ms', summarize(beforeOpens), undefined, `${process.env.BENCH_BEFORE}: its app's own reader painted, timed in the same runs`)] : []),
      row('app', "  then: the pane's cards", 'ms', cards, undefined, "from navigation start to the pane's first list of cards committed (they come in the task after the reader's first screen: renderer/src/state/afterFirstPaint.ts)"),
      row('app', 'Longest long task while typing 200 characters in a note, 10k', 'ms', longest, le(50), `long tasks per run: ${sessions.map((s) => s.longTasks.length).join(', ')} (0 ms = none over 50 ms)`),
      row('app', 'Search-as-you-type, slowest keystroke, 10k', 'ms', slowestKey, le(16), `${keys} keystrokes per run (${queries.map((q) => `“${q.text}”`).join(', ')}): input event → the last commit of the pane's list it caused (notebook:list-committed)`),
      row('app', 'Search-as-you-type, median keystroke, 10k', 'ms', medianKey),
      row('app', 'Renderer JS heap after GC, 10k', 'MB', heap, le(150), 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage, after the search and the typing'),
    ],
    details: [{ anchored, queries: queries.map((q) => q.text), sessions }],
  };
}
