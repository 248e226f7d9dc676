// Shared by the store tests: temp folders, and an fs seam that fails on cue.
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { nodeFs, type StoreFile, type StoreFs } from '../fs-seam.ts';
import { StoreError } from '../errors.ts';

const folders: string[] = [];

/** A fresh folder under the system temp dir, removed after the test. */
export async function tempFolder(): Promise<string> {
  const folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'notebook-store-'));
  folders.push(folder);
  return folder;
}

afterEach(async () => {
  for (const folder of folders.splice(0)) {
    await fsp.chmod(folder, 0o755).catch(() => undefined);
    await fsp.rm(folder, { recursive: true, force: true });
  }
});

/** The StoreError a promise rejects with; anything else (or success) fails the test. */
export async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(err)}`);
  return err;
}

export const errno = (code: string, message = code): NodeJS.ErrnoException => Object.assign(new Error(`${code}: ${message}`), { code });

export interface Seam extends StoreFs {
  /** Temp files opened for writing, and how many were open at once at most. */
  opened: string[];
  maxConcurrentWrites: number;
  renames: { from: string; to: string }[];
  /** Throw this from the next write after `afterBytes` bytes (then behave again). */
  failNextWrite(error: NodeJS.ErrnoException, afterBytes?: number): void;
  /** Make every write wait this long (ms), so saves overlap with edits. */
  slowWrites(ms: number): void;
}

/** nodeFs, instrumented: counts saves, can slow writes down or fail one half-way. */
export function seam(): Seam {
  let failure: { error: NodeJS.ErrnoException; afterBytes: number } | undefined;
  let delay = 0;
  let writing = 0;
  const s: Seam = {
    ...nodeFs,
    opened: [],
    maxConcurrentWrites: 0,
    renames: [],
    failNextWrite(error, afterBytes = 0) {
      failure = { error, afterBytes };
    },
    slowWrites(ms) {
      delay = ms;
    },
    async open(file, flags, mode) {
      const handle = await nodeFs.open(file, flags, mode);
      if (!flags.startsWith('w')) return handle;
      s.opened.push(file);
      writing += 1;
      s.maxConcurrentWrites = Math.max(s.maxConcurrentWrites, writing);
      let written = 0;
      let closed = false;
      const wrapped: StoreFile = {
        readFile: () => handle.readFile(),
        read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
        stat: () => handle.stat(),
        chmod: (m) => handle.chmod(m),
        sync: () => handle.sync(),
        async close() {
          if (!closed) writing -= 1;
          closed = true;
          await handle.close();
        },
        async write(bytes, offset, length) {
          if (delay) await new Promise((r) => setTimeout(r, delay));
          if (failure) {
            // Write part of it first, as a disk that fills up half-way does.
            const room = Math.max(0, failure.afterBytes - written);
            if (room < length) {
              const { error } = failure;
              failure = undefined;
              if (room > 0) await handle.write(bytes, offset, room);
              throw error;
            }
          }
          const result = await handle.write(bytes, offset, length);
          written += result.bytesWritten;
          return result;
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      s.renames.push({ from, to });
      await nodeFs.rename(from, to);
    },
  };
  return s;
}

/** Names in `folder`, sorted: shows leftover temp files. */
export async function listFolder(folder: string): Promise<string[]> {
  return (await fsp.readdir(folder)).sort();
}
