// The child-process host (launchApp({ hostProcess: 'child' })) over the
// stand-in page: calls, bytes, dialogs and events cross two channels (page ↔
// harness ↔ child); killHost() really kills main (its lock is left behind,
// its pid is dead) and closes its window; relaunch() brings up a new main that
// takes the stale lock over; a quit saves, releases the lock and ends the child.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import type { Result, Session } from '../../electron/contract.ts';
import { launchApp, type HarnessApp } from './launch.ts';
import { isAlive } from '../../notes/store/pid.ts';

const TEST_PAGE = fileURLToPath(new URL('./test-page/', import.meta.url));
let root: string;
let app: HarnessApp;
let closed = false;

test.beforeEach(async () => {
  closed = false;
  root = await mkdtemp(path.join(tmpdir(), 'notebook-host-child-'));
  app = await launchApp({
    notebooksDir: path.join(root, 'Research Notebook'),
    userDataDir: path.join(root, 'user-data'),
    rendererDir: TEST_PAGE,
    hostProcess: 'child',
  });
  await expect(app.page.locator('#headline')).toHaveText('Iraqi, US officials meet in Washington to discuss coalition’s future');
});

test.afterEach(async () => {
  if (!closed) await app.close();
  await rm(root, { recursive: true, force: true });
});

const session = () => app.page.evaluate(() => window.notebook.session()) as Promise<Result<Session>>;

test('main runs in its own process; bytes, dialogs and events cross to it and back', async () => {
  expect(app.hostPid).not.toBe(process.pid);
  expect(isAlive(app.hostPid)).toBe(true);

  const text = '# Statement “quoted”\n\nNon-breaking\u00a0space, emoji 🙂, 日本.';
  const dropped = await app.page.evaluate((t) => window.notebook.importSource({ name: 'statement.md', data: new TextEncoder().encode(t) }), text);
  expect(dropped.ok).toBe(true);
  const file = path.join(root, 'readout.txt');
  await writeFile(file, 'Pentagon readout\n\nThe coalition will transition.');
  await app.dialogs.nextOpen(file);
  const picked = await app.page.evaluate(() => window.notebook.importSource());
  expect(picked.ok).toBe(true);
  const current = await session();
  if (!current.ok) throw new Error(current.error.message);
  expect(current.value.notebook.sources.map((s) => s.text)).toEqual(expect.arrayContaining([text, 'Pentagon readout\n\nThe coalition will transition.']));

  // A stale edit makes main push the current session to the window.
  const stale = await app.page.evaluate(() => window.notebook.apply([{ kind: 'notebook.rename', title: 'Stale' }], 99));
  expect(!stale.ok && stale.error.code).toBe('operation');
  await expect.poll(() => app.page.evaluate(() => (window as unknown as { receivedEvents: { type: string }[] }).receivedEvents.map((e) => e.type))).toContain('session');
  expect(app.hostLog.map((r) => r.type)).toEqual(expect.arrayContaining(['start', 'call', 'reply', 'event']));

  const target = path.join(root, 'briefing.pdf');
  await app.dialogs.nextSave(target);
  expect(await app.page.evaluate(() => window.notebook.exportNotebook('pdf'))).toEqual({ ok: true, value: { file: target } });
  expect((await readFile(target)).subarray(0, 5).toString()).toBe('%PDF-');
});

test('killHost kills main and its window: the lock stays behind, relaunch takes it over', async () => {
  // Three main processes and two windows come and go; a busy machine needs the time.
  test.setTimeout(120_000);
  const before = await session();
  if (!before.ok) throw new Error(before.error.message);
  const file = before.value.file;
  const renamed = await app.page.evaluate((rev) => window.notebook.apply([{ kind: 'notebook.rename', title: 'Saved before the kill' }], rev), before.value.revision);
  expect(renamed.ok).toBe(true);
  expect((await app.page.evaluate(() => window.notebook.flush())).ok).toBe(true);

  const killed = app.hostPid;
  const page = app.page;
  await app.killHost();
  expect(isAlive(killed)).toBe(false);
  expect(page.isClosed()).toBe(true);
  const lock = JSON.parse(await readFile(`${file}.lock`, 'utf8')) as { pid: number };
  expect(lock.pid).toBe(killed);
  expect(app.hostLog.at(-1)).toMatchObject({ type: 'kill', pid: killed });

  await app.relaunch();
  expect(app.hostPid).not.toBe(killed);
  const after = await session();
  expect(after.ok && after.value.notebook.title).toBe('Saved before the kill');
  expect(after.ok && after.value.readOnly).toBe(false);
  const taken = JSON.parse(await readFile(`${file}.lock`, 'utf8')) as { pid: number };
  expect(taken.pid).toBe(app.hostPid);

  // A graceful quit saves, releases the lock and ends the child.
  const pid = app.hostPid;
  closed = true;
  await app.close();
  expect(isAlive(pid)).toBe(false);
  expect(existsSync(`${file}.lock`)).toBe(false);
});
