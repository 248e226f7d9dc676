// One writer per notebook. The writer holds `<file>.lock`, a small JSON file
// {pid, hostname, holder, since, token}, created exclusively ('wx'). Another
// app window or the CLI that finds it gets a 'locked' error naming the holder
// and may still open the notebook read-only (readers never touch the lock).
//
// A lock left by a killed process (its pid is not alive on this computer) is
// taken over: a fresh lock is written to a temp file and renamed over the
// stale one — rename is atomic, so nobody ever sees a half-written lock —
// and then read back to check that we, not a concurrent taker, hold it. The
// store checks the lock again before every save. A lock from another
// computer (a shared folder) cannot be checked and is always respected.
//
// Released by close(), and by an 'exit' hook for a process that ends without
// closing. A process killed by a signal leaves its lock behind; its pid is
// then dead, so the next writer takes the lock over.
import { readFileSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { syncFolder, tempPathFor } from './atomic.ts';
import { StoreError, errnoOf, ioError } from './errors.ts';
import { nodeFs, type StoreFile, type StoreFs } from './fs-seam.ts';
import { isAlive } from './pid.ts';

export type Holder = 'app' | 'cli';

export interface LockInfo {
  pid: number;
  hostname: string;
  holder: Holder;
  /** ISO time the lock was taken. */
  since: string;
  /** Random; tells our lock from an older one that happens to carry our pid. */
  token: string;
}

export interface NotebookLock {
  readonly path: string;
  readonly info: LockInfo;
  /** Throws StoreError 'locked' unless the lock file is still ours (recreating it if it vanished). */
  verify(): Promise<void>;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

export const lockPathOf = (file: string): string => `${file}.lock`;

/** Locks this process holds: path → token. Released synchronously on exit. */
const held = new Map<string, string>();

function releaseAllOnExit(): void {
  for (const [lockPath, token] of held) {
    try {
      if (parseLock(readFileSync(lockPath, 'utf8'))?.token === token) unlinkSync(lockPath);
    } catch {
      // Nothing to do while exiting; a lock left behind is stale and gets taken over.
    }
  }
  held.clear();
}
let exitHookInstalled = false;

function parseLock(text: string): LockInfo | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Record<string, unknown>;
    if (typeof v.pid !== 'number' || typeof v.hostname !== 'string' || typeof v.since !== 'string' || typeof v.token !== 'string') return undefined;
    return { pid: v.pid, hostname: v.hostname, holder: v.holder === 'cli' ? 'cli' : 'app', since: v.since, token: v.token };
  } catch {
    return undefined;
  }
}

type Found = { state: 'missing' } | { state: 'unreadable'; ageMs: number } | { state: 'held'; info: LockInfo };

async function readLockFile(lockPath: string, fs: StoreFs): Promise<Found> {
  try {
    const info = parseLock((await fs.readFile(lockPath)).toString('utf8'));
    if (info) return { state: 'held', info };
    // Only an unreadable lock needs its age (the check before every save reads a good one).
    return { state: 'unreadable', ageMs: Date.now() - (await fs.stat(lockPath)).mtimeMs };
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return { state: 'missing' };
    throw err;
  }
}

/** The holder's lock, if it is still theirs to keep. */
export async function readLock(file: string, fs: StoreFs = nodeFs): Promise<LockInfo | undefined> {
  const found = await readLockFile(lockPathOf(file), fs);
  return found.state === 'held' && !isStale(found.info) ? found.info : undefined;
}

function isStale(info: LockInfo): boolean {
  if (info.hostname !== os.hostname()) return false;
  // Our own pid but not a lock we took: left by an earlier process that had the same pid.
  if (info.pid === process.pid) return ![...held.values()].includes(info.token);
  return !isAlive(info.pid);
}

function since(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Who holds a lock, in the analyst's words: `another Research Notebook window (pid 4242) since 2026-11-25 10:32`. */
export function heldBy(info: LockInfo): string {
  const who = info.holder === 'cli' ? 'the notebook command-line tool' : 'another Research Notebook window';
  const where = info.hostname === os.hostname() ? `pid ${info.pid}` : `pid ${info.pid} on the computer "${info.hostname}"`;
  return `${who} (${where}) since ${since(info.since)}`;
}

export function lockedError(file: string, info: LockInfo): StoreError {
  const name = path.basename(file);
  const what =
    info.hostname === os.hostname()
      ? 'close it there, or open this notebook read-only'
      : `close it there, or open this notebook read-only; if that computer is off, delete ${name}.lock`;
  const holder = heldBy(info);
  return new StoreError('locked', file, `${name} is already open in ${holder} — ${what}`, { heldBy: holder });
}

/**
 * Creates `lockPath` holding `info`. A file it created but could not fill (a
 * full disk) is removed again: an empty lock left behind would be taken for a
 * lock being written, and block the next writer for a while.
 */
async function writeNew(lockPath: string, info: LockInfo, fs: StoreFs, flags: 'wx'): Promise<void> {
  let handle: StoreFile | undefined;
  let created = false;
  try {
    handle = await fs.open(lockPath, flags, 0o644);
    created = true;
    const bytes = Buffer.from(JSON.stringify(info));
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
      if (bytesWritten <= 0) throw Object.assign(new Error('the disk accepted no more bytes'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
    const closing = handle;
    handle = undefined;
    await closing.close();
  } catch (err) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(lockPath).catch(() => undefined);
    throw err;
  }
}

/** An unreadable lock is being written right now, unless it is older than this. */
const UNREADABLE_GRACE_MS = 2_000;

/** A takeover older than this was abandoned by a killed process. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Replaces the stale lock `stale` by ours. Takers first create
 * `<file>.lock.takeover` exclusively, so of two processes that found the same
 * stale lock only one replaces it; the other then finds the winner's live lock.
 * Returns false when it is someone else's turn (try again shortly).
 */
async function replaceStale(lockPath: string, stale: Found, info: LockInfo, fs: StoreFs): Promise<boolean> {
  const mutex = `${lockPath}.takeover`;
  try {
    await writeNew(mutex, info, fs, 'wx');
  } catch (err) {
    if (errnoOf(err) !== 'EEXIST') throw err;
    // A taker killed mid-takeover leaves the mutex behind: clear it once its owner is gone.
    const found = await readLockFile(mutex, fs).catch(() => undefined);
    const abandoned =
      found === undefined ||
      (found.state === 'held' && isStale(found.info)) ||
      (found.state === 'unreadable' && found.ageMs > UNREADABLE_GRACE_MS) ||
      (found.state !== 'missing' && Date.now() - (await fs.stat(mutex).then((st) => st.mtimeMs, () => Date.now())) > TAKEOVER_STALE_MS);
    if (abandoned) await fs.unlink(mutex).catch(() => undefined);
    return false;
  }
  const temp = tempPathFor(lockPath);
  let handle: StoreFile | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    const bytes = Buffer.from(JSON.stringify(info));
    await handle.write(bytes, 0, bytes.length);
    await handle.close();
    handle = undefined;
    // Only replace what we judged stale: if a live writer took it meanwhile, leave theirs.
    const now = await readLockFile(lockPath, fs);
    const same = stale.state === 'held' ? now.state === 'held' && now.info.token === stale.info.token : now.state === 'unreadable';
    if (same) {
      await fs.rename(temp, lockPath);
      await syncFolder(path.dirname(lockPath), fs);
    }
    return true;
  } finally {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    await fs.unlink(mutex).catch(() => undefined);
  }
}

/** Takes the notebook's lock, or throws StoreError 'locked' naming who has it. */
export async function acquireLock(file: string, holder: Holder, fs: StoreFs = nodeFs): Promise<NotebookLock> {
  const lockPath = lockPathOf(file);
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), holder, since: new Date().toISOString(), token: randomBytes(12).toString('hex') };
  if (held.has(lockPath)) {
    const token = held.get(lockPath);
    const found = await readLockFile(lockPath, fs).catch(() => undefined);
    throw lockedError(file, found?.state === 'held' && found.info.token === token ? found.info : { ...info, holder: 'app' });
  }
  // Claimed before the first await, so a second open in this process is refused at once
  // and never mistakes our fresh lock (our pid, a token we hold) for a stale one.
  held.set(lockPath, info.token);
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      try {
        await writeNew(lockPath, info, fs, 'wx');
      } catch (err) {
        if (errnoOf(err) !== 'EEXIST') throw err;
        const found = await readLockFile(lockPath, fs);
        if (found.state === 'missing') continue;
        if (found.state === 'held' && !isStale(found.info)) throw lockedError(file, found.info);
        if (found.state === 'unreadable' && found.ageMs < UNREADABLE_GRACE_MS) {
          await sleep(20);
          continue;
        }
        if (!(await replaceStale(lockPath, found, info, fs))) {
          await sleep(10);
          continue;
        }
      }
      const now = await readLockFile(lockPath, fs);
      if (now.state === 'held' && now.info.token === info.token) return hold(file, lockPath, info, fs);
      if (now.state === 'held' && !isStale(now.info)) throw lockedError(file, now.info);
    }
    throw new StoreError('locked', file, `${path.basename(file)} could not be locked for editing — another program keeps changing ${path.basename(lockPath)}; open it read-only`);
  } catch (err) {
    if (held.get(lockPath) === info.token) held.delete(lockPath);
    throw ioError(err, file, 'lock');
  }
}

function hold(file: string, lockPath: string, info: LockInfo, fs: StoreFs): NotebookLock {
  if (!exitHookInstalled) {
    process.once('exit', releaseAllOnExit);
    exitHookInstalled = true;
  }
  return {
    path: lockPath,
    info,
    async verify() {
      const found = await readLockFile(lockPath, fs).catch((err: unknown) => {
        throw ioError(err, file, 'save');
      });
      if (found.state === 'held' && found.info.token === info.token) return;
      if (found.state === 'missing') {
        // Someone deleted it; take it back unless another writer did first.
        try {
          await writeNew(lockPath, info, fs, 'wx');
          return;
        } catch (err) {
          if (errnoOf(err) !== 'EEXIST') throw ioError(err, file, 'save');
        }
        const again = await readLockFile(lockPath, fs);
        if (again.state === 'held' && again.info.token === info.token) return;
        if (again.state === 'held') throw lockedError(file, again.info);
      }
      if (found.state === 'held') throw lockedError(file, found.info);
      throw new StoreError('locked', file, `${path.basename(file)} is no longer locked for this window (its lock file was changed) — choose Save a copy… to keep your work`);
    },
    async release() {
      if (held.get(lockPath) !== info.token) return;
      held.delete(lockPath);
      try {
        const found = await readLockFile(lockPath, fs);
        if (found.state === 'held' && found.info.token === info.token) await fs.unlink(lockPath);
      } catch {
        // Left behind, it is stale once this process ends and gets taken over.
      }
    },
  };
}
