// The one durable way bytes reach the disk: a unique temp file beside the
// target, written, fsynced, renamed over the target, then the folder fsynced
// so the rename itself survives a power cut. Readers see the old file or the
// new one, never a mix; on any error the temp file is removed and the target
// is unchanged.
import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errnoOf, ioError, type IoAction } from './errors.ts';
import { nodeFs, type StoreFile, type StoreFs } from './fs-seam.ts';
import { isAlive } from './pid.ts';

const TEMP_SUFFIX = '.tmp';

/** `.<name>.<pid>-<random>.tmp` in the target's folder: same file system, so rename is atomic. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

async function writeAll(handle: StoreFile, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('the disk accepted no more bytes'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

const encoder = new TextEncoder();
const toBytes = (chunk: Uint8Array | string): Uint8Array => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk);

/**
 * Makes a rename durable. Windows and some file systems cannot open or sync a
 * folder; there the rename is as durable as the platform allows.
 */
export async function syncFolder(folder: string, fs: StoreFs): Promise<void> {
  let handle: StoreFile | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (err) {
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EACCES', 'ENOTSUP', 'EBADF'].includes(errnoOf(err) ?? '')) throw err;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function modeOf(file: string, fs: StoreFs): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o777;
  } catch {
    return undefined;
  }
}

export interface AtomicOptions {
  fs?: StoreFs;
  /** Phrases the error message ("could not be saved" / "be written"). */
  action?: IoAction;
}

export interface ChunkOptions extends AtomicOptions {
  /**
   * A check that must pass before the target is replaced (the lock is still
   * ours). It runs while the temp file is written; if it fails, the target
   * is left alone, the temp file removed, and its error thrown.
   */
  beforeReplace?: Promise<void>;
}

/**
 * Writes `chunks` to `file` through a temp file. `chunks` may be produced
 * lazily (the notebook serializer yields between slices to keep the app
 * responsive); each chunk is written before the next is asked for.
 */
export async function writeChunksAtomic(
  file: string,
  chunks: Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>,
  options: ChunkOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const temp = tempPathFor(file);
  let handle: StoreFile | undefined;
  let created = false;
  // Awaited before the rename; until then a failure must not count as unhandled.
  options.beforeReplace?.catch(() => undefined);
  try {
    // Keep the permissions the analyst gave the file (a new file gets the usual ones).
    const [mode, opened] = await Promise.all([modeOf(file, fs), fs.open(temp, 'wx', 0o666)]);
    handle = opened;
    created = true;
    if (mode !== undefined) await handle.chmod(mode);
    for await (const chunk of chunks) await writeAll(handle, toBytes(chunk));
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await options.beforeReplace;
    await fs.rename(temp, file);
    created = false;
    await syncFolder(path.dirname(file), fs);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw ioError(err, file, options.action ?? 'write');
  }
}

/**
 * Writes `bytes` to `file` durably and atomically (exports, "Save a copy…").
 * On failure the target is unchanged, no temp file is left, and the error is a
 * StoreError 'io' with a one-line message.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array | string, options: AtomicOptions = {}): Promise<void> {
  await writeChunksAtomic(file, [bytes], options);
}

/** Copies `from` over `to` with the same guarantees (backups, restores). */
export async function copyFileAtomic(from: string, to: string, options: AtomicOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const temp = tempPathFor(to);
  let copied = false;
  try {
    await fs.copyFile(from, temp, constants.COPYFILE_EXCL);
    copied = true;
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, to);
    copied = false;
    await syncFolder(path.dirname(to), fs);
  } catch (err) {
    if (copied) await fs.unlink(temp).catch(() => undefined);
    throw ioError(err, to, options.action ?? 'write');
  }
}

/**
 * Creates `file` with `bytes`, refusing if it exists: the temp file is
 * hard-linked into place, which fails atomically when the name is taken.
 * File systems without hard links (FAT, some shares) fall back to check-then-rename.
 */
export async function createFileAtomic(file: string, bytes: Uint8Array | string, options: AtomicOptions = {}): Promise<'created' | 'exists'> {
  const fs = options.fs ?? nodeFs;
  const temp = tempPathFor(file);
  let handle: StoreFile | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, 'wx', 0o666);
    created = true;
    await writeAll(handle, toBytes(bytes));
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    try {
      await fs.link(temp, file);
    } catch (err) {
      const code = errnoOf(err);
      if (code === 'EEXIST') return 'exists';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
      if (await fs.stat(file).then(() => true, () => false)) return 'exists';
      await fs.rename(temp, file);
      created = false;
    }
    await syncFolder(path.dirname(file), fs);
    return 'created';
  } catch (err) {
    throw ioError(err, file, options.action ?? 'write');
  } finally {
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
  }
}

/**
 * Removes temp files a killed writer left beside `file` (and its backup and
 * lock). Called with the notebook's lock held, so no other writer of ours can
 * own them; temps of live processes are left alone all the same.
 */
export async function removeStaleTemps(file: string, options: { fs?: StoreFs } = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const folder = path.dirname(file);
  const base = path.basename(file);
  // Longest first: ".talks.json.bak." before ".talks.json.".
  const prefixes = [`${base}.lock`, `${base}.bak`, base].map((name) => `.${name}.`);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (!prefix || !name.endsWith(TEMP_SUFFIX)) continue;
    const match = /^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length, -TEMP_SUFFIX.length));
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    await fs.unlink(path.join(folder, name)).catch(() => undefined);
  }
}
