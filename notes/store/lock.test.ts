import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Notebook } from '../model/schema.ts';
import { createNotebookFile, lockPathOf, openNotebook, readLock } from './index.ts';
import { bundleScript, runChild, type Child } from './test-support/child.ts';
import { listFolder, refusal, tempFolder } from './test-support/helpers.ts';
import { syntheticNotebook } from './test-support/synthetic.ts';

const retitled = (nb: Notebook, title: string): Notebook => ({ ...nb, title });

// The other writers run from a bundle of holder-child.ts: four times cheaper to start than tsx.
let bundleFolder = '';
let bundle = '';
beforeAll(async () => {
  bundleFolder = await fsp.mkdtemp(path.join(os.tmpdir(), 'notebook-lock-test-'));
  bundle = await bundleScript('holder-child.ts', bundleFolder);
});
afterAll(async () => {
  await fsp.rm(bundleFolder, { recursive: true, force: true });
});

const children: Child[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) {
    c.proc.kill('SIGKILL');
    await c.exited;
  }
});

async function notebookFile(): Promise<{ folder: string; file: string }> {
  const folder = await tempFolder();
  const file = path.join(folder, 'talks.json');
  await createNotebookFile(file, syntheticNotebook(10, 'Coalition talks'));
  return { folder, file };
}

/** A child process that opens `file` for writing and keeps it open. */
async function otherWriter(file: string, holder: 'app' | 'cli'): Promise<Child> {
  const child = runChild('holder-child.ts', [file, holder], bundle);
  children.push(child);
  await child.next((l) => l.event === 'ready', 0);
  const from = child.lines.length;
  child.send('go');
  const result = await child.next((l) => l.event === 'opened' || l.event === 'refused', from);
  if (result.event !== 'opened') throw new Error(`the other writer could not open: ${String(result.message)}`);
  return child;
}

/** The pid of a process that has just exited. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(done.stdout);
}

describe('one writer per notebook', () => {
  it('a second writer in another process is refused with a message naming the holder; readers still open', async () => {
    const { file } = await notebookFile();
    const cli = await otherWriter(file, 'cli');
    const err = await refusal(openNotebook(file));
    expect(err.code).toBe('locked');
    expect(err.file).toBe(file);
    expect(err.message).toMatch(new RegExp(`talks\\.json is already open in the notebook command-line tool \\(pid ${cli.proc.pid}\\) since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d — close it there, or open this notebook read-only`));
    const reader = await openNotebook(file, { readOnly: true });
    expect(reader.notebook.title).toBe('Coalition talks');
    expect((await readLock(file))?.pid).toBe(cli.proc.pid);
  });

  it('names an app window as the holder', async () => {
    const { file } = await notebookFile();
    await otherWriter(file, 'app');
    expect((await refusal(openNotebook(file))).message).toMatch(/already open in another Research Notebook window/);
  });

  it('a second writer in the same process is refused too', async () => {
    const { file } = await notebookFile();
    const first = await openNotebook(file);
    await expect(openNotebook(file)).rejects.toMatchObject({ code: 'locked', message: expect.stringMatching(`pid ${process.pid}`) });
    await first.close();
    await (await openNotebook(file)).close();
  });

  it('close releases the lock; so does the process exiting without close', async () => {
    const { folder, file } = await notebookFile();
    const store = await openNotebook(file);
    expect(await listFolder(folder)).toContain('talks.json.lock');
    await store.close();
    expect(await listFolder(folder)).not.toContain('talks.json.lock');

    const child = await otherWriter(file, 'cli');
    child.send('exit');
    await child.exited;
    expect(await listFolder(folder)).not.toContain('talks.json.lock');
  });

  it('takes over the lock of a killed writer', async () => {
    const { file } = await notebookFile();
    const child = await otherWriter(file, 'app');
    child.proc.kill('SIGKILL');
    await child.exited;
    expect(JSON.parse(await fsp.readFile(lockPathOf(file), 'utf8')).pid).toBe(child.proc.pid);
    const store = await openNotebook(file);
    expect(JSON.parse(await fsp.readFile(lockPathOf(file), 'utf8')).pid).toBe(process.pid);
    store.set(retitled(store.notebook, 'Taken over'));
    await store.close();
  });

  it('takes over a stale lock file of a dead pid, and an unreadable old one', async () => {
    const { file } = await notebookFile();
    const stale = { pid: deadPid(), hostname: os.hostname(), holder: 'cli', since: '2024-01-01T00:00:00.000Z', token: 'old' };
    await fsp.writeFile(lockPathOf(file), JSON.stringify(stale));
    await (await openNotebook(file)).close();

    await fsp.writeFile(lockPathOf(file), '{"pid": 12');
    const old = new Date(Date.now() - 60_000);
    await fsp.utimes(lockPathOf(file), old, old);
    await (await openNotebook(file)).close();
  });

  it('respects a lock from another computer, saying which', async () => {
    const { file } = await notebookFile();
    const remote = { pid: deadPid(), hostname: 'analyst-laptop-2', holder: 'app', since: new Date().toISOString(), token: 'remote' };
    await fsp.writeFile(lockPathOf(file), JSON.stringify(remote));
    const err = await refusal(openNotebook(file));
    expect(err.code).toBe('locked');
    expect(err.message).toMatch(/on the computer "analyst-laptop-2".*if that computer is off, delete talks\.json\.lock/);
  });

  it('of several processes racing for a stale lock, exactly one wins', async () => {
    const { file } = await notebookFile();
    const stale = { pid: deadPid(), hostname: os.hostname(), holder: 'app', since: '2024-01-01T00:00:00.000Z', token: 'old' };
    await fsp.writeFile(lockPathOf(file), JSON.stringify(stale));
    const racers = [0, 1, 2].map(() => runChild('holder-child.ts', [file, 'app'], bundle));
    children.push(...racers);
    await Promise.all(racers.map((c) => c.next((l) => l.event === 'ready', 0)));
    for (const c of racers) c.send('go');
    const results = await Promise.all(racers.map((c) => c.next((l) => l.event === 'opened' || l.event === 'refused', 1)));
    expect(results.filter((r) => r.event === 'opened')).toHaveLength(1);
    for (const r of results) if (r.event === 'refused') expect(r.code).toBe('locked');
    const winner = racers[results.findIndex((r) => r.event === 'opened')]!;
    expect((await readLock(file))?.pid).toBe(winner.proc.pid);
  });

  it('a save refuses to write once another writer holds the lock', async () => {
    const { file } = await notebookFile();
    const store = await openNotebook(file);
    // Someone removed our lock by hand, and another process took the notebook.
    await fsp.unlink(lockPathOf(file));
    await otherWriter(file, 'cli');
    const before = await fsp.readFile(file);
    store.set(retitled(store.notebook, 'Should not be written'));
    await expect(store.flush()).rejects.toMatchObject({ code: 'locked' });
    expect(store.status.state).toBe('error');
    expect(await fsp.readFile(file)).toEqual(before);
    // The save's temp file (written while the lock was checked) is gone too.
    expect((await fsp.readdir(path.dirname(file))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The window can still be closed once the analyst gives up the edit; the other writer keeps its lock.
    await expect(store.close()).rejects.toMatchObject({ code: 'locked' });
    await store.close({ discardUnsaved: true });
    expect(await fsp.readFile(file)).toEqual(before);
    expect((await readLock(file))?.holder).toBe('cli');
  });
});
