// One notebook, several writers. Two app instances (each its own main
// process, its own settings) and the command-line tool on the same notebook
// file: the first holds the lock; the second shows the notebook read-only and
// says why; the CLI's writing commands are refused with one line and exit
// code 1 while its reading ones work. When the first main is SIGKILLed its
// lock is left behind, and the next writer — the app, then the CLI — takes it
// over and edits. And edits typed quickly while saves are running are all
// kept, through a kill after "Saved" and through a plain quit.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  annotateWithNote,
  cardOf,
  cards,
  reader,
  revealCard,
  SAMPLE_HEADLINE,
  saveIndicator,
  selectSpan,
  sessionOf,
  shownCards,
  showSource,
  sourcesNav,
  toolbar,
  wordSpans,
  type Span,
} from '../harness/analyst.ts';
import { expect, test, type Instance } from '../harness/instances.ts';
import { currentSession, until } from '../harness/saved-states.ts';
import { isAlive } from '../../notes/store/pid.ts';

const BIN = fileURLToPath(new URL('../../bin/notebook.js', import.meta.url));
const SAMPLE_FILE = 'Coalition talks.notebook.json';
const CLI_QUOTE = 'Ryder told Rudaw';

function notebookCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') reject(err);
      else resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

interface LockFile {
  pid: number;
  holder: string;
}
const readLock = async (file: string) => JSON.parse(await readFile(`${file}.lock`, 'utf8')) as LockFile;

/** A span of the sample article no annotation touches (with a gap either side). */
async function freeSpan(page: Page, index: number): Promise<{ text: string; span: Span }> {
  const { notebook } = await sessionOf(page);
  const source = notebook.sources[0]!;
  const taken = notebook.annotations.filter((a) => a.sourceId === source.id).map((a) => a.target.position);
  const free = wordSpans(source.text, 3, 3).filter((s) => taken.every((t) => s.end < t.start || t.end < s.start));
  return { text: source.text, span: free[index % free.length]! };
}

/** Writes a note on new words and waits until the save indicator says it is saved. */
async function annotateAndSave(app: Instance, note: string, index: number): Promise<string> {
  const { text, span } = await freeSpan(app.page, index);
  const id = await annotateWithNote(app.page, text, span);
  await app.page.keyboard.type(note);
  await app.page.keyboard.press('Escape');
  await expect(cardOf(app.page, id).locator('.note-html')).toHaveText(note);
  await until('the note to be reported saved', () => {
    const session = currentSession(app.hostLog);
    return session.confirmed === session.steps.length && session.steps.length > 0;
  });
  await expect(saveIndicator(app.page)).toContainText('Saved');
  return id;
}

test('two app instances and the CLI on one notebook: one writer, clear refusals, a killed writer’s lock taken over', async ({ launch, notebooksDir }) => {
  test.setTimeout(150_000);
  const file = path.join(notebooksDir, SAMPLE_FILE);

  // The first instance opens the sample and holds its lock.
  const first = await launch('first');
  await expect(reader(first.page).getByText(SAMPLE_HEADLINE)).toBeVisible();
  expect(await readLock(file)).toMatchObject({ pid: first.hostPid, holder: 'app' });

  // The second, on the same notebook, can read but not edit, and says so.
  const second = await launch('second');
  await expect(reader(second.page).getByText(SAMPLE_HEADLINE)).toBeVisible();
  const banner = second.page.getByRole('note').filter({ hasText: 'Read-only' });
  await expect(banner).toHaveText(
    new RegExp(`^Read-only: this notebook is open in another Research Notebook window \\(pid ${first.hostPid}\\) since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\. You can read, compare and export; close it there to edit here\\.$`),
  );
  await expect(saveIndicator(second.page)).toHaveText('Read-only');
  const { text, span } = await freeSpan(second.page, 0);
  await selectSpan(second.page, text, span);
  await expect(toolbar(second.page)).toHaveCount(0);
  await expect(sourcesNav(second.page).getByRole('button', { name: /Import/ })).toBeDisabled();
  await expect(cards(second.page).getByRole('button', { name: 'Delete' })).toHaveCount(0);
  expect((await readLock(file)).pid, 'the lock stays with the first instance').toBe(first.hostPid);

  // The first keeps editing.
  const firstNote = 'Written in the first window';
  const firstId = await annotateAndSave(first, firstNote, 3);

  // The CLI: writing is refused in one line naming the holder; reading works.
  const before = await readFile(file);
  const out = path.join(path.dirname(notebooksDir), 'briefing.md');
  const [annotate, list, exported] = await Promise.all([
    notebookCli(['annotate', file, '--quote', CLI_QUOTE, '--note', 'from the terminal'], notebooksDir),
    notebookCli(['list', file], notebooksDir),
    notebookCli(['export', file, '--format', 'md', '-o', out], notebooksDir),
  ]);
  expect(annotate.code).toBe(1);
  expect(annotate.stdout).toBe('');
  expect(annotate.stderr.trimEnd().split('\n'), 'one line on stderr').toHaveLength(1);
  expect(annotate.stderr).toContain(`${SAMPLE_FILE} is already open in another Research Notebook window (pid ${first.hostPid})`);
  expect(annotate.stderr).toMatch(/close it there, or open this notebook read-only\n$/);
  expect(await readFile(file), 'the refused command left the file as it was').toEqual(before);
  expect(list.code, list.stderr).toBe(0);
  expect(list.stdout).toContain(firstNote);
  expect(exported.code, exported.stderr).toBe(0);
  expect(await readFile(out, 'utf8')).toContain('the commission aims to conclude the presence of the coalition forces in the country');

  // The first main dies: its lock stays behind, naming a process that is gone.
  const dead = first.hostPid;
  await first.killHost();
  expect(isAlive(dead)).toBe(false);
  expect((await readLock(file)).pid).toBe(dead);

  // The second, started again, takes the stale lock over and edits — with the first's saved note there.
  await second.relaunch();
  await expect(reader(second.page).getByText(SAMPLE_HEADLINE)).toBeVisible();
  await expect(second.page.getByRole('note').filter({ hasText: 'Read-only' })).toHaveCount(0);
  expect(await readLock(file)).toMatchObject({ pid: second.hostPid, holder: 'app' });
  await expect(cardOf(second.page, firstId).locator('.note-html')).toHaveText(firstNote);
  const secondNote = 'Written in the second window';
  const secondId = await annotateAndSave(second, secondNote, 7);

  // The second dies too; the CLI takes its stale lock over, annotates, and lets go.
  await second.killHost();
  const cli = await notebookCli(['annotate', file, '--quote', CLI_QUOTE, '--note', 'from the terminal'], notebooksDir);
  expect(cli.code, cli.stderr).toBe(0);
  expect(existsSync(`${file}.lock`), 'the CLI released the lock').toBe(false);

  // Back in the app: everything each writer saved.
  await second.relaunch();
  await expect(reader(second.page).getByText(SAMPLE_HEADLINE)).toBeVisible();
  // The pane's list is windowed: each card is scrolled in before it is read.
  await expect((await revealCard(second.page, firstId)).locator('.note-html')).toHaveText(firstNote);
  await expect((await revealCard(second.page, secondId)).locator('.note-html')).toHaveText(secondNote);
  const fromCli = (await sessionOf(second.page)).notebook.annotations.find((a) => a.target.quote.exact === CLI_QUOTE)!;
  await expect((await revealCard(second.page, fromCli.id)).locator('.note-html')).toHaveText('from the terminal');
  await expect(saveIndicator(second.page)).toContainText('Saved');
});

test('rapid edits while saves are running lose nothing, through a kill after “Saved” and through a quit', async ({ launch }, testInfo) => {
  test.setTimeout(120_000);
  const app = await launch();
  const page = app.page;
  await expect(reader(page).getByText(SAMPLE_HEADLINE)).toBeVisible();

  // A long article (~4 MB, under the 5,000,000-character limit) makes every save write and fsync a while, so edits land while one runs.
  const article = testInfo.outputPath('long-readout.txt');
  const paragraph = 'The delegation discussed the timeline for the transition of the coalition mission and the future security partnership. ';
  await writeFile(article, `Long readout\n\n${Array.from({ length: 8000 }, (_, i) => `${i + 1}. ${paragraph.repeat(4)}`).join('\n\n')}\n`);
  await app.dialogs.nextOpen(article);
  await sourcesNav(page).getByRole('button', { name: /Import/ }).click();
  await expect(sourcesNav(page).getByRole('listitem')).toHaveCount(2);
  // The import shows its source once main has it; only then go back to the sample (switching before
  // that left the reader on the import when it came: a flake under load).
  await expect(sourcesNav(page).getByRole('button', { name: /^Long readout/ })).toHaveAttribute('aria-current', 'true');
  await showSource(page, SAMPLE_HEADLINE);

  const { notebook } = await sessionOf(page);
  const sample = notebook.sources.find((s) => s.text.includes(SAMPLE_HEADLINE))!;
  const taken = notebook.annotations.map((a) => a.target.position);
  const spans = wordSpans(sample.text, 2, 2).filter((s) => taken.every((t) => s.end < t.start || t.end < s.start));
  // Every third pair of words, so no two highlights touch.
  const next = (() => {
    let i = 0;
    return () => spans[(i += 3)]!;
  })();

  // A note typed in bursts; after each, Escape applies it at once (a save starts) and the analyst
  // highlights more words straight away — while that save runs — then goes back to the note.
  const first = next();
  const noteId = await annotateWithNote(page, sample.text, first);
  const highlights: string[] = [];
  let typed = '';
  // Enough bursts that some land while a save runs: each is a chance, not a certainty, on a fast disk.
  for (let i = 1; i <= 14; i++) {
    const words = `a${i} coalition transition mission `;
    await page.keyboard.type(words);
    typed += words;
    await page.keyboard.press('Escape');
    const span = next();
    await selectSpan(page, sample.text, span);
    await page.keyboard.press('h');
    highlights.push(sample.text.slice(span.start, span.end));
    const card = await revealCard(page, noteId);
    await card.getByRole('button', { name: 'Edit note' }).click();
    await expect(card.getByLabel('Note (Markdown)')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+End');
  }
  await page.keyboard.press('Escape');
  await until('every edit to be reported saved', () => {
    const session = currentSession(app.hostLog);
    return session.confirmed === session.steps.length;
  });
  await expect(saveIndicator(page)).toContainText('Saved');
  const { editsDuringSaves, saveTimes } = currentSession(app.hostLog);
  expect(editsDuringSaves, 'edits reached main while a save was running').toBeGreaterThan(0);
  const figures = `${editsDuringSaves} edits reached main while a save ran (saves took ${Math.round(Math.min(...saveTimes))}–${Math.round(Math.max(...saveTimes))} ms)`;
  testInfo.annotations.push({ type: 'figures', description: figures });
  console.log(`[concurrency.spec] ${figures}`);

  /** Everything typed and highlighted, as the reloaded app shows it. */
  async function expectEverything(note: string): Promise<void> {
    const again = app.page;
    await expect(reader(again).getByText(SAMPLE_HEADLINE)).toBeVisible();
    await expect(cards(again).first()).toBeVisible();
    const shown = await shownCards(again);
    expect(shown.find((c) => c.id === noteId)?.note, 'the note, every word typed').toBe(note.replace(/\s+/g, ' ').trim());
    expect(
      shown.filter((c) => highlights.includes(c.quote)).map((c) => c.quote),
      'each highlight made during a save',
    ).toEqual(expect.arrayContaining(highlights));
    expect(shown.filter((c) => highlights.includes(c.quote))).toHaveLength(highlights.length);
  }

  // Killed after "Saved": everything is on disk.
  await app.killHost();
  await app.relaunch();
  await expectEverything(typed);

  // More quick typing, and the app is quit at once: the last words are saved on the way out.
  const card = await revealCard(app.page, noteId);
  await card.getByRole('button', { name: 'Edit note' }).click();
  await expect(card.getByLabel('Note (Markdown)')).toBeFocused();
  await app.page.keyboard.press('ControlOrMeta+End');
  for (let i = 1; i <= 4; i++) {
    const words = `b${i} coalition transition mission `;
    await app.page.keyboard.type(words);
    typed += words;
    await app.page.waitForTimeout(320);
  }
  await app.page.keyboard.type('last words');
  typed += 'last words';
  await app.relaunch();
  await expectEverything(typed);
  await expect(saveIndicator(app.page)).toContainText('Saved');
});
