// Crash safety, as an analyst lives it: they annotate the sample article and
// write notes while main is SIGKILLed at random moments — while typing, just
// after, while a save is in flight, once the indicator says saved, while a
// source is being imported, while the notebook is being opened again. After
// every kill the app is started again and the notebook must load (never
// damaged, never empty, editable: the dead main's lock is taken over), hold
// the last saved state or a later one main had reached — never less than what
// the save indicator had reported saved — and show it: every card with its
// quote and note, every highlight in the reader.
//
// What main had reported saved is read from the harness's host log (the same
// 'save-status' events the indicator shows), never from the store.
// CRASH_APP_ROUNDS sets the number of editing rounds (default 10);
// CRASH_APP_SEED replays a run.
import { watch } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  annotateWithNote,
  cardOf,
  highlighted,
  reader,
  revealCard,
  SAMPLE_HEADLINE,
  saveIndicator,
  seeded,
  sessionOf,
  shownCards,
  showSource,
  sourcesNav,
  wordSpans,
  type Span,
} from '../harness/analyst.ts';
import { expect, test, type Instance } from '../harness/instances.ts';
import { allowedStates, appliedWhileSaving, currentSession, describeState, followed, isSaveState, killedSession, sameState, until, type HostSession } from '../harness/saved-states.ts';

const ROUNDS = Number(process.env.CRASH_APP_ROUNDS ?? 10);
const SEED = Number(process.env.CRASH_APP_SEED ?? Date.now() % 2 ** 31);
/** Our annotations at most at once (older ones are deleted), so rounds stay about the same length. */
const MAX_OURS = 6;
const WORDS = ['coalition', 'talks', 'baghdad', 'washington', 'transition', 'mission', 'commission', 'forces', 'claim', 'source', 'ends', 'security', 'partnership', 'timeline'];

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves when a save of the notebook creates its temp file in `folder` (the
 * bytes are being written), or after `timeoutMs`; kills aimed there land mid-write.
 */
function tempFileAppears(folder: string, timeoutMs = 5_000): Promise<boolean> {
  const watcher = watch(folder);
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    watcher.on('change', (_event, name) => {
      if (!/^\..*\.notebook\.json\.\d+-[0-9a-f]+\.tmp$/.test(String(name))) return;
      clearTimeout(timer);
      resolve(true);
    });
  }).finally(() => watcher.close());
}

type Moment = 'while-typing' | 'after-typing' | 'mid-save' | 'after-saved';
// Saves in flight are the moment that matters most; give it more kills.
const MOMENTS: Moment[] = ['while-typing', 'while-typing', 'after-typing', 'after-typing', 'mid-save', 'mid-save', 'mid-save', 'after-saved'];

test('main killed at random moments while an analyst annotates: the notebook always loads with what was saved', async ({ launch }, testInfo) => {
  // Generous: a round (a kill and a relaunch) took 6–10 s on this 2-core machine under load.
  test.setTimeout(60_000 + ROUNDS * 20_000);
  testInfo.annotations.push({ type: 'seed', description: `CRASH_APP_SEED=${SEED} CRASH_APP_ROUNDS=${ROUNDS}` });
  // Printed up front, so a failure anywhere can be replayed.
  console.log(`[crash.spec] CRASH_APP_SEED=${SEED} CRASH_APP_ROUNDS=${ROUNDS}`);
  const random = seeded(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  // An article to import while main is killed: big enough (~300 KB) that its save takes a while.
  const article = testInfo.outputPath('long-readout.txt');
  const paragraph = 'The delegation discussed the timeline for the transition of the coalition mission and the future security partnership. ';
  await writeFile(article, `Long readout\n\n${Array.from({ length: 600 }, (_, i) => `${i + 1}. ${paragraph.repeat(4)}`).join('\n\n')}\n`);

  const app: Instance = await launch();
  await expect(reader(app.page).getByText(SAMPLE_HEADLINE)).toBeVisible();
  let notebook = (await sessionOf(app.page)).notebook;
  const sample = notebook.sources[0]!;
  const candidates = wordSpans(sample.text, 2, 4);
  let state = followed(notebook);
  const ours: string[] = [];
  const tally = { kills: 0, whileSaving: 0, tempFilesLeft: 0, imports: 0, whileOpening: 0, behindConfirmed: 0 };

  /** Words nobody has annotated yet, with a gap either side, so every highlight stays its own range. */
  function freeSpan(): Span {
    const taken = notebook.annotations.filter((a) => a.sourceId === sample.id).map((a) => a.target.position);
    const free = candidates.filter((s) => taken.every((t) => s.end < t.start || t.end < s.start));
    return pick(free);
  }

  const noteText = (round: number) => `r${round} ${Array.from({ length: between(3, 8) }, () => pick(WORDS)).join(' ')}`;

  /** Types in bursts, pausing now and then long enough for the note to be applied and saved. */
  async function typeInBursts(page: Page, text: string): Promise<void> {
    const parts = text.match(/.{1,12}/g) ?? [];
    for (const part of parts) {
      await page.keyboard.type(part, { delay: between(0, 25) });
      if (random() < 0.5) await sleep(between(250, 450));
    }
  }

  async function kill(reason: string): Promise<HostSession> {
    await app.killHost();
    tally.kills++;
    const session = killedSession(app.hostLog);
    if (session.saving) tally.whileSaving++;
    if ((await readdir(app.notebooksDir)).some((name) => name.endsWith('.tmp'))) tally.tempFilesLeft++;
    testInfo.annotations.push({ type: 'kill', description: `${reason}: ${session.steps.length} edit call(s), ${session.confirmed} reported saved${session.saving ? ', save in flight' : ''}` });
    return session;
  }

  /** Starts the app again and checks the notebook it shows against what may be on disk. */
  async function recover(session: HostSession, what: string): Promise<void> {
    await app.relaunch();
    const page = app.page;
    const damaged = page.getByRole('main', { name: 'This notebook could not be opened' });
    try {
      await expect(sourcesNav(page).getByRole('listitem').first().or(damaged)).toBeVisible({ timeout: 30_000 });
    } catch (err) {
      const shown = await page.locator('body').innerText().catch(() => '(no page)');
      const lastWords = app.hostLog.slice(-6).map((r) => (r.type === 'call' || r.type === 'reply' ? `${r.type} ${r.id}` : r.type === 'event' ? `event ${r.event.type}` : r.type));
      throw new Error(`${what}: the window shows neither the notebook nor an error — it shows “${shown.slice(0, 300)}”; main last: ${lastWords.join(', ')} (seed ${SEED})`, { cause: err });
    }
    if (await damaged.count()) throw new Error(`${what}: the notebook did not load — ${await damaged.innerText()} (seed ${SEED})`);
    const opened = await sessionOf(page);
    // The killed main's lock was taken over: the app can edit.
    expect(opened.readOnly, `${what}: the notebook opened read-only`).toBe(false);
    notebook = opened.notebook;
    const loaded = followed(notebook);
    const allowed = allowedStates(state, session);
    const match = allowed.find((s) => sameState(s.state, loaded));
    expect(
      match,
      `${what}: the notebook holds ${describeState(loaded)}; it should hold one of: ${allowed.map((s) => `[after ${s.k} edit call(s)] ${describeState(s.state)}`).join(' | ')} (seed ${SEED})`,
    ).toBeDefined();
    if (match && match.k > session.confirmed) tally.behindConfirmed++;
    state = loaded;
    for (let i = ours.length - 1; i >= 0; i--) if (!loaded.annotations.has(ours[i]!)) ours.splice(i, 1);
    expect(notebook.sources.length).toBeGreaterThanOrEqual(1);

    // What the analyst sees: every source, every card with its quote and note, every highlight.
    await expect(sourcesNav(page).getByRole('listitem')).toHaveCount(notebook.sources.length);
    await showSource(page, SAMPLE_HEADLINE);
    await expect(reader(page).getByText(SAMPLE_HEADLINE)).toBeVisible();
    await expect(saveIndicator(page)).toContainText('Saved');
    const onSample = notebook.annotations.filter((a) => a.sourceId === sample.id);
    const oneLine = (note: string) => note.replace(/\s+/g, ' ').trim() || null;
    const expected = onSample.map((a) => ({ id: a.id, quote: a.target.quote.exact, ...(ours.includes(a.id) ? { note: oneLine(a.note) } : {}) }));
    await expect
      .poll(async () => (await shownCards(page)).map((c) => (ours.includes(c.id) ? c : { id: c.id, quote: c.quote })).sort(byId), { message: `${what}: the cards` })
      .toEqual(expected.sort(byId));
    await expect.poll(() => highlighted(page), { message: `${what}: the reader's highlights` }).toEqual(onSample.map((a) => a.target.quote.exact).sort());
    // Temp files of the killed writer were cleared when the notebook opened.
    expect((await readdir(app.notebooksDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }

  /** Kills main again while it opens the notebook (lock takeover, backup refresh). */
  async function killWhileOpening(round: number): Promise<void> {
    const mark = app.hostLog.length;
    // The window's load may fail when main dies under it: that is the point.
    const relaunching = app.relaunch().catch(() => undefined);
    await until('main to start opening the notebook', () => app.hostLog.slice(mark).some((r) => r.type === 'launch'));
    await sleep(between(0, 40));
    const session = await kill(`round ${round}: while opening`);
    await relaunching;
    tally.whileOpening++;
    await recover(session, `round ${round}, killed while opening`);
  }

  async function importRound(round: number): Promise<void> {
    const page = app.page;
    await app.dialogs.nextOpen(article);
    const mark = app.hostLog.length;
    await sourcesNav(page).getByRole('button', { name: /Import/ }).click();
    if (random() < 0.5) await sleep(between(0, 1500));
    else {
      // While main writes the notebook with the imported article.
      await until('the import to be saved', () => app.hostLog.slice(mark).some((r) => isSaveState(r, 'saving')));
      await sleep(between(0, 30));
    }
    const session = await kill(`round ${round}: importing`);
    tally.imports++;
    await recover(session, `round ${round}, killed while importing`);
  }

  async function editRound(round: number): Promise<void> {
    const page = app.page;
    if (ours.length >= MAX_OURS) {
      const oldest = ours.shift()!;
      await (await revealCard(page, oldest)).getByRole('button', { name: 'Delete' }).click();
      await expect(cardOf(page, oldest)).toHaveCount(0);
    }

    // A new annotation with a note, or more words in an existing note.
    if (ours.length === 0 || random() < 0.7) {
      ours.push(await annotateWithNote(page, sample.text, freeSpan()));
    } else {
      const card = await revealCard(page, pick(ours));
      await card.getByRole('button', { name: /^(Add|Edit) note$/ }).click();
      await expect(card.getByLabel('Note (Markdown)')).toBeFocused();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(' ');
    }

    const moment = pick(MOMENTS);
    const text = noteText(round);
    const typing = typeInBursts(page, text).catch(() => undefined /* the window died with main */);
    if (moment === 'while-typing') {
      await sleep(between(0, 1200));
    } else {
      await typing;
      if (moment === 'after-typing') await sleep(between(0, 300));
      else if (moment === 'mid-save') {
        // One more character, and Escape applies the note at once: main saves it; kill while it writes —
        // aimed at the save's temp file, or (whatever the store writes) somewhere in a save's usual time.
        const viaTempFile = random() < 0.5;
        const writing = viaTempFile ? tempFileAppears(app.notebooksDir) : null;
        const saves = currentSession(app.hostLog).saveTimes;
        const usual = saves.length ? Math.max(...saves) : 30;
        const mark = app.hostLog.length;
        await page.keyboard.type('.');
        await page.keyboard.press('Escape');
        if (writing) {
          await writing;
          await sleep(between(0, 5));
        } else {
          // A save starts for the edit, or one already running goes on to write it (the store reports
          // 'saving' once per run of saves).
          await until('a save to start', () => app.hostLog.slice(mark).some((r) => isSaveState(r, 'saving')) || appliedWhileSaving(app.hostLog, mark));
          await sleep(between(0, Math.ceil(usual)));
        }
      } else {
        // Escape applies the note at once and closes the editor; kill once the indicator says saved.
        await page.keyboard.press('Escape');
        const last = () => app.hostLog.findLastIndex((r) => r.type === 'call' && r.name === 'apply');
        await until('the note to be reported saved', () => app.hostLog.slice(last()).some((r) => isSaveState(r, 'saved')));
        await expect(saveIndicator(page)).toHaveAttribute('data-state', 'saved');
        await expect(saveIndicator(page)).toContainText('Saved');
      }
    }
    const session = await kill(`round ${round}: ${moment}`);
    await typing;
    if (moment === 'after-saved') expect(session.confirmed, 'after “Saved”, every edit was reported saved').toBe(session.steps.length);
    await recover(session, `round ${round}, killed ${moment}`);
  }

  for (let round = 1; round <= ROUNDS; round++) {
    // A few imports; more would only make every later round slower.
    if (round % 5 === 2 && notebook.sources.length < 3) await importRound(round);
    else await editRound(round);
    if (round % 4 === 3) await killWhileOpening(round);
  }

  const figures = `${tally.kills} kills survived (${ROUNDS} rounds, seed ${SEED}): ${tally.whileSaving} with a save in flight, ${tally.tempFilesLeft} leaving a half-written temp file, ${tally.imports} while importing, ${tally.whileOpening} while opening; ${tally.behindConfirmed} times the file was ahead of the last 'saved' report`;
  testInfo.annotations.push({ type: 'figures', description: figures });
  console.log(`[crash.spec] ${figures}`);
  expect(tally.kills).toBeGreaterThanOrEqual(ROUNDS);
});
