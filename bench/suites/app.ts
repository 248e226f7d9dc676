// The app in headless Chromium (the e2e harness: the real renderer, the
// real main-process handlers) with the ~1 MB source and 10k annotations:
// - open: from navigation start until every anchored annotation's highlight
//   range is registered in CSS.highlights (polled each frame by the probe);
// - renderer JS heap after a forced GC;
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
import type { ProbeState } from './app-probe.ts';

const SIZE = 10_000;
const NOTE_TEXT = 'Ministry wording differs from the Pentagon line; check the date of the second round and who attended. ';
const TYPED = NOTE_TEXT.repeat(3).slice(0, 200);
const KEY_DELAY_MS = 20;
/** The note editor applies the text 300 ms after the last key; pause past that now and then so saves happen while typing. */
const PAUSE_EVERY = 50;
const PAUSE_MS = 400;
const CANDIDATE_QUERIES = ['transition', 'peshmerga', 'sovereignty', 'timeline', 'assassination', 'bilateral', 'withdrawal'];

interface Query {
  text: string;
  /** The count the pane shows after each keystroke. */
  counts: string[];
}

/** Queries whose every keystroke changes the count shown, so each keystroke's update is observable. */
function chooseQueries(nb: Notebook, wanted: number): Query[] {
  const index = new SearchIndex();
  const total = nb.annotations.length;
  const chosen: Query[] = [];
  for (const text of CANDIDATE_QUERIES) {
    const counts = [...text].map((_, i) => {
      const shown = filterAnnotations(nb, index, { query: text.slice(0, i + 1), actorId: '', questionId: '', tagId: '', sourceId: SOURCE_ID }).length;
      return `${shown} of ${total}`;
    });
    if (counts.every((c, i) => i === 0 || c !== counts[i - 1])) chosen.push({ text, counts });
    if (chosen.length === wanted) break;
  }
  return chosen;
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

interface Session {
  openMs: number;
  textShownMs: number;
  heapMB: number;
  keystrokes: { toDom: number; toFrame: number }[];
  longTasks: number[];
}

async function session(run: number, rendererDir: string, ranges: number, queries: Query[], log: (line: string) => void): Promise<Session> {
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
    app = await launchApp({ notebooksDir, userDataDir, rendererDir });
    const page = app.page;
    await page.waitForFunction(
      (n) => {
        const paints = (window as unknown as { __bench?: ProbeState }).__bench?.paints;
        return !!paints && paints.length > 0 && paints[paints.length - 1]![1] >= n;
      },
      ranges,
      { timeout: 120_000, polling: 100 },
    );
    const state = await probe(page);
    const painted = state.paints.find(([, n]) => n >= ranges)!;

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();

    // Search as you type.
    const search = page.getByPlaceholder('Search quotes, notes, tags…');
    for (const query of queries) {
      await search.click();
      for (let i = 0; i < query.text.length; i++) {
        const before = (await probe(page)).keystrokes.length;
        await page.evaluate((c) => ((window as unknown as { __bench: ProbeState }).__bench.expectCount = c), query.counts[i]!);
        await page.keyboard.type(query.text[i]!);
        await page.waitForFunction((k) => (window as unknown as { __bench: ProbeState }).__bench.keystrokes.length > k, before, { timeout: 10_000, polling: 'raf' });
        await page.waitForTimeout(40);
      }
      await search.fill('');
      await page.locator('.pane .column-head .count').filter({ hasText: new RegExp(`^${SIZE}$`) }).waitFor({ timeout: 10_000 });
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

    const after = await probe(page);
    const keystrokes = after.keystrokes.map(({ toDom, toFrame }) => ({ toDom, toFrame }));
    log(`app run ${run}: open ${painted[0].toFixed(0)} ms, heap ${(heap.usedSize / 1e6).toFixed(0)} MB, slowest keystroke ${Math.max(...keystrokes.map((k) => k.toDom)).toFixed(1)} ms, long tasks ${longTasks.length}`);
    return { openMs: painted[0], textShownMs: state.textShown ?? NaN, heapMB: heap.usedSize / 1e6, keystrokes, longTasks };
  } finally {
    if (app) {
      const errors = [...app.pageErrors, ...app.cspViolations.map((v) => `CSP: ${v.directive} ${v.blocked}`), ...app.requests.map((r) => `request: ${r}`)];
      await app.close();
      if (errors.length) log(`app run ${run}: page problems: ${errors.join('; ')}`);
    }
    await rm(folder, { recursive: true, force: true });
  }
}

export async function runApp(log: (line: string) => void): Promise<{ rows: Row[]; details: Record<string, unknown>[] }> {
  const rendererDir = await buildRenderer(log);
  const nb = await readNotebook(notebookFile(SIZE));
  const source = nb.sources.find((s) => s.id === SOURCE_ID)!;
  const anchored = [...anchorAll(source.text, nb.annotations).values()].filter((r) => r.state !== 'orphaned').length;
  const queries = chooseQueries(nb, 3);
  if (queries.length === 0) throw new Error('No search query changes the count at every keystroke; extend CANDIDATE_QUERIES.');

  const sessions: Session[] = [];
  for (let run = -WARMUPS; run < RUNS; run++) {
    const s = await session(run + WARMUPS, rendererDir, anchored, queries, log);
    if (run >= 0) sessions.push(s);
  }
  const open = summarize(sessions.map((s) => s.openMs));
  const slowestKey = summarize(sessions.map((s) => Math.max(...s.keystrokes.map((k) => k.toDom))));
  const medianKey = summarize(sessions.map((s) => summarize(s.keystrokes.map((k) => k.toDom)).median));
  const slowestFrame = summarize(sessions.map((s) => Math.max(...s.keystrokes.map((k) => k.toFrame))));
  const longest = summarize(sessions.map((s) => Math.max(0, ...s.longTasks)));
  const heap = summarize(sessions.map((s) => s.heapMB));
  const keys = queries.reduce((n, q) => n + q.text.length, 0);
  return {
    rows: [
      row('app', 'Open 10k notebook until every highlight is painted', 'ms', open, le(500), `${anchored} highlight ranges; text shown at ${summarize(sessions.map((s) => s.textShownMs)).median.toFixed(0)} ms (median); from navigation start, including the notebook load in main`),
      row('app', 'Longest long task while typing 200 characters in a note, 10k', 'ms', longest, le(50), `long tasks per run: ${sessions.map((s) => s.longTasks.length).join(', ')} (0 ms = none over 50 ms)`),
      row('app', 'Search-as-you-type, slowest keystroke, 10k', 'ms', slowestKey, le(16), `${keys} keystrokes per run (${queries.map((q) => `“${q.text}”`).join(', ')}): input event → count updated`),
      row('app', 'Search-as-you-type, median keystroke, 10k', 'ms', medianKey),
      row('app', 'Search-as-you-type, slowest keystroke to next frame, 10k', 'ms', slowestFrame),
      row('app', 'Renderer JS heap after GC, 10k', 'MB', heap, le(150), 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage'),
    ],
    details: [{ anchored, queries: queries.map((q) => q.text), sessions }],
  };
}
